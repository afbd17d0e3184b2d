-- Whether some text was extracted in more than one batch (re-extracted, or repeated by a race).
select exists (
    select content_hash from extractions_all group by content_hash having count(distinct batch) > 1
);
