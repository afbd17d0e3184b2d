-- Claims per reporting authority and event type, as each claim names its speaker.
select authority, event_type, count(*)::bigint as claims
from claims
group by authority, event_type
order by authority, event_type;
