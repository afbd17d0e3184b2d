-- The lake's texts that the extractor of version $version has not extracted yet (never, or with
-- another version) and not retired by an edit, in the shards asked for, with the first batch that stored each. Needs
-- documents_all and the views of extractions.sql.
create or replace temp table stale as
with firsts as (
    select content_hash, min(batch) as batch
    from documents_all
    where (('0x' || left(content_hash, 8))::ubigint % $shard_count)::bigint in (select unnest($shards))
      and content_hash not in (select content_hash from retired)
    group by content_hash
)
select f.content_hash, f.batch
from firsts f
left join current_extraction c using (content_hash)
where c.extractor_version is distinct from $version;
