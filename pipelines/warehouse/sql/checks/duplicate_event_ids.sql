-- Event ids named by more than one event (must be none: events has no key index, see derived.sql).
select event_id, count(*) as n_events
from events
group by event_id
having count(*) > 1;
