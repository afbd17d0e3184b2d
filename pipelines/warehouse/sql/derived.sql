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
