-- Claims with the root of their document's story, stored in signature order: a query for one
-- range of signatures reads only the row groups that hold it.
create table claims as
select c.*, coalesce(s.root, c.content_hash) as story_hash
from claims_once c
left join story_roots s on s.doc = c.content_hash
order by c.sig;

drop table claims_once;

