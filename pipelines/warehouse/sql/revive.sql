-- A text that an edit retired and a later edit brought back (the file edited back, sql/extractions.sql:
-- retired) came in again as a new name only: append.sql added that name, and this puts back the
-- text and its current claims from the lake (documents_every, claims_every: every batch). Run on a
-- copied file when the new batches hold an edit, after claims.sql and before retire.sql.

create temp table revived as
select c.content_hash, c.batch
from current_extraction c
where c.content_hash in (select content_hash from sources_in)
  and c.content_hash not in (select content_hash from documents);

insert into documents
select d.doc_id, d.content_hash, d.title, d.url, d.published, d.n_chars, s.n, d.batch
from documents_every d
join (
    select content_hash, count(distinct (source, line)) as n
    from document_sources semi join revived using (content_hash)
    group by content_hash
) s using (content_hash)
qualify row_number() over (partition by d.content_hash order by d.batch) = 1;

-- (materialized before the window, as in claims.sql)
create temp table revived_claims as
select c.* from claims_every c semi join revived r on r.content_hash = c.content_hash and r.batch = c.batch;

insert into claims
select claim_id, doc, content_hash, event_type, region_code, count, count_low, authority, date, published,
       localities, is_total, total_claim_id, date_text, sentence_index, span_start, span_end, evidence, rule,
       extractor_version, batch
from revived_claims
where claim_id not in (select claim_id from claims)
qualify row_number() over (partition by claim_id order by batch) = 1
order by claim_id;

drop table revived_claims;
drop table revived;
