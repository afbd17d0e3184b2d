-- How many texts stale_texts.sql found.
select count(*) from stale;
