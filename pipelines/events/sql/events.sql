-- The events of every range, each part pointing at the event of the total it belongs to (the
-- first, if its claims disagree) and each total with the remainder its parts leave. Rejected
-- events still count towards their totals, as they did before validation. `counted`: whether the
-- event is one of the statements its authority's figure for its place, type and day is made of
-- (figures.py; the others were superseded by a day total, a later figure, or a larger one).
with parents as (
    select l.event_id, min(t.event_id) as parent_event_id
    from link_parts l
    join link_parts t on t.claim_id = l.total_claim_id
    group by l.event_id
),
allocated as (
    select p.parent_event_id as event_id, sum(e.amount) as allocated
    from event_parts e
    join parents p using (event_id)
    group by p.parent_event_id
)
select
    e.event_id, e.event_type, e.region_code, e."count", e.count_low, e.amount, e.authority, e."date",
    e.date_text, e.day_key, e.story_id, e.is_total, p.parent_event_id,
    (case when e.is_total then e.amount - coalesce(a.allocated, 0) end)::bigint as unallocated,
    e.n_claims, e.n_documents, e.evidence, e.period_kind, e.period_start, e.period_end, e.stated_on,
    s.event_id is null as counted
from event_parts e
left join parents p using (event_id)
left join allocated a using (event_id)
left join superseded s using (event_id)
anti join rejected r using (event_id)
order by e.event_id
