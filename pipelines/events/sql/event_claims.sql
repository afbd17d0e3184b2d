select event_id, claim_id
from link_parts
anti join rejected using (event_id)
order by event_id, claim_id
