-- Tables of the analytical warehouse. Built beside the published file on every run (a copy of
-- it plus the lake's new batches, or from every batch), then published with an atomic rename:
-- readers see the previous file or this one, never a half-written one.

create table documents (
    doc_id        varchar not null,   -- first name the text arrived under (record id or file name)
    content_hash  varchar primary key,-- sha256 of the text: the document's identity
    title         varchar,
    url           varchar,
    published     date,
    n_chars       bigint,
    n_sources     bigint,              -- how many files/records carried this same text
    batch         varchar not null     -- lake batch that first brought it
);

create table document_sources (
    content_hash  varchar not null,
    doc_id        varchar not null,   -- the name it came under this time
    source        varchar not null,   -- file, relative to the inbox
    line          bigint,             -- line of a .jsonl record
    batch         varchar not null
);

create table claims (
    claim_id       varchar primary key,
    doc            varchar not null,
    content_hash   varchar not null,
    event_type     varchar not null,
    region_code    varchar not null,
    count          bigint,
    count_low      bigint,
    authority      varchar not null,
    date           date,
    published      date,
    localities     varchar[],
    is_total       boolean not null,
    total_claim_id varchar,           -- the total this claim is a part of
    date_text      varchar,           -- the time expression the date came from
    sentence_index bigint not null,
    span_start     bigint not null,   -- character span of the evidence sentence in the text
    span_end       bigint not null,
    evidence       varchar not null,
    rule           varchar,           -- the declared rule that produced it (rules.toml); null before rules had ids
    extractor_version varchar,        -- hash of the extractor's code, vocabulary and rules that produced it
    batch          varchar not null
);

create table rejects (
    stage     varchar not null,       -- ingest | extract | validate_claims | validate_events
    source    varchar,
    line      bigint,
    doc_id    varchar,
    claim_id  varchar,
    "check"   varchar,
    reason    varchar not null,
    detail    varchar,
    batch     varchar
);

-- What the shell's `duckdb_tables()` and `duckdb_columns()` (and the Dagster UI) say about each
-- table and column.
comment on table documents is 'One row per distinct text (by content hash), however many files or records carried it';
comment on column documents.doc_id is 'First name the text arrived under (record id or file name)';
comment on column documents.content_hash is 'sha256 of the text: the document''s identity';
comment on column documents.title is 'Title from the front matter, the HTML or the record';
comment on column documents.url is 'Source URL, when given';
comment on column documents.published is 'Publication date, when given';
comment on column documents.n_chars is 'Length of the text in characters';
comment on column documents.n_sources is 'How many files or records carried this same text';
comment on column documents.batch is 'Lake batch that first brought it';

comment on table document_sources is 'Every file or record a text arrived in';
comment on column document_sources.content_hash is 'The document (documents.content_hash)';
comment on column document_sources.doc_id is 'The name it came under this time';
comment on column document_sources.source is 'File, relative to the inbox';
comment on column document_sources.line is 'Line of a .jsonl record; null for a whole file';
comment on column document_sources.batch is 'Lake batch that read it';

comment on table claims is 'One statement in one document: who said how many drones were intercepted, launched or struck, where and when (ANNOTATION.md)';
comment on column claims.claim_id is 'Hash of the document and the claim''s key fields';
comment on column claims.doc is 'The document''s name (documents.doc_id)';
comment on column claims.content_hash is 'The document (documents.content_hash)';
comment on column claims.event_type is 'intercept | launch | attack';
comment on column claims.region_code is 'ISO 3166-2 region, a country (ISO 3166-1) or a sea';
comment on column claims.count is 'Exact number, when stated';
comment on column claims.count_low is 'Lower bound of a vague number ("more than 20")';
comment on column claims.authority is 'role:jurisdiction of the reporter, or unknown';
comment on column claims.date is 'Day of the event; null when the text does not date it';
comment on column claims.published is 'Publication date of the document';
comment on column claims.localities is 'Towns or districts named below the region';
comment on column claims.is_total is 'A sum over several regions (its parts are claims of their own)';
comment on column claims.total_claim_id is 'The total this claim is a part of';
comment on column claims.date_text is 'The time expression the date came from';
comment on column claims.sentence_index is 'Sentence of the document that states it (from 0)';
comment on column claims.span_start is 'Start of the evidence sentence in the text (characters)';
comment on column claims.span_end is 'End of the evidence sentence in the text (characters)';
comment on column claims.evidence is 'The sentence that states it';
comment on column claims.rule is 'The declared rule that produced it (pipelines/extraction/rules.toml); null before rules had ids';
comment on column claims.extractor_version is 'Hash of the extractor''s code, vocabulary and rules that produced it';
comment on column claims.batch is 'Lake batch that brought it';

comment on table rejects is 'Input and rows that failed a check, with the stage, the check and the reason (never dropped)';
comment on column rejects.stage is 'ingest | extract | validate_claims | validate_events';
comment on column rejects.source is 'File, relative to the inbox';
comment on column rejects.line is 'Line of a .jsonl record';
comment on column rejects.doc_id is 'The document, when known';
comment on column rejects.claim_id is 'The claim, for a rejected claim row';
comment on column rejects."check" is 'The failed check (a Pandera check, or a reading error)';
comment on column rejects.reason is 'What was wrong, in words';
comment on column rejects.detail is 'The failing values';
comment on column rejects.batch is 'Lake batch that rejected it; null for rejected events (re-derived each run)';

-- The builder's bookkeeping lives in its own schema, so that `.tables` and `show tables` list
-- what analysts read (the builder's views over the lake are temporary: never in the file).
create schema staging;

-- The lake batches this file was built from: the next publish copies the file and adds only
-- the batches it lacks, if the lake and the SQL are the same as when it was built.
create table staging.lake_batches (
    batch       varchar primary key,
    lake_id     varchar not null,     -- the lake's identity (lake/lake-id)
    sql_version varchar not null,     -- hash of the SQL files that shape the file
    ingested_at timestamp not null,   -- when the batch was written into the lake (UTC)
    publish_id  bigint not null       -- the publish that loaded it into this file
);

comment on table staging.lake_batches is 'The lake batches this file holds (the builder''s bookkeeping; analysts read the view batches)';
comment on column staging.lake_batches.batch is 'Lake batch (the folder batch=<name>)';
comment on column staging.lake_batches.lake_id is 'The lake''s identity (lake/lake-id)';
comment on column staging.lake_batches.sql_version is 'Hash of the SQL files that shape the file';
comment on column staging.lake_batches.ingested_at is 'When the batch was written into the lake (UTC)';
comment on column staging.lake_batches.publish_id is 'The publish that loaded it into this file';

-- Every place code a claim can carry, with its names (pipelines/warehouse/regions.py: the
-- reviewed data/regions.csv and pycountry's countries). Filled again on every publish (regions.sql).
create table regions (
    code     varchar primary key,     -- ISO 3166-2 region, ISO 3166-1 country, or SEA-<name>
    kind     varchar not null,        -- region | city | sea | country
    name_en  varchar not null,
    name_ru  varchar not null,
    country  varchar                  -- ISO 3166-1; null for a sea
);

comment on table regions is 'Every place code claims carry (region_code), with its English and Russian names';
comment on column regions.code is 'ISO 3166-2 region or federal city, ISO 3166-1 country, or SEA-<name>: what region_code holds';
comment on column regions.kind is 'region | city (a city with a region''s status: Moscow, Kyiv) | sea | country';
comment on column regions.name_en is 'English name';
comment on column regions.name_ru is 'Russian name';
comment on column regions.country is 'The country it belongs to (ISO 3166-1); null for a sea';

-- History: every publish, and every claim row with the publishes it was valid for, so that any
-- earlier state can be asked for (macros in history_views.sql). Kept across rebuilds of the file.
create table publishes (
    publish_id        bigint primary key, -- 1, 2, ... in publish order
    published_at      timestamp not null, -- when it was built (UTC)
    extractor_version varchar,            -- the version of every claim it holds ('mixed' if not one)
    documents         bigint not null,
    claims            bigint not null,
    claims_added      bigint not null,    -- against the publish before (history_views.sql: claim_changes)
    claims_removed    bigint not null,
    claims_changed    bigint not null
);

create table claims_history (
    claim_id       varchar not null,
    doc            varchar not null,
    content_hash   varchar not null,
    event_type     varchar not null,
    region_code    varchar not null,
    count          bigint,
    count_low      bigint,
    authority      varchar not null,
    date           date,
    published      date,
    localities     varchar[],
    is_total       boolean not null,
    total_claim_id varchar,
    date_text      varchar,
    sentence_index bigint not null,
    span_start     bigint not null,
    span_end       bigint not null,
    evidence       varchar not null,
    rule           varchar,
    extractor_version varchar,
    batch          varchar not null,
    row_hash       ubigint not null,  -- of every column above but batch: a row changes when any does
    valid_from     bigint not null,   -- the first publish that held this row
    valid_from_at  timestamp not null,
    valid_to       bigint,            -- the first publish that no longer held it; null: still held
    valid_to_at    timestamp
);

-- region_totals as each publish showed it (events are derived in Python, so a past state of the
-- view cannot be recomputed from claims_history: it is kept)
create table region_totals_history (
    publish_id       bigint not null,
    region_code      varchar not null,
    intercepted_best bigint,
    intercepted_high bigint,
    attacks          bigint,
    launched         bigint,
    days             bigint,
    undated_rows     bigint
);

comment on table publishes is 'Every publish of this warehouse, with what it held and how its claims changed against the publish before';
comment on column publishes.publish_id is '1, 2, ... in publish order';
comment on column publishes.published_at is 'When it was built (UTC)';
comment on column publishes.extractor_version is 'The extractor version of every claim it held (''mixed'' if not one)';
comment on column publishes.documents is 'Documents it held';
comment on column publishes.claims is 'Claims it held';
comment on column publishes.claims_added is 'Claims added against the publish before (history_views.sql: claim_changes)';
comment on column publishes.claims_removed is 'Claims removed against the publish before';
comment on column publishes.claims_changed is 'Claims changed against the publish before (same statement, another figure, reporter, date or rule)';

comment on table claims_history is 'Every claim row any publish held, with the publishes it was valid for (macros in history_views.sql)';
comment on column claims_history.claim_id is 'Hash of the document and the claim''s key fields';
comment on column claims_history.doc is 'The document''s name (documents.doc_id)';
comment on column claims_history.content_hash is 'The document (documents.content_hash)';
comment on column claims_history.event_type is 'intercept | launch | attack';
comment on column claims_history.region_code is 'ISO 3166-2 region, a country (ISO 3166-1) or a sea';
comment on column claims_history.count is 'Exact number, when stated';
comment on column claims_history.count_low is 'Lower bound of a vague number ("more than 20")';
comment on column claims_history.authority is 'role:jurisdiction of the reporter, or unknown';
comment on column claims_history.date is 'Day of the event; null when the text does not date it';
comment on column claims_history.published is 'Publication date of the document';
comment on column claims_history.localities is 'Towns or districts named below the region';
comment on column claims_history.is_total is 'A sum over several regions (its parts are claims of their own)';
comment on column claims_history.total_claim_id is 'The total this claim is a part of';
comment on column claims_history.date_text is 'The time expression the date came from';
comment on column claims_history.sentence_index is 'Sentence of the document that states it (from 0)';
comment on column claims_history.span_start is 'Start of the evidence sentence in the text (characters)';
comment on column claims_history.span_end is 'End of the evidence sentence in the text (characters)';
comment on column claims_history.evidence is 'The sentence that states it';
comment on column claims_history.rule is 'The declared rule that produced it (pipelines/extraction/rules.toml)';
comment on column claims_history.extractor_version is 'Hash of the extractor''s code, vocabulary and rules that produced it';
comment on column claims_history.batch is 'Lake batch that brought it';
comment on column claims_history.row_hash is 'Hash of every column above but batch: a row changes when any does';
comment on column claims_history.valid_from is 'The first publish that held this row (publishes.publish_id)';
comment on column claims_history.valid_from_at is 'When that publish was built (UTC)';
comment on column claims_history.valid_to is 'The first publish that no longer held it; null: still held';
comment on column claims_history.valid_to_at is 'When that publish was built (UTC); null: still held';

comment on table region_totals_history is 'region_totals as each publish showed it (events are derived in Python, so it is kept, not recomputed)';
comment on column region_totals_history.publish_id is 'The publish that showed it (publishes.publish_id)';
comment on column region_totals_history.region_code is 'ISO 3166-2 region';
comment on column region_totals_history.intercepted_best is 'region_totals.intercepted_best at that publish: larger of the dated days'' sum of best and the undated rows'' sum';
comment on column region_totals_history.intercepted_high is 'region_totals.intercepted_high at that publish: sum of high over every row, dated or not';
comment on column region_totals_history.attacks is 'Drones that struck, best, as intercepted_best';
comment on column region_totals_history.launched is 'Drones launched, best, as intercepted_best';
comment on column region_totals_history.days is 'Calendar days with a figure';
comment on column region_totals_history.undated_rows is 'Rows that could not be placed on a calendar day';
