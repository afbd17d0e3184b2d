-- Seventeen questions analysts ask the warehouse, one query each.
--
-- Run one with `.venv/bin/uav-etl sql "..."`, or paste into the read-only shell:
--   .venv/bin/duckdb -readonly warehouse/uav.duckdb
-- Each query starts at a `-- name:` line; tests/test_queries.py runs them all on the seeds.
--
-- Reminders (README, "What is in the warehouse"): a claim is one statement in one document;
-- an event is one real-world event linking every claim that reports it. Count events, not
-- claims, or five outlets repeating one sentence count five times. An authority's figure for a
-- place, type and day is one of its statements, or the sum of its statements for disjoint stated
-- windows; a day total, a later running total or a later statement of the same window supersedes
-- (events.counted). Per region and day, `best` is the largest authority's figure and `high` the
-- sum over authorities. Undated events have a `day_key` of 'undated:<story>:<time expression>'
-- and a null `date`; a region's total `best` adds them only beyond its dated days.


-- name: region_totals
-- How many drones were intercepted, struck and launched per region, over how many days?
-- The gap between best and high is how much the authorities' figures could overlap.
select region_code, intercepted_best, intercepted_high,
       intercepted_high - intercepted_best as overlap_gap,
       attacks, launched, days
from region_totals
order by intercepted_best desc, region_code;


-- name: top_days
-- Which days saw the most interceptions, summed over regions (best figures)? Undated days
-- are shown with their time expression ("last night") so they are not silently merged.
select coalesce(strftime(date, '%Y-%m-%d'), day_key) as day,
       sum(intercepted_best)::bigint as intercepted_best,
       sum(intercepted_high)::bigint as intercepted_high,
       count(*)::bigint as regions,
       string_agg(region_code || '=' || intercepted_best, ', ' order by intercepted_best desc) as by_region
from region_daily
group by all
order by intercepted_best desc, day
limit 10;


-- name: claims_without_date
-- Which claims could not be placed on a calendar day, and what time expression did they use?
-- High counts here mean the inbox lacks publication dates to anchor "last night".
select c.doc, c.region_code, c.event_type, c.count, c.authority,
       coalesce(c.date_text, '(no time expression)') as date_text,
       d.published, c.evidence
from claims c
left join documents d on d.content_hash = c.content_hash
where c.date is null
order by c.doc, c.sentence_index, c.region_code;


-- name: authorities_disagree
-- Where did two or more authorities report different figures for the same region, day and
-- event type? (A governor's 11 vs the ministry's 10: best 11, high 21.)
select region_code, coalesce(strftime(max(date), '%Y-%m-%d'), day_key) as day, event_type,
       count(*)::bigint as authorities,
       min(drones)::bigint as lowest, max(drones)::bigint as highest,
       string_agg(authority || '=' || drones, ', ' order by drones desc, authority) as figures
from region_authority_day
group by region_code, day_key, event_type
having count(*) > 1 and min(drones) <> max(drones)
order by highest - lowest desc, region_code;


-- name: most_reported_events
-- Which events did the most outlets report, and which documents carried them?
select e.event_id, e.event_type, e.region_code, e.amount, e.authority,
       coalesce(strftime(e.date, '%Y-%m-%d'), e.day_key) as day,
       e.n_documents, e.n_claims,
       string_agg(distinct c.doc, ', ' order by c.doc) as documents
from events e
join event_claims ec using (event_id)
join claims c using (claim_id)
group by all
order by e.n_documents desc, e.n_claims desc, e.amount desc
limit 10;


-- name: totals_with_unallocated
-- Totals ("19 drones over several regions") against the parts the text broke them into:
-- `unallocated` is what the parts leave unassigned to any region.
select t.event_id, t.region_code, t.event_type, t.authority,
       coalesce(strftime(t.date, '%Y-%m-%d'), t.day_key) as day,
       t.amount as total,
       coalesce(sum(p.amount), 0)::bigint as parts,
       count(p.event_id)::bigint as n_parts,
       t.unallocated,
       string_agg(p.region_code || '=' || p.amount, ', ' order by p.amount desc) as breakdown
from events t
left join events p on p.parent_event_id = t.event_id
where t.is_total
group by all
order by t.amount desc, t.event_id;


-- name: rejects_by_reason
-- What did the pipeline refuse, at which stage and why? Every stage is listed, so a clean
-- run shows zeros instead of nothing.
with stages(stage) as (
    values ('ingest'), ('extract'), ('validate_claims'), ('validate_events')
)
select s.stage, r."check", r.reason,
       count(r.stage)::bigint as rejects,
       min(r.source) as example_source
from stages s
left join rejects r on r.stage = s.stage
group by all
order by s.stage, rejects desc, r.reason;


-- name: claims_per_document
-- How many claims did each document yield, of which types, over how many regions? Documents
-- with no claims at all are listed too (off-topic, or phrasings the extractor misses).
select d.doc_id, d.title, d.published, d.n_sources,
       count(c.claim_id)::bigint as claims,
       count(c.claim_id) filter (where c.event_type = 'intercept')::bigint as intercept_claims,
       count(c.claim_id) filter (where c.event_type = 'attack')::bigint as attack_claims,
       count(c.claim_id) filter (where c.event_type = 'launch')::bigint as launch_claims,
       count(distinct c.region_code)::bigint as regions
from documents d
left join claims c on c.content_hash = d.content_hash
group by all
order by claims desc, d.doc_id;


-- name: ua_launches_vs_intercepts
-- Ukraine, country-wide: drones launched at it vs intercepted per day, as its national
-- authorities (air force, general staff) report them (national_daily). Regional figures are in
-- region_daily. The last row (day = 'all days') is the total; its share is over days that
-- report both.
select case when grouping(date) = 1 then 'all days' else strftime(date, '%Y-%m-%d') end as day,
       coalesce(sum(launched), 0)::bigint as launched,
       coalesce(sum(intercepted), 0)::bigint as intercepted,
       round(sum(intercepted) filter (where launched > 0 and intercepted is not null)
             / nullif(sum(launched) filter (where launched > 0 and intercepted is not null), 0), 3)
           as intercepted_share
from national_daily
where side = 'UA'
group by rollup (date)
order by grouping(date), day;


-- name: national_series
-- Both sides per day: launched, intercepted, the share, the sums over the 7 days ending that
-- day, and how much of the national figure the regions' own figures account for.
select side, strftime(date, '%Y-%m-%d') as day, launched, intercepted, intercepted_share,
       launched_7d, intercepted_7d, regional_intercepted, unallocated, authorities
from national_daily
order by side, date;


-- name: national_by_month
-- Both sides per calendar month: launched, intercepted and the interception share.
select side, strftime(month, '%Y-%m') as month, launched, intercepted, intercepted_share, days
from national_monthly
order by side, month;


-- name: what_a_figure_is_made_of
-- The statements behind each region's daily figures: which counted and which were superseded
-- (by a day total, a later running total or correction, or a larger figure), with the time
-- expression that decided it and the sentence.
select region_code, coalesce(strftime(date, '%Y-%m-%d'), day_key) as day, event_type, authority,
       amount, period_kind, counted, count(*)::bigint as claims,
       any_value(date_text) as date_text, any_value(evidence) as evidence
from region_day_claims
group by region_code, day_key, date, event_type, authority, event_id, amount, period_kind, counted
order by region_code, day, event_type, authority, counted desc, amount desc;


-- name: region_evidence_trail
-- Every sentence behind one region's figures (change the code in `params`): which event
-- each claim was counted in, who said it, in which document.
with params(region) as (values ('RU-KLU'))
select coalesce(strftime(e.date, '%Y-%m-%d'), e.day_key) as day,
       e.event_type, e.event_id, e.amount as event_amount, e.is_total,
       c.authority, c.count as claimed, c.doc, c.date_text, c.evidence
from params p
join events e on e.region_code = p.region
join event_claims ec using (event_id)
join claims c using (claim_id)
order by day, e.event_type, e.amount desc, c.doc;


-- name: new_since_yesterday
-- What is new since yesterday? The claims the warehouse holds that no publish held 24 hours ago,
-- with the place's name, the document and the sentence (changes_since: any time, e.g.
-- timestamptz '2025-05-01 08:00+03').
select strftime(published_at, '%Y-%m-%d %H:%M') as published_at, region_code, region_name, event_type,
       coalesce(count, count_low) as drones, authority, date, doc, title, evidence
from changes_since(now() - interval 1 day)
order by published_at, region_code, doc;


-- name: last_publish_added_by_region
-- What did the last publish add, per place? Claims new since the publish before it (all of them
-- after the first publish), counted per region with its names.
with since(ts) as (
    select coalesce(timezone('UTC', max(published_at)), timestamptz '1970-01-01 00:00:00+00')
    from publishes
    where publish_id < (select max(publish_id) from publishes)
)
select n.region_code, r.name_en, r.name_ru, r.kind,
       count(*)::bigint as claims,
       count(*) filter (where n.event_type = 'intercept')::bigint as intercept_claims,
       count(distinct n.doc)::bigint as documents
from changes_since((select ts from since)) n
left join regions r on r.code = n.region_code
group by all
order by claims desc, n.region_code;


-- name: batches_ingested
-- When did each lake batch arrive, which publish brought it in, and what did it bring?
select batch, strftime(ingested_at, '%Y-%m-%d %H:%M:%S') as ingested_at, publish_id,
       strftime(published_at, '%Y-%m-%d %H:%M:%S') as published_at, documents, claims, rejects
from batches
order by batch;
