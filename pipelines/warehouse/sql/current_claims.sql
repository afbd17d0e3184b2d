-- Every text's current claims (those of its current extraction), each claim once. Needs
-- claims_rows (every batch's claims) and the views of extractions.sql. The join is materialized
-- before the window: in one query DuckDB 1.5 ranked the rows before the join dropped the old ones.
create or replace temp table current_rows as
select c.*
from claims_rows c
semi join current_extraction e on e.content_hash = c.content_hash and e.batch = c.batch;
