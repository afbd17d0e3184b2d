-- Questions about earlier states of the warehouse, over publishes, claims_history and
-- region_totals_history (schema.sql). A publish is named by its id; publish_at(t) and
-- publish_of_version(v) turn a time or an extractor version into one.
--   select * from region_totals_as_of(publish_of_version('0123456789ab'));
--   select * from region_totals_as_of(publish_at(timestamp '2026-05-03 23:59:59'));
--   select * from version_changes('0123456789ab', 'ba9876543210') where change = 'changed';

-- the last publish at or before time t
create or replace macro publish_at(t) as
    (select max(publish_id) from publishes where published_at <= t);

-- the last publish whose claims were all extracted by version v
create or replace macro publish_of_version(v) as
    (select max(publish_id) from publishes where extractor_version = v);

-- the claims publish p held
create or replace macro claims_as_of(p) as table
    select * exclude (row_hash, valid_from, valid_from_at, valid_to, valid_to_at)
    from claims_history
    where valid_from <= p and (valid_to is null or valid_to > p);

-- region_totals as publish p showed it
create or replace macro region_totals_as_of(p) as table
    select * exclude (publish_id)
    from region_totals_history
    where publish_id = p
    order by intercepted_best desc, region_code;

-- What changed from publish a to publish b: claims added, removed or changed (the same statement,
-- the same text, sentence, event type and place, with another figure, reporter, date or rule),
-- with the rule and the extractor version on both sides.
create or replace macro claim_changes(a, b) as table
    with before as (
        select *, row_number() over (
            partition by content_hash, sentence_index, event_type, region_code order by claim_id) as k
        from claims_as_of(a)
    ),
    after as (
        select *, row_number() over (
            partition by content_hash, sentence_index, event_type, region_code order by claim_id) as k
        from claims_as_of(b)
    )
    select
        case when o.claim_id is null then 'added' when n.claim_id is null then 'removed' else 'changed' end
            as change,
        coalesce(n.doc, o.doc) as doc,
        coalesce(n.content_hash, o.content_hash) as content_hash,
        coalesce(n.sentence_index, o.sentence_index) as sentence_index,
        coalesce(n.event_type, o.event_type) as event_type,
        coalesce(n.region_code, o.region_code) as region_code,
        o.rule as rule_before, n.rule as rule_after,
        o.count as count_before, n.count as count_after,
        o.authority as authority_before, n.authority as authority_after,
        o.date as date_before, n.date as date_after,
        o.claim_id as claim_id_before, n.claim_id as claim_id_after,
        o.extractor_version as version_before, n.extractor_version as version_after,
        coalesce(n.evidence, o.evidence) as evidence
    from before o
    full join after n
        on o.content_hash = n.content_hash and o.sentence_index = n.sentence_index
        and o.event_type = n.event_type and o.region_code = n.region_code and o.k = n.k
    where o.claim_id is null or n.claim_id is null
        or (o.count, o.count_low, o.authority, o.date, o.date_text, o.is_total, o.rule, o.localities)
            is distinct from (n.count, n.count_low, n.authority, n.date, n.date_text, n.is_total, n.rule, n.localities);

-- the claims version vb added, removed or changed against version va (their last publishes)
create or replace macro version_changes(va, vb) as table
    select * from claim_changes(publish_of_version(va), publish_of_version(vb));

-- how each region's totals moved from publish a to publish b, the largest moves first
create or replace macro region_moves(a, b) as table
    select coalesce(n.region_code, o.region_code) as region_code,
           coalesce(o.intercepted_best, 0) as intercepted_best_before,
           coalesce(n.intercepted_best, 0) as intercepted_best_after,
           coalesce(n.intercepted_best, 0) - coalesce(o.intercepted_best, 0) as intercepted_best_moved,
           coalesce(o.launched, 0) as launched_before,
           coalesce(n.launched, 0) as launched_after,
           coalesce(o.attacks, 0) as attacks_before,
           coalesce(n.attacks, 0) as attacks_after
    from (select * from region_totals_history where publish_id = a) o
    full join (select * from region_totals_history where publish_id = b) n using (region_code)
    where (o.intercepted_best, o.launched, o.attacks) is distinct from (n.intercepted_best, n.launched, n.attacks)
    order by abs(intercepted_best_moved) desc,
             abs(coalesce(n.launched, 0) - coalesce(o.launched, 0)) + abs(coalesce(n.attacks, 0) - coalesce(o.attacks, 0)) desc,
             region_code;

-- What is new since time ts: the claims this file holds that no publish held at ts, each with its
-- document, place name and the batch's ingest time. Publish times are UTC; ts may carry its time
-- zone (`now() - interval 1 day`), a plain timestamp or date is read in the session's time zone.
--   select * from changes_since(now() - interval 1 day);
create or replace macro changes_since(ts) as table
    select h.valid_from_at as published_at, b.ingested_at, h.region_code, r.name_en as region_name,
           h.event_type, h.count, h.count_low, h.authority, h.date, h.date_text,
           h.doc, d.title, d.url, d.published, h.evidence, h.claim_id, h.batch
    from claims_history h
    left join documents d using (content_hash)
    left join regions r on r.code = h.region_code
    left join staging.lake_batches b on b.batch = h.batch
    where h.valid_to is null
      and timezone('UTC', h.valid_from_at) > ts
      and h.claim_id not in (
          select claim_id from claims_history
          where timezone('UTC', valid_from_at) <= ts
            and (valid_to_at is null or timezone('UTC', valid_to_at) > ts)
      )
    order by h.valid_from_at, h.doc, h.sentence_index, h.claim_id;

-- What the shell's `duckdb_functions()` says about each macro.
comment on macro publish_at is 'The last publish at or before time t (publishes.publish_id)';
comment on macro publish_of_version is 'The last publish whose claims were all extracted by version v';
comment on macro table claims_as_of is 'The claims publish p held';
comment on macro table region_totals_as_of is 'region_totals as publish p showed it';
comment on macro table claim_changes is 'Claims added, removed or changed from publish a to publish b';
comment on macro table version_changes is 'Claims extractor version vb added, removed or changed against version va';
comment on macro table region_moves is 'How each region''s totals moved from publish a to publish b';
comment on macro table changes_since is 'What is new since time ts: claims held now that no publish held at ts, with their documents';
