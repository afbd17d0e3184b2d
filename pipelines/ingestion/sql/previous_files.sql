-- Each inbox file as it was last read, and whether every text it gave has reached the lake
-- (an unchanged file is read again only if one has not). Joins and fixed-size aggregates only:
-- DuckDB spills them, so this holds for a lake of any size.
with last_read as (select source, max(batch) as batch from lake_files group by source),
gave as (
    select f.source, unnest(f.hashes) as content_hash
    from lake_files f
    semi join last_read using (source, batch)
),
missing as (select distinct source from gave anti join lake_documents using (content_hash))
select f.source, f.mtime_ns, f."size", f.source not in (select source from missing) as complete
from lake_files f
semi join last_read using (source, batch);
