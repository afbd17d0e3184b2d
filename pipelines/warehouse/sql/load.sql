-- Fill the tables from frames registered by the builder (documents_in, sources_in, ...).

insert into documents
select d.doc_id, d.content_hash, d.title, d.url, d.published, d.n_chars,
       (select count(*) from sources_in s where s.content_hash = d.content_hash), d.batch
from documents_in d
order by d.content_hash;

insert into document_sources
select content_hash, doc_id, source, line, batch from sources_in order by source, line;

insert into claims
select claim_id, doc, content_hash, event_type, region_code, count, count_low, authority, date,
       published, localities, is_total, total_claim_id, date_text, sentence_index, span_start,
       span_end, evidence, batch
from claims_in order by claim_id;

insert into events
select event_id, event_type, region_code, count, count_low, amount, authority, date, date_text,
       day_key, story_id, is_total, parent_event_id, unallocated, n_claims, n_documents, evidence
from events_in order by event_id;

insert into event_claims select event_id, claim_id from event_claims_in order by event_id, claim_id;

insert into rejects
select stage, source, line, doc_id, claim_id, "check", reason, detail, batch
from rejects_in order by batch, stage, source, line, doc_id, claim_id;
