-- The fate of every document this ingest read (`raw_parts`, numbered in inbox order by `seq`).
-- Joins and aggregates of fixed-size values only, which DuckDB spills to disk: memory stays flat
-- whatever the size of the inbox and of the lake.

create view raw as select seq, doc_id, content_hash, source, line, shard from raw_parts;

-- ids must name one text: the first text an id names in this run is the one it names ...
create table first_ids as
select doc_id, content_hash as first_hash, source as first_source
from raw
semi join (select min(seq) as seq from raw group by doc_id) using (seq);

-- ... and an id the lake knows names the lake's text
create table lake_ids as
select distinct doc_id, content_hash from lake_sources semi join first_ids using (doc_id);

create table fates as
select
    r.seq, r.doc_id, r.content_hash, r.source, r.line, r.shard, f.first_source,
    case
        when r.content_hash <> f.first_hash then 'duplicate_in_run'
        when exists (select 1 from lake_ids l where l.doc_id = r.doc_id and l.content_hash <> r.content_hash)
            then 'duplicate_in_lake'
        when r.content_hash in (select content_hash from lake_documents) then 'known'
        else 'staged'
    end as fate
from raw r
join first_ids f using (doc_id);

-- a text staged under several names is staged once, with its first; the others are more sources
create table new_texts as
select min(seq) as seq from fates where fate = 'staged' group by content_hash order by seq;
