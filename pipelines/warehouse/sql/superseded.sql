-- Whether some text was extracted in more than one batch (re-extracted, or repeated by a race), or
-- was retired by an edit of its file: then not every claim of the lake is current.
select exists (
    select content_hash from extractions_all group by content_hash having count(distinct batch) > 1
) or exists (select 1 from retired);
