-- What this ingest has met so far, beside the lake's views (lake_documents, lake_sources,
-- lake_files): tables on disk, so the run's memory does not grow with the inbox.
create table run_texts (content_hash varchar);
create table run_ids (doc_id varchar, content_hash varchar, source varchar);
