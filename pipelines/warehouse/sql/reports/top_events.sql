-- The events most outlets reported (?: how many), then the largest. `day` is the calendar
-- date, or the time expression of an undated event (its day_key is 'undated:<story>:<expr>').
select event_id, event_type, region_code, amount, authority,
       coalesce(
           strftime(date, '%Y-%m-%d'),
           'undated ' || nullif(regexp_replace(day_key, '^undated:[^:]*:', ''), '-'),
           'undated'
       ) as day,
       is_total, n_claims, n_documents
from events
order by n_documents desc, n_claims desc, amount desc, event_id
limit ?;
