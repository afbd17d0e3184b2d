-- Documents per fate, and the texts staged ('new'; the other staged rows are more names for them).
select fate, count(*) from fates group by fate
union all
select 'new', count(*) from new_texts;
