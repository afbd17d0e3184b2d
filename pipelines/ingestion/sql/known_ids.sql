-- The ids of `part` seen before, with the text each names: in the lake, or earlier in this run
-- (with the file that first gave it).
select distinct doc_id, content_hash, null::varchar as source, true as in_lake
from lake_sources semi join part using (doc_id)
union all
select doc_id, content_hash, source, false from run_ids semi join part using (doc_id);
