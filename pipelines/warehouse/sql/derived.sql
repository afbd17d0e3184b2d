-- The tables derive_events recomputes from every claim on each run (events_in, event_claims_in,
-- event_rejects_in: the lake's derived Parquet files). A publish replaces them whole (a new table:
-- deleting a million rows from a keyed one costs seconds); rejects of events have no batch (they
-- belong to no lake batch).

create or replace table events (
    event_id        varchar not null, -- unique (EventSchema); no key index: a million keys need
                                      -- memory the build does not have beside the copied indexes
    event_type      varchar not null,
    region_code     varchar not null,
    count           bigint,
    count_low       bigint,
    amount          bigint not null,  -- count, or the lower bound of a vague one
    authority       varchar not null,
    date            date,
    date_text       varchar,
    day_key         varchar not null, -- the date, or 'undated:<story>:<time expression>'
    story_id        varchar not null,
    is_total        boolean not null,
    parent_event_id varchar,          -- the total event this one is a part of
    unallocated     bigint,           -- for totals: amount minus the parts the text gave
    n_claims        bigint not null,
    n_documents     bigint not null,
    evidence        varchar not null,
    period_kind     varchar not null, -- window | night | day | running | unstated (events/periods.py)
    period_start    bigint,           -- a window's minutes from 00:00 of `date` (a night's start is negative)
    period_end      bigint,
    stated_on       date,             -- the first publication date of its documents
    counted         boolean not null  -- one of the statements its authority's figure is made of
);

create or replace table event_claims (
    event_id varchar not null,
    claim_id varchar not null
);

insert into events
select event_id, event_type, region_code, count, count_low, amount, authority, date, date_text,
       day_key, story_id, is_total, parent_event_id, unallocated, n_claims, n_documents, evidence,
       period_kind, period_start, period_end, stated_on, counted
from events_in order by event_id;

insert into event_claims select event_id, claim_id from event_claims_in order by event_id, claim_id;

delete from rejects where batch is null;

insert into rejects
select stage, source, line, doc_id, claim_id, "check", reason, detail, null
from event_rejects_in
order by stage, source, line, doc_id, claim_id;

comment on table events is 'One real-world statement, however many outlets repeated it (pipelines/events/dedup.py)';
comment on column events.event_id is 'Hash of its claim ids';
comment on column events.event_type is 'intercept | launch | attack';
comment on column events.region_code is 'ISO 3166-2 region, a country (ISO 3166-1) or a sea';
comment on column events.count is 'Exact number, when stated';
comment on column events.count_low is 'Lower bound of a vague number';
comment on column events.amount is 'count, or count_low: what aggregates add up';
comment on column events.authority is 'role:jurisdiction of the reporter, or unknown';
comment on column events.date is 'Calendar day; null when no claim dates it';
comment on column events.date_text is 'A time expression of its claims';
comment on column events.day_key is 'The date, or ''undated:<story>:<time expression>''';
comment on column events.story_id is 'The story (syndicated copies) of its first documents';
comment on column events.is_total is 'A sum over several regions (country code)';
comment on column events.parent_event_id is 'The total event this one is a part of';
comment on column events.unallocated is 'For totals: amount minus the parts the text gave';
comment on column events.n_claims is 'Claims linked';
comment on column events.n_documents is 'Documents that report it';
comment on column events.evidence is 'The sentence of its first claim';
comment on column events.period_kind is 'window | night | day | running | unstated (pipelines/events/periods.py)';
comment on column events.period_start is 'A window''s start, minutes from 00:00 of date (negative: the day before)';
comment on column events.period_end is 'A window''s end, minutes from 00:00 of date';
comment on column events.stated_on is 'First publication date of its documents';
comment on column events.counted is 'One of the statements its authority''s figure for its place, type and day is made of';
comment on table event_claims is 'Which claims report which event';
comment on column event_claims.event_id is 'The event';
comment on column event_claims.claim_id is 'A claim that reports it';
