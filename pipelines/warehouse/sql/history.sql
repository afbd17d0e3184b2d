-- Record this publish (after the claims, the derived tables and the views are in place): close
-- the history rows the claims table no longer holds, open rows for the ones it holds anew, keep
-- region_totals as shown now, and count the changes against the publish before. Its time: publish_time.sql.

set variable publish_id = (select coalesce(max(publish_id), 0) + 1 from publishes);

create temp table held as
select *, hash(claim_id, doc, content_hash, event_type, region_code, count, count_low, authority, date,
               published, localities, is_total, total_claim_id, date_text, sentence_index, span_start,
               span_end, evidence, rule, extractor_version) as row_hash
from claims;

update claims_history
set valid_to = getvariable('publish_id'), valid_to_at = getvariable('published_at')
where valid_to is null and row_hash not in (select row_hash from held);

insert into claims_history
select *, getvariable('publish_id'), getvariable('published_at'), null, null
from held
where row_hash not in (select row_hash from claims_history where valid_to is null)
order by claim_id;

insert into region_totals_history by name
select getvariable('publish_id') as publish_id, * exclude (region_name) from region_totals;

insert into publishes
select getvariable('publish_id'), getvariable('published_at'),
       (select case when count(distinct coalesce(extractor_version, '')) > 1 then 'mixed'
                    else min(extractor_version) end from claims),
       (select count(*) from documents),
       (select count(*) from claims),
       count(*) filter (where change = 'added'),
       count(*) filter (where change = 'removed'),
       count(*) filter (where change = 'changed')
from claim_changes(getvariable('publish_id') - 1, getvariable('publish_id'));

drop table held;
