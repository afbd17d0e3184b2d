-- Every signature (type, place, number, totality) once, with a dense code: events never span
-- two signatures. (Aggregates and joins only: DuckDB spills them to disk, unlike a window over
-- every claim.)
create table sigs as
select row_number() over (order by event_type, region_code, "count", count_low, is_total) as sig, *
from (select distinct event_type, region_code, "count", count_low, is_total from claims_in);

-- A text extracted in two batches gives the same claim ids: the first batch wins, as in the
-- warehouse's claims table. Only texts found in more than one file are looked at claim by claim.
create table repeated as
with texts as (
    select content_hash from (select distinct content_hash, filename from claims_in)
    group by content_hash
    having count(*) > 1
)
select claim_id, min({'batch': batch, 'file': filename, 'row': "row"}) as first
from claims_in
semi join texts using (content_hash)
group by claim_id
having count(*) > 1;

-- every claim once, with the code of its signature
create table claims_once as
select
    s.sig, c.claim_id, c.content_hash, c.event_type, c.region_code, c."count", c.count_low, c.authority,
    c."date", c.date_text, c.is_total, c.total_claim_id, c.evidence, c.published, c.sentence_index
from claims_in c
join sigs s
    on s.event_type is not distinct from c.event_type
    and s.region_code is not distinct from c.region_code
    and s."count" is not distinct from c."count"
    and s.count_low is not distinct from c.count_low
    and s.is_total is not distinct from c.is_total
left join repeated r using (claim_id)
where r.claim_id is null or r.first is not distinct from {'batch': c.batch, 'file': c.filename, 'row': c."row"};
