-- The lake's texts that the extractor of version $version has not extracted yet (never, or with
-- another version), in the shards asked for: what a run re-extracts from the stored text. Needs
-- documents_all, sources_all and the views of extractions.sql.
with firsts as (
    select content_hash, min(batch) as batch
    from documents_all
    where (('0x' || left(content_hash, 8))::ubigint % $shard_count)::bigint in (select unnest($shards))
    group by content_hash
),
stale as (
    select f.content_hash, f.batch
    from firsts f
    left join current_extraction c using (content_hash)
    where c.extractor_version is distinct from $version
)
select d.doc_id, d.content_hash, d.text, d.title, d.url, d.published,
       coalesce(s.first.source, d.doc_id) as source, s.first.line as line
from documents_all d
semi join stale t on t.content_hash = d.content_hash and t.batch = d.batch
left join (
    select content_hash, arg_min({'source': source, 'line': line}, (source, line)) as first
    from sources_all
    group by content_hash
) s using (content_hash)
