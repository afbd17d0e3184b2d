-- The five regions whose totals moved most from publish $1 - 1 to publish $1, as 'RU-BEL +9'.
select region_code || ' ' || (case when intercepted_best_moved >= 0 then '+' else '' end) || intercepted_best_moved
from region_moves($1 - 1, $1)
limit 5;
