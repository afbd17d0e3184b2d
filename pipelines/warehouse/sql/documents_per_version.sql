-- How many stored texts (not retired by an edit) of the shards asked for each extractor version covers (null: none
-- recorded for the text).
select c.extractor_version, count(*) as documents
from (
    select distinct content_hash
    from documents_all
    where (('0x' || left(content_hash, 8))::ubigint % $shard_count)::bigint in (select unnest($shards))
      and content_hash not in (select content_hash from retired)
) d
left join current_extraction c using (content_hash)
group by 1
order by 2 desc, 1;
