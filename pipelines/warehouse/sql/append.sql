-- Add the lake batches a published file does not hold yet to a copy of it: the views
-- documents_in, sources_in, claims_in and rejects_in cover only those batches. Gives the rows
-- load.sql gives over every batch: an earlier batch wins, so a row already here stays as it is.

insert into documents
select d.doc_id, d.content_hash, d.title, d.url, d.published, d.n_chars, 0, d.batch
from documents_in d
where d.content_hash not in (select content_hash from documents)
qualify row_number() over (partition by d.content_hash order by d.batch) = 1;

insert into document_sources
select n.*
from (select content_hash, doc_id, source, line, min(batch) as batch from sources_in group by all) n
where not exists (
    select 1 from document_sources o
    where o.content_hash = n.content_hash and o.doc_id = n.doc_id and o.source = n.source
      and o.line is not distinct from n.line
);

-- a text that came again under a new name: its count of sources grows
update documents set n_sources = s.n
from (
    select content_hash, count(distinct (source, line)) as n
    from document_sources
    where content_hash in (select content_hash from sources_in)
    group by content_hash
) s
where documents.content_hash = s.content_hash;

insert into rejects
select n.*
from (
    select stage, source, line, doc_id, claim_id, "check", reason, detail, min(batch) as batch
    from rejects_in
    group by all
) n
where not exists (
    select 1 from rejects o
    where o.batch is not null
      and (o.stage, o.source, o.line, o.doc_id, o.claim_id, o."check", o.reason, o.detail)
          is not distinct from (n.stage, n.source, n.line, n.doc_id, n.claim_id, n."check", n.reason, n.detail)
);
