-- The fate of every document this ingest read (`raw_parts`, numbered in inbox order by `seq`).
-- Joins and aggregates of fixed-size values only, which DuckDB spills to disk: memory stays flat
-- whatever the size of the inbox and of the lake.

create view raw as select seq, doc_id, content_hash, source, line, shard from raw_parts;

-- ids must name one text: the first text an id names in this run is the one it names ...
create table first_ids as
select doc_id, content_hash as first_hash, source as first_source
from raw
semi join (select min(seq) as seq from raw group by doc_id) using (seq);

-- ... and an id the lake knows names the lake's text, as its names stand now: a name that a later
-- edit of its file replaced (lake_revisions) is not one any more
create table lake_ids as
select distinct s.doc_id, s.content_hash, s.source
from lake_sources s
semi join first_ids using (doc_id)
where not exists (
    select 1 from lake_revisions v
    where v.content_hash = s.content_hash and v.doc_id = s.doc_id and v.source = s.source and v.batch > s.batch
);

-- An id that another file gives to another text is refused; the same file giving its id a new
-- text was edited in place: a new version of the document, which replaces the old (revisions.sql).
create table fates as
select
    r.seq, r.doc_id, r.content_hash, r.source, r.line, r.shard, f.first_source,
    case
        when r.content_hash <> f.first_hash then 'duplicate_in_run'
        when exists (
            select 1 from lake_ids l
            where l.doc_id = r.doc_id and l.content_hash <> r.content_hash and l.source <> r.source
        ) then 'duplicate_in_lake'
        when r.content_hash in (select content_hash from lake_documents) then 'known'
        else 'staged'
    end as fate
from raw r
join first_ids f using (doc_id);

-- the texts an edit replaced: (old text, id, file) of each document that now names another text
create table revisions as
select distinct l.content_hash, l.doc_id, l.source
from fates r
join lake_ids l on l.doc_id = r.doc_id and l.source = r.source and l.content_hash <> r.content_hash
where r.fate in ('known', 'staged');

-- a text staged under several names is staged once, with its first; the others are more sources
create table new_texts as
select min(seq) as seq from fates where fate = 'staged' group by content_hash order by seq;
