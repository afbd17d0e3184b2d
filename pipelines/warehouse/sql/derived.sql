-- The tables derive_events recomputes from every claim on each run (events_in, event_claims_in,
-- event_rejects_in: the lake's derived Parquet files). A publish replaces them whole; rejects of
-- events have no batch (they belong to no lake batch).

insert into events
select event_id, event_type, region_code, count, count_low, amount, authority, date, date_text,
       day_key, story_id, is_total, parent_event_id, unallocated, n_claims, n_documents, evidence
from events_in order by event_id;

insert into event_claims select event_id, claim_id from event_claims_in order by event_id, claim_id;

insert into rejects
select stage, source, line, doc_id, claim_id, "check", reason, detail, null
from event_rejects_in
order by stage, source, line, doc_id, claim_id;
