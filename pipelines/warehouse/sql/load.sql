-- Fill the tables from views the builder puts over the lake's Parquet files (documents_in,
-- sources_in, ...; each row carries the batch that brought it). Extractions of different shards
-- may run at once, and an ingest may stage a text again while its first extraction is still
-- running, so the same text or claim can reach two batches: the first batch wins.

-- Only texts staged more than once are ranked, as in claims.sql: a window over every document
-- cannot spill; the anti join and the aggregate do.
create temp table repeated_documents as
select content_hash from documents_in group by content_hash having count(*) > 1;

insert into documents
select d.doc_id, d.content_hash, d.title, d.url, d.published, d.n_chars, coalesce(s.n, 0), d.batch
from (
    select doc_id, content_hash, title, url, published, n_chars, batch
    from documents_in anti join repeated_documents using (content_hash)
    union all
    (select doc_id, content_hash, title, url, published, n_chars, batch
     from documents_in semi join repeated_documents using (content_hash)
     qualify row_number() over (partition by content_hash order by batch) = 1)
) d
left join (
    select content_hash, count(distinct (source, line)) as n from sources_in group by content_hash
) s using (content_hash)
order by d.content_hash;

drop table repeated_documents;

insert into document_sources
select content_hash, doc_id, source, line, min(batch)
from sources_in
group by all
order by source, line;

insert into rejects
select stage, source, line, doc_id, claim_id, "check", reason, detail, min(batch)
from rejects_in
group by all
order by 9, stage, source, line, doc_id, claim_id;
