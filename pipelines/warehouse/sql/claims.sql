-- Each text's current claims (those of its current extraction, sql/extractions.sql), after
-- load.sql or append.sql: claims_in covers the batches this file does not hold yet, new_batches
-- names them. A text whose current extraction is in one of them loses the claims an older
-- extraction gave it (an extractor upgrade re-extracted it), then takes the new ones; the first
-- batch wins among repeats of one claim.

create temp table refreshed as
select content_hash, batch from current_extraction where batch in (select batch from new_batches);

delete from claims where content_hash in (select content_hash from refreshed);

insert into claims
select c.claim_id, c.doc, c.content_hash, c.event_type, c.region_code, c.count, c.count_low, c.authority,
       c.date, c.published, c.localities, c.is_total, c.total_claim_id, c.date_text, c.sentence_index,
       c.span_start, c.span_end, c.evidence, c.rule, c.extractor_version, c.batch
from claims_in c
semi join refreshed r on r.content_hash = c.content_hash and r.batch = c.batch
where c.claim_id not in (select claim_id from claims)
qualify row_number() over (partition by c.claim_id order by c.batch) = 1
order by c.claim_id;

drop table refreshed;
