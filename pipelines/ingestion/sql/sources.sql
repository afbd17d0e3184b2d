-- The source rows of the documents of one fate (and of one shard, unless $shard is null), in inbox order.
select content_hash, doc_id, source, line
from fates
where fate = $fate and ($shard is null or shard = $shard)
order by seq;
