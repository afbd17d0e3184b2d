-- The manifest of the files this ingest read: one row per text each gave (those not refused), in
-- inbox order, where a file's texts come together; a file that gave none has one row without text.
-- (Python gathers the lists: a list aggregate over every text would not spill to disk.)
select f.source, f.mtime_ns, f."size", t.content_hash
from files_read f
left join (select source, content_hash, seq from fates where fate in ('known', 'staged')) t using (source)
order by t.seq nulls last, f.source;
