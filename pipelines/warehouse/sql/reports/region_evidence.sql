-- The claims behind each region's figures in region_totals: events that are not totals, in a
-- subdivision (the view's filter). At most ? claims per region; n_section counts them all.
select e.region_code as section, e.event_type, e.event_id, e.amount, e.authority as event_authority,
       e.date as event_date, e.day_key, e.is_total,
       c.claim_id, c.doc, c.authority, c.count, c.count_low, c.date, c.date_text, c.evidence,
       d.title, d.url,
       count(*) over (partition by e.region_code) as n_section
from events e
join event_claims ec using (event_id)
join claims c using (claim_id)
left join documents d on d.content_hash = c.content_hash
where not e.is_total and e.region_code like '%-%'
qualify row_number() over (
    partition by e.region_code order by e.event_type, e.amount desc, e.event_id, c.doc, c.claim_id
) <= ?
order by section, e.event_type, e.amount desc, e.event_id, c.doc, c.claim_id;
