-- The national series per calendar month and reporting side (views.sql, national_monthly).
select side, month, launched, intercepted, intercepted_share, regional_intercepted, days
from national_monthly
order by month desc, side;
