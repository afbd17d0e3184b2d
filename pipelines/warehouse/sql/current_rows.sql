-- The current claims of the batches claims_rows covers (batch_currency.sql: some of their texts
-- were extracted again later, or retired), to be written by batch into hive-style folders. Needs
-- the views of extractions.sql.
select c.*
from claims_rows c
semi join current_extraction e on e.content_hash = c.content_hash and e.batch = c.batch
