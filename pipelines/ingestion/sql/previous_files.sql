-- Each inbox file as it was last read, and whether every text it gave has reached the lake
-- (an unchanged file is read again only if one has not).
with last as (
    select source, mtime_ns, "size", hashes
    from lake_files
    qualify row_number() over (partition by source order by batch desc) = 1
),
gave as (select source, unnest(hashes) as content_hash from last)
select
    l.source,
    l.mtime_ns,
    l."size",
    count(g.content_hash) filter (where g.content_hash not in (select content_hash from lake_documents)) = 0
        as complete
from last l
left join gave g using (source)
group by all;
