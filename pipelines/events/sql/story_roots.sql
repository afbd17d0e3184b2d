-- each linked document starts at the smallest of itself and its neighbours
create table story_roots as
select doc, least(doc, min(doc_b)) as root from story_edges group by doc;
