-- The largest events by number of drones (?: how many), totals included and marked.
select event_id, event_type, region_code, amount, authority,
       coalesce(
           strftime(date, '%Y-%m-%d'),
           'undated ' || nullif(regexp_replace(day_key, '^undated:[^:]*:', ''), '-'),
           'undated'
       ) as day,
       is_total, n_claims, n_documents
from events
where amount is not null
order by amount desc, n_documents desc, event_id
limit ?;
