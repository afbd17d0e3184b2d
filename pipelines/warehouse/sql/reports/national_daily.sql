-- The national series per calendar day and reporting side (views.sql, national_daily).
select side, date, launched, intercepted, intercepted_share, regional_intercepted, unallocated,
       launched_7d, intercepted_7d, authorities
from national_daily
order by date desc, side;
