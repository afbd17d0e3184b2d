-- Per batch, the texts it extracted and how many of them still have their current claims there
-- (sql/extractions.sql: current_extraction). A batch where all are current is read as it stands,
-- one where none is is left out, and only the others are read row by row. A retired text has no
-- current extraction, so its batch is never read as it stands.
select e.batch, count(distinct e.content_hash) as texts, count(distinct c.content_hash) as current
from extractions_all e
left join current_extraction c on c.content_hash = e.content_hash and c.batch = e.batch
group by e.batch
order by e.batch;
