-- Documents (by content hash) that share two or more compatible numbers: a syndicated copy in
-- other words. Per signature and document, the claim with the smallest id speaks for it; a
-- number shared by more than $fanout documents says nothing about a story. Both directions.
create table story_edges as
with firsts as (
    select f.sig, f.content_hash as doc, case when c.authority <> 'unknown' then c.authority end as named, c."date" as day
    from (select sig, content_hash, min(claim_id) as claim_id from claims_once group by sig, content_hash) f
    join claims_once c using (claim_id)
),
small as (
    select f.*
    from firsts f
    join (select sig from firsts group by sig having count(*) between 2 and $fanout) using (sig)
),
pairs as (
    select a.doc, b.doc as doc_b
    from small a
    join small b on a.sig = b.sig and a.doc < b.doc
    where (a.named is null or b.named is null or a.named = b.named)
      and (a.day is null or b.day is null or a.day = b.day)
    group by a.doc, b.doc
    having count(*) >= 2
)
select doc, doc_b from pairs
union all
select doc_b, doc from pairs;
