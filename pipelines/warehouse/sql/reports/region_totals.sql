-- Per-region totals behind the "intercepts per region" chart and the region table.
select region_code, intercepted_best, intercepted_high, attacks, launched, days, undated_rows
from region_totals
order by intercepted_best desc, intercepted_high desc, region_code;
