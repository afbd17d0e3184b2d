-- The statements (events) of every authority, place, event type and day that has more than one,
-- one row per document each was stated in, with its last sentence there: figures.py chooses
-- which of them count. Totals and parts share a group: one authority's national total and its
-- country-wide figure without a breakdown are statements of one figure.
-- Plain joins, aggregates over narrow keys and a sort, each of which DuckDB spills to disk; the
-- positions are gathered per event in Python (a list aggregate over wide groups ran out of the
-- memory limit at 1M documents).
with kept as (
    select event_id, authority, region_code, event_type, day_key, amount, period_kind, period_start,
           period_end, stated_on
    from event_parts
    anti join rejected using (event_id)
),
crowded as (
    select authority, region_code, event_type, day_key
    from kept
    group by authority, region_code, event_type, day_key
    having count(*) > 1
),
candidates as (
    select * from kept semi join crowded using (authority, region_code, event_type, day_key)
),
stated as (
    select l.event_id, c.content_hash, max(c.sentence_index) as sentence_index
    from link_parts l
    semi join candidates using (event_id)
    join claims c using (claim_id)
    group by l.event_id, c.content_hash
)
select k.authority, k.region_code, k.event_type, k.day_key, k.event_id, k.amount, k.period_kind,
       k.period_start, k.period_end, k.stated_on, s.content_hash, s.sentence_index
from candidates k
join stated s using (event_id)
order by k.authority, k.region_code, k.event_type, k.day_key, k.event_id
