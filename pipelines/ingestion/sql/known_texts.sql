-- The texts of `part` seen before: in the lake, or staged earlier in this run.
select distinct content_hash, true as in_lake from lake_documents semi join part using (content_hash)
union all
select distinct content_hash, false from run_texts semi join part using (content_hash);
