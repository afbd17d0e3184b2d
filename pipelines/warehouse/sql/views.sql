-- Aggregate views. Events, not claims, are counted, so five outlets repeating one statement
-- count once. Totals are left out of regional figures (their parts are counted instead).

-- What each authority said per region, day and event type.
create view region_authority_day as
select region_code, day_key, max(date) as date, event_type, authority,
       sum(amount)::bigint as drones, count(*)::bigint as events
from events
where not is_total and region_code like '%-%'
group by region_code, day_key, event_type, authority;

-- Per region and day: `best` is the largest single authority's figure, `high` the sum over
-- authorities (a governor's 11 and the ministry's 10 over one region and night: best 11, high 21).
create view region_daily as
select region_code, day_key, max(date) as date,
       coalesce(max(drones) filter (where event_type = 'intercept'), 0)::bigint as intercepted_best,
       coalesce(sum(drones) filter (where event_type = 'intercept'), 0)::bigint as intercepted_high,
       coalesce(max(drones) filter (where event_type = 'attack'), 0)::bigint as attacks,
       coalesce(max(drones) filter (where event_type = 'launch'), 0)::bigint as launched,
       count(distinct authority)::bigint as authorities
from region_authority_day
group by region_code, day_key;

create view region_totals as
select region_code,
       sum(intercepted_best)::bigint as intercepted_best,
       sum(intercepted_high)::bigint as intercepted_high,
       sum(attacks)::bigint as attacks,
       sum(launched)::bigint as launched,
       count(*)::bigint as days
from region_daily
group by region_code
order by intercepted_best desc, region_code;

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
