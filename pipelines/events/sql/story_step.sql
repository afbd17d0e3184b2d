-- One step towards each story's root (its smallest content hash): a document takes the smallest
-- root among its neighbours and its root's own root (pointer jumping: few steps for any chain).
create or replace table story_next as
with neighbour as (
    select e.doc, min(r.root) as root
    from story_edges e
    join story_roots r on r.doc = e.doc_b
    group by e.doc
)
select r.doc, least(r.root, n.root, j.root) as root
from story_roots r
join neighbour n on n.doc = r.doc
join story_roots j on j.doc = r.root;
