-- What the warehouse covers: the calendar span of dated claims, the publication span of the
-- documents, and how much could not be placed on a day or in a region.
select (select min(date) from claims) as first_day,
       (select max(date) from claims) as last_day,
       (select min(published) from documents) as first_published,
       (select max(published) from documents) as last_published,
       (select count(*) from documents)::bigint as documents,
       (select count(*) from claims)::bigint as claims,
       (select count(*) from claims where date is null)::bigint as undated_claims,
       (select count(*) from events)::bigint as events,
       (select count(*) from events where date is null)::bigint as undated_events,
       (select count(*) from events where is_total)::bigint as total_events,
       (select coalesce(sum(unallocated) filter (where unallocated > 0), 0) from national_daily)::bigint
           as unallocated,
       (select count(*) from rejects)::bigint as rejects;
