-- The regions table again on every publish, from regions_in (pipelines/warehouse/regions.py):
-- a corrected name reaches a copied file too.
delete from regions;
insert into regions select code, kind, name_en, name_ru, country from regions_in order by code;
