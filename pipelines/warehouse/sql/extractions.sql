-- Which extractor version extracted each text, and which batch holds its current claims. Needs
-- the views extractions_parts (every batch's `extractions` parts: content_hash, extractor_version)
-- and claims_all (every batch's claims). Batches older than the `extractions` parts count through
-- their claims (a text they extracted without a claim has no row: it is re-extracted).

-- A text is retired when an edit in place replaced it under every name it had (revision_parts:
-- the old text, id and file, in the batch of the edit; names_all: every batch's sources). A later
-- name (the file edited back, say) brings it back.
create or replace temp view retired as
select distinct r.content_hash
from revision_parts r
where not exists (
    select 1 from names_all s
    where s.content_hash = r.content_hash
      and not exists (
          select 1 from revision_parts q
          where q.content_hash = s.content_hash and q.doc_id = s.doc_id and q.source = s.source
            and q.batch > s.batch
      )
);

create or replace temp view extractions_all as
select content_hash, extractor_version, batch from extractions_parts
union
select distinct content_hash, extractor_version, batch from claims_all;

-- A text's version is the one of its latest extraction (a retired text has none); its claims are
-- those of the first batch that extracted it with that version (a batch repeated by a race, or a
-- version extracted again after a revert, gives the same claims: the first wins, as everywhere in
-- the lake).
create or replace temp view current_extraction as
with latest as (
    select content_hash, arg_max(extractor_version, batch) as extractor_version
    from extractions_all
    where content_hash not in (select content_hash from retired)
    group by content_hash
)
select e.content_hash, l.extractor_version, min(e.batch) as batch
from extractions_all e
join latest l
    on l.content_hash = e.content_hash and l.extractor_version is not distinct from e.extractor_version
group by e.content_hash, l.extractor_version;
