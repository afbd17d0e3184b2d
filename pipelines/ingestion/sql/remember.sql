-- A part's new texts and new ids join what the run has met.
insert into run_texts select content_hash from new_texts;
insert into run_ids select doc_id, content_hash, source from new_ids;
