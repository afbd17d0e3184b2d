-- The events most outlets reported (?: how many), then the largest.
select event_id, event_type, region_code, amount, authority, date, day_key, is_total,
       n_claims, n_documents
from events
order by n_documents desc, n_claims desc, amount desc, event_id
limit ?;
