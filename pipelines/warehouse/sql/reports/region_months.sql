-- Per region and calendar month: region_daily's dated rows added up (what the date filter narrows).
select region_code, date_trunc('month', date)::date as month,
       sum(intercepted_best)::bigint as intercepted_best,
       sum(intercepted_high)::bigint as intercepted_high,
       sum(attacks)::bigint as attacks,
       sum(launched)::bigint as launched,
       count(*)::bigint as days
from region_daily
where date is not null
group by all
order by month, intercepted_best desc, region_code;
