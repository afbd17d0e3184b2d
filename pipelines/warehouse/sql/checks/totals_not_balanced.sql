-- Totals whose amount differs from the sum of their parts plus the recorded unallocated remainder.
select t.event_id, t.region_code, t.amount, t.unallocated,
       coalesce(sum(p.amount), 0) as parts
from events t
left join events p on p.parent_event_id = t.event_id
where t.is_total
group by t.event_id, t.region_code, t.amount, t.unallocated
having t.amount <> coalesce(sum(p.amount), 0) + coalesce(t.unallocated, 0);
