-- Aggregate views. Events, not claims, are counted, so five outlets repeating one statement
-- count once. Totals are left out of regional figures (their parts are counted instead).
--
-- What `best` and `high` mean (README, "What is in the warehouse"):
-- * An authority's figure for one place, event type and day is one of its statements, or the sum
--   of its statements for disjoint stated windows of that day ("20:00-23:00" and "23:00-07:00"),
--   never more. A day total ("за сутки", "over the past day", "in all today") supersedes that
--   authority's windows and running figures of the day; a later running total ("so far 37") or
--   a later statement of the same window ("updated: 13, not 11") supersedes an earlier one; a
--   running or unstated figure replaces the windows when it is at least their sum. The events
--   that make the figure have `counted` (pipelines/events/figures.py, periods.py).
-- * best = the largest authority's figure; high = the sum of the authorities' figures.
-- * An undated claim takes its event's date when the same event is dated in another claim. An
--   event that stays undated is its own row, with a null `date` and a `day_key` of
--   'undated:<story>:<time expression>', never a calendar day. In a region's totals the undated
--   rows could be any of its days, so `best` is the larger of the dated days' sum and the undated
--   rows' sum (each undated event counted once, never on top of the days); `high` adds both.

-- What each authority said per region, day and event type: its figure and the statements it is
-- made of (and those superseded).
create view region_authority_day as
select region_code, day_key, max(date) as date, event_type, authority,
       coalesce(sum(amount) filter (where counted), 0)::bigint as drones,
       count(*) filter (where counted)::bigint as events,
       coalesce(list(event_id order by event_id) filter (where counted), []) as event_ids,
       coalesce(list(event_id order by event_id) filter (where not counted), []) as superseded_event_ids
from events
where not is_total and region_code like '%-%'
group by region_code, day_key, event_type, authority;

-- Per region and day: `best` the largest authority's figure, `high` the sum over authorities (a
-- governor's 11 and the ministry's 10 over one region and night: best 11, high 21).
create view region_daily as
select region_code, day_key, max(date) as date,
       coalesce(max(drones) filter (where event_type = 'intercept'), 0)::bigint as intercepted_best,
       coalesce(sum(drones) filter (where event_type = 'intercept'), 0)::bigint as intercepted_high,
       coalesce(max(drones) filter (where event_type = 'attack'), 0)::bigint as attacks,
       coalesce(max(drones) filter (where event_type = 'launch'), 0)::bigint as launched,
       count(distinct authority)::bigint as authorities,
       list_sort(flatten(list(event_ids))) as event_ids,
       any_value(r.name_en) as region_name
from region_authority_day a
left join regions r on r.code = a.region_code
group by region_code, day_key;

-- Per region: dated days add up; undated rows count only where they exceed the dated days.
create view region_totals as
select region_code,
       greatest(coalesce(sum(intercepted_best) filter (where date is not null), 0),
                coalesce(sum(intercepted_best) filter (where date is null), 0))::bigint as intercepted_best,
       sum(intercepted_high)::bigint as intercepted_high,
       greatest(coalesce(sum(attacks) filter (where date is not null), 0),
                coalesce(sum(attacks) filter (where date is null), 0))::bigint as attacks,
       greatest(coalesce(sum(launched) filter (where date is not null), 0),
                coalesce(sum(launched) filter (where date is null), 0))::bigint as launched,
       count(*) filter (where date is not null)::bigint as days,
       count(*) filter (where date is null)::bigint as undated_rows,
       any_value(region_name) as region_name
from region_daily
group by region_code
order by intercepted_best desc, region_code;

-- Every statement behind region_authority_day (and so region_daily): one row per claim, with
-- whether its event counts in the authority's figure.
create view region_day_claims as
select e.region_code, e.day_key, e.date, e.event_type, e.authority, e.event_id, e.amount,
       e.period_kind, e.counted, c.claim_id, c.doc, c.date_text, c.evidence, r.name_en as region_name
from events e
join event_claims ec using (event_id)
join claims c using (claim_id)
left join regions r on r.code = e.region_code
where not e.is_total and e.region_code like '%-%';

-- Per reporting authority: how much it claimed, over how many events and regions.
create view authority_totals as
select authority,
       count(*)::bigint as events,
       sum(n_claims)::bigint as claims,
       coalesce(sum(amount) filter (where event_type = 'intercept' and not is_total), 0)::bigint as intercepted,
       coalesce(sum(amount) filter (where event_type = 'intercept' and is_total), 0)::bigint as intercepted_in_totals,
       coalesce(sum(amount) filter (where event_type = 'attack'), 0)::bigint as attacks,
       coalesce(sum(amount) filter (where event_type = 'launch'), 0)::bigint as launched,
       count(distinct region_code)::bigint as regions
from events
group by authority
order by intercepted desc, authority;

-- National series, per calendar day and reporting side (the country an authority speaks for; an
-- unnamed reporter's side is the country it speaks of): drones launched at the side and
-- intercepted over it (destroyed or brought down by electronic warfare), from country-level
-- statements (a national total or a figure with no region), each authority counted by the rules
-- above and the largest authority's figure taken (best). `regional_intercepted` adds up the
-- side's regions' best figures that day; `unallocated` is what the national figure leaves beyond
-- them. Sums over the 7 days ending on the row's day, and per month in national_monthly.
create view national_daily as
with national as (
    select coalesce(nullif(regexp_extract(authority, ':([A-Z]{2})', 1), ''), region_code) as side, region_code,
           date, event_type, authority, sum(amount) filter (where counted) as drones
    from events
    where region_code not like '%-%' and date is not null and event_type in ('launch', 'intercept')
    group by all
),
per_side as (
    select side as country, date,
           max(drones) filter (where event_type = 'launch') as launched,
           max(drones) filter (where event_type = 'intercept') as intercepted,
           string_agg(distinct authority, ', ' order by authority) as authorities
    from national
    where side = region_code
    group by all
),
regional as (
    select split_part(region_code, '-', 1) as country, date, sum(intercepted_best) as regional_intercepted
    from region_daily
    where date is not null and region_code not like 'SEA-%'
    group by all
),
days as (
    select coalesce(p.country, r.country) as side, coalesce(p.date, r.date) as date,
           p.launched, p.intercepted, p.authorities, r.regional_intercepted
    from per_side p
    full join regional r on r.country = p.country and r.date = p.date
)
select side, date,
       launched::bigint as launched,
       intercepted::bigint as intercepted,
       round(intercepted / nullif(launched, 0), 3) as intercepted_share,
       coalesce(regional_intercepted, 0)::bigint as regional_intercepted,
       (intercepted - coalesce(regional_intercepted, 0))::bigint as unallocated,
       (sum(launched) over week)::bigint as launched_7d,
       (sum(intercepted) over week)::bigint as intercepted_7d,
       coalesce(authorities, '') as authorities,
       r.name_en as side_name
from days
left join regions r on r.code = days.side
window week as (partition by side order by date range between interval 6 days preceding and current row)
order by side, date;

-- National series per calendar month and side: sums of national_daily; the share is over the
-- days that report both launched and intercepted.
create view national_monthly as
select side, date_trunc('month', date)::date as month,
       sum(launched)::bigint as launched,
       sum(intercepted)::bigint as intercepted,
       round(sum(intercepted) filter (where launched > 0 and intercepted is not null)
             / nullif(sum(launched) filter (where launched > 0 and intercepted is not null), 0), 3)
           as intercepted_share,
       sum(regional_intercepted)::bigint as regional_intercepted,
       count(*) filter (where launched is not null or intercepted is not null)::bigint as days
from national_daily
group by all
order by side, month;

-- What the shell's `duckdb_views()` and `duckdb_columns()` say about each view and column.
comment on view region_authority_day is 'Each authority''s figure per region, day and event type, and the events it is made of (README, "What is in the warehouse")';
comment on column region_authority_day.region_code is 'ISO 3166-2 region';
comment on column region_authority_day.day_key is 'The date, or ''undated:<story>:<time expression>''';
comment on column region_authority_day.date is 'Calendar day; null when undated';
comment on column region_authority_day.event_type is 'intercept | launch | attack';
comment on column region_authority_day.authority is 'role:jurisdiction of the reporter, or unknown';
comment on column region_authority_day.drones is 'The authority''s figure: one statement, or its statements for disjoint windows';
comment on column region_authority_day.events is 'How many statements (events) the figure adds up';
comment on column region_authority_day.event_ids is 'The events the figure is made of (events.counted)';
comment on column region_authority_day.superseded_event_ids is 'The authority''s other events of that day, superseded';

comment on view region_daily is 'Per region and day: best = the largest authority''s figure, high = the sum over authorities';
comment on column region_daily.region_code is 'ISO 3166-2 region';
comment on column region_daily.day_key is 'The date, or ''undated:<story>:<time expression>''';
comment on column region_daily.date is 'Calendar day; null when undated';
comment on column region_daily.intercepted_best is 'Drones intercepted: the largest authority''s figure';
comment on column region_daily.intercepted_high is 'Drones intercepted: the sum of the authorities'' figures';
comment on column region_daily.attacks is 'Drones that struck: the largest authority''s figure';
comment on column region_daily.launched is 'Drones launched: the largest authority''s figure';
comment on column region_daily.authorities is 'How many authorities reported';
comment on column region_daily.event_ids is 'Every event the figures are made of';
comment on column region_daily.region_name is 'English name of the region (regions.name_en)';

comment on view region_totals is 'Per region: dated days added up; undated rows count in best only beyond the dated days';
comment on column region_totals.region_code is 'ISO 3166-2 region';
comment on column region_totals.intercepted_best is 'Larger of the dated days'' sum of best and the undated rows'' sum';
comment on column region_totals.intercepted_high is 'Sum of high over every row, dated or not';
comment on column region_totals.attacks is 'Drones that struck, best, as intercepted_best';
comment on column region_totals.launched is 'Drones launched, best, as intercepted_best';
comment on column region_totals.days is 'Calendar days with a figure';
comment on column region_totals.undated_rows is 'Rows that could not be placed on a calendar day';
comment on column region_totals.region_name is 'English name of the region (regions.name_en)';

comment on view region_day_claims is 'Every claim behind region_authority_day, with whether its event counts';
comment on column region_day_claims.region_code is 'ISO 3166-2 region';
comment on column region_day_claims.day_key is 'The date, or ''undated:<story>:<time expression>''';
comment on column region_day_claims.date is 'Calendar day; null when undated';
comment on column region_day_claims.event_type is 'intercept | launch | attack';
comment on column region_day_claims.authority is 'The event''s reporter';
comment on column region_day_claims.event_id is 'The event (statement) the claim reports';
comment on column region_day_claims.amount is 'The event''s number';
comment on column region_day_claims.period_kind is 'window | night | day | running | unstated';
comment on column region_day_claims.counted is 'Whether the event counts in the authority''s figure';
comment on column region_day_claims.claim_id is 'The claim';
comment on column region_day_claims.doc is 'The document that holds it';
comment on column region_day_claims.date_text is 'The time expression the date came from';
comment on column region_day_claims.evidence is 'The sentence';
comment on column region_day_claims.region_name is 'English name of the region (regions.name_en)';

comment on view authority_totals is 'Per reporting authority: what it claimed, over events (repeats count once)';
comment on column authority_totals.authority is 'role:jurisdiction, or unknown';
comment on column authority_totals.events is 'Events it reported';
comment on column authority_totals.claims is 'Claims (outlet statements) of those events';
comment on column authority_totals.intercepted is 'Sum of its intercept events that are not totals';
comment on column authority_totals.intercepted_in_totals is 'Sum of its intercept totals (over several regions)';
comment on column authority_totals.attacks is 'Sum of its attack events';
comment on column authority_totals.launched is 'Sum of its launch events';
comment on column authority_totals.regions is 'Distinct places';

comment on view national_daily is 'Per calendar day and reporting side: drones launched, intercepted, the share, 7-day sums, regional parts';
comment on column national_daily.side is 'Country the reporting authorities speak for (ISO 3166-1)';
comment on column national_daily.date is 'Calendar day';
comment on column national_daily.launched is 'Drones launched at the side: the largest authority''s country-level figure';
comment on column national_daily.intercepted is 'Drones intercepted over the side (destroyed or by electronic warfare): the largest authority''s country-level figure';
comment on column national_daily.intercepted_share is 'intercepted / launched';
comment on column national_daily.regional_intercepted is 'Sum of the side''s regions'' intercepted_best that day';
comment on column national_daily.unallocated is 'intercepted minus regional_intercepted';
comment on column national_daily.launched_7d is 'launched over the 7 days ending on this day';
comment on column national_daily.intercepted_7d is 'intercepted over the 7 days ending on this day';
comment on column national_daily.authorities is 'The authorities with a country-level figure that day';
comment on column national_daily.side_name is 'English name of the side''s country (regions.name_en)';

comment on view national_monthly is 'Per calendar month and side: sums of national_daily';
comment on column national_monthly.side is 'Country the reporting authorities speak for (ISO 3166-1)';
comment on column national_monthly.month is 'First day of the month';
comment on column national_monthly.launched is 'Sum of launched';
comment on column national_monthly.intercepted is 'Sum of intercepted';
comment on column national_monthly.intercepted_share is 'Over the days that report both';
comment on column national_monthly.regional_intercepted is 'Sum of regional_intercepted';
comment on column national_monthly.days is 'Days with a national figure';

-- The lake batches this file holds: when each was written into the lake and published, and what
-- it brought. documents.batch, claims.batch and rejects.batch name them.
create view batches as
select b.batch, b.ingested_at, b.publish_id, p.published_at,
       coalesce(d.n, 0)::bigint as documents,
       coalesce(c.n, 0)::bigint as claims,
       coalesce(j.n, 0)::bigint as rejects
from staging.lake_batches b
left join publishes p using (publish_id)
left join (select batch, count(*) as n from documents group by batch) d using (batch)
left join (select batch, count(*) as n from claims group by batch) c using (batch)
left join (select batch, count(*) as n from rejects where batch is not null group by batch) j using (batch)
order by b.batch;

comment on view batches is 'Every lake batch this file holds: when it was ingested and published, and what it brought';
comment on column batches.batch is 'Lake batch (documents.batch, claims.batch, rejects.batch)';
comment on column batches.ingested_at is 'When the batch was written into the lake (UTC)';
comment on column batches.publish_id is 'The publish that loaded it into this file (publishes.publish_id)';
comment on column batches.published_at is 'When that publish was built (UTC)';
comment on column batches.documents is 'Documents it brought first';
comment on column batches.claims is 'Current claims it holds (a re-extraction''s batch holds the claims it replaced)';
comment on column batches.rejects is 'Rows it rejected';
