-- The lake's texts that the extractor of version $version has not extracted yet (never, or with
-- another version) and not retired by an edit, in the shards asked for, with the first batch that
-- stored each and its shard (lake.shard_of). Needs documents_all and the views of extractions.sql.
create or replace temp table stale as
with texts as (
    select content_hash, batch, (('0x' || left(content_hash, 8))::ubigint % $shard_count)::bigint as shard
    from documents_all
    where content_hash not in (select content_hash from retired)
),
firsts as (
    select content_hash, shard, min(batch) as batch
    from texts
    where shard in (select unnest($shards))
    group by content_hash, shard
)
select f.content_hash, f.batch, f.shard
from firsts f
left join current_extraction c using (content_hash)
where c.extractor_version is distinct from $version;
