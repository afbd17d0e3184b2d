-- current_rows (current_claims.sql) with each claim once (a text staged twice into one batch).
select * from current_rows
qualify row_number() over (partition by claim_id order by batch) = 1
