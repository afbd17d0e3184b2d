-- The builder's views over the lake's extractions are not for analysts: gone before the file is published.
drop view if exists current_extraction;
drop view if exists extractions_all;
drop view if exists claims_all;
drop view if exists extractions_parts;
