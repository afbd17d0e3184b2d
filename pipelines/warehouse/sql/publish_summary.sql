-- The last publish: its extractor version and the claims it added, removed and changed against
-- the one before (publish_moves.sql gives the regions whose totals moved most).
select publish_id, extractor_version, claims, claims_added, claims_removed, claims_changed
from publishes
order by publish_id desc
limit 1;
