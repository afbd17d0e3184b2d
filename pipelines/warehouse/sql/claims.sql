-- Each text's current claims (those of its current extraction, sql/extractions.sql), after
-- load.sql or append.sql: claims_in covers the batches this file does not hold yet, new_batches
-- names them. A text whose current extraction is in one of them loses the claims an older
-- extraction gave it (an extractor upgrade re-extracted it), then takes the new ones; the first
-- batch wins among repeats of one claim.

create temp table refreshed as
select content_hash, batch from current_extraction where batch in (select batch from new_batches);

delete from claims where content_hash in (select content_hash from refreshed);

-- (materialized before the window: in one query DuckDB 1.5 ranked rows before the join dropped some)
create temp table refreshed_claims as
select c.*
from claims_in c
semi join refreshed r on r.content_hash = c.content_hash and r.batch = c.batch;

-- Only claim ids found more than once are ranked: a window over every claim cannot spill and
-- ran out of the memory limit at 1M claims; the anti join and the aggregate do spill.
create temp table repeated_claims as
select claim_id from refreshed_claims group by claim_id having count(*) > 1;

insert into claims
select claim_id, doc, content_hash, event_type, region_code, count, count_low, authority, date, published,
       localities, is_total, total_claim_id, date_text, sentence_index, span_start, span_end, evidence, rule,
       extractor_version, batch
from (
    select * from refreshed_claims anti join repeated_claims using (claim_id)
    union all
    (select * from refreshed_claims semi join repeated_claims using (claim_id)
     qualify row_number() over (partition by claim_id order by batch) = 1)
)
anti join claims using (claim_id)
order by claim_id;

drop table repeated_claims;
drop table refreshed_claims;
drop table refreshed;
