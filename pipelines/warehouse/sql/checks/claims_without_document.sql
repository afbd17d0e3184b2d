-- Claims whose document is missing from `documents` (must be none).
select c.claim_id, c.doc
from claims c
left join documents d on d.content_hash = c.content_hash
where d.content_hash is null;
