-- The claims of the given events (?: a list of event ids, the event tables), at most ? per
-- event; n_section counts them all.
select e.event_id as section, e.event_type, e.event_id, e.amount, e.authority as event_authority,
       e.date as event_date, e.day_key, e.is_total,
       c.claim_id, c.doc, c.authority, c.count, c.count_low, c.date, c.date_text, c.evidence,
       d.title, d.url,
       count(*) over (partition by e.event_id) as n_section
from events e
join event_claims ec using (event_id)
join claims c using (claim_id)
left join documents d on d.content_hash = c.content_hash
where list_contains(?::varchar[], e.event_id)
qualify row_number() over (partition by e.event_id order by c.doc, c.claim_id) <= ?
order by section, c.doc, c.claim_id;
