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

-- The lake batches this file was built from: the next publish copies the file and adds only
-- the batches it lacks, if the lake and the SQL are the same as when it was built.
create table lake_batches (
    batch       varchar primary key,
    lake_id     varchar not null,     -- the lake's identity (lake/lake-id)
    sql_version varchar not null      -- hash of the SQL files that shape the file
);

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
