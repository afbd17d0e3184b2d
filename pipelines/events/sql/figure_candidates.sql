-- The statements (events) of every authority, place, event type and day that has more than one,
-- with where each was stated (document and sentence): figures.py chooses which of them count.
-- Totals and parts share a group: one authority's national total and its country-wide figure
-- without a breakdown are statements of one figure.
with kept as (
    select * from event_parts anti join rejected using (event_id)
),
crowded as (
    select authority, region_code, event_type, day_key
    from kept
    group by all
    having count(*) > 1
),
stated as (
    select l.event_id, c.content_hash, max(c.sentence_index) as sentence_index
    from link_parts l
    join claims c using (claim_id)
    group by all
)
select k.authority, k.region_code, k.event_type, k.day_key, k.event_id, k.amount, k.period_kind,
       k.period_start, k.period_end, k.stated_on,
       map_from_entries(list({'k': s.content_hash, 'v': s.sentence_index})) as positions
from kept k
semi join crowded g using (authority, region_code, event_type, day_key)
join stated s using (event_id)
group by all
order by k.authority, k.region_code, k.event_type, k.day_key, k.event_id
