-- The texts an edit in place replaced this run (triage.sql), for the lake's `revisions` parts.
select content_hash, doc_id, source from revisions order by source, doc_id, content_hash;
