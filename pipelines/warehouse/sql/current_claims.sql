-- Every text's current claims (those of its current extraction), each claim once. Needs
-- claims_rows (every batch's claims) and the views of extractions.sql.
select c.*
from claims_rows c
semi join current_extraction e on e.content_hash = c.content_hash and e.batch = c.batch
qualify row_number() over (partition by c.claim_id order by c.batch) = 1
