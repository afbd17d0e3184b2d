-- Daily intercepts for the regions with the most intercepts on calendar days (?: how many
-- regions). Undated days ("last night" in an undated text) cannot be placed on a time axis.
with dated as (
    select * from region_daily where date is not null
),
top as (
    select region_code
    from dated
    group by region_code
    having sum(intercepted_high) > 0
    order by sum(intercepted_best) desc, region_code
    limit ?
)
select d.region_code, d.date,
       sum(d.intercepted_best)::bigint as intercepted_best,
       sum(d.intercepted_high)::bigint as intercepted_high
from dated d
join top using (region_code)
group by d.region_code, d.date
order by d.date, d.region_code;
