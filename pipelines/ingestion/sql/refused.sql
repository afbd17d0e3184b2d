-- The documents refused because their id names another text, in inbox order.
select doc_id, source, line, first_source, fate
from fates
where fate in ('duplicate_in_run', 'duplicate_in_lake')
order by seq;
