-- Which extractor version extracted each text, and which batch holds its current claims. Needs
-- the views extractions_parts (every batch's `extractions` parts: content_hash, extractor_version)
-- and claims_all (every batch's claims). Batches older than the `extractions` parts count through
-- their claims (a text they extracted without a claim has no row: it is re-extracted).

create or replace temp view extractions_all as
select content_hash, extractor_version, batch from extractions_parts
union
select distinct content_hash, extractor_version, batch from claims_all;

-- A text's version is the one of its latest extraction; its claims are those of the first batch
-- that extracted it with that version (a batch repeated by a race, or a version extracted again
-- after a revert, gives the same claims: the first wins, as everywhere in the lake).
create or replace temp view current_extraction as
with latest as (
    select content_hash, arg_max(extractor_version, batch) as extractor_version
    from extractions_all
    group by content_hash
)
select e.content_hash, l.extractor_version, min(e.batch) as batch
from extractions_all e
join latest l
    on l.content_hash = e.content_hash and l.extractor_version is not distinct from e.extractor_version
group by e.content_hash, l.extractor_version;
