-- Per-authority totals (over events, so repeats of one statement count once).
select authority, events, claims, intercepted, intercepted_in_totals, attacks, launched, regions
from authority_totals
order by intercepted desc, events desc, authority;
