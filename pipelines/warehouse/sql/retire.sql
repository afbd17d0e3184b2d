-- Texts an edit in place retired (sql/extractions.sql: retired) leave the published tables, after
-- load.sql or append.sql and claims.sql: their claims close in claims_history (history.sql), the
-- rows stay in the lake, and their file's new text takes their place.
delete from claims where content_hash in (select content_hash from retired);
delete from document_sources where content_hash in (select content_hash from retired);
delete from documents where content_hash in (select content_hash from retired);
