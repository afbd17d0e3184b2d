-- Events that no claim supports (must be none).
select e.event_id, e.event_type, e.region_code, e.amount
from events e
left join event_claims l on l.event_id = e.event_id
where l.event_id is null;
