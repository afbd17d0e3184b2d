-- The stored texts of one shard ($shard) of the table `stale` (stale_texts.sql), what a run
-- re-extracts, with the first file that gave each (for rejects). Needs documents_all and
-- sources_all. One shard at a time: over a whole 1M-text lake these joins ran out of the memory
-- limit; a shard's share fits.
with shard_stale as (
    select content_hash, batch from stale where shard = $shard
)
select d.doc_id, d.content_hash, d.text, d.title, d.url, d.published,
       coalesce(s.first.source, d.doc_id) as source, s.first.line as line
from documents_all d
semi join shard_stale t on t.content_hash = d.content_hash and t.batch = d.batch
left join (
    select content_hash, arg_min({'source': source, 'line': line}, (source, line)) as first
    from sources_all
    semi join shard_stale using (content_hash)
    group by content_hash
) s using (content_hash)
