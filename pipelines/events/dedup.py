"""Claims to events: one row per real-world event, however many outlets repeated it.

Two claims from different documents are the same event when they agree on type, place,
number and totality, their reporters are compatible (equal, or one unnamed), and their days
agree — or, when a day is unknown, their documents belong to the same story (they share at
least two such numbers: a syndicated copy in other words). Like GDELT's events and mentions,
every event links to all its claims.

The grouping and aggregation run in Polars; only the greedy assignment of claims to events
walks the rows in Python, one signature group at a time over small integer codes, so memory
stays flat in the number of claims.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

import polars as pl

EVENT_COLUMNS = {
    "event_id": pl.String,
    "event_type": pl.String,
    "region_code": pl.String,
    "count": pl.Int64,
    "count_low": pl.Int64,
    "amount": pl.Int64,
    "authority": pl.String,
    "date": pl.Date,
    "date_text": pl.String,
    "day_key": pl.String,
    "story_id": pl.String,
    "is_total": pl.Boolean,
    "parent_event_id": pl.String,
    "unallocated": pl.Int64,
    "n_claims": pl.Int64,
    "n_documents": pl.Int64,
    "evidence": pl.String,
}
LINK_COLUMNS = {"event_id": pl.String, "claim_id": pl.String}
# what deduplication reads of a claim (and the evidence of one claim per event)
CLAIM_COLUMNS = (
    "claim_id",
    "content_hash",
    "event_type",
    "region_code",
    "count",
    "count_low",
    "authority",
    "date",
    "date_text",
    "is_total",
    "total_claim_id",
)
SIGNATURE = ["event_type", "region_code", "count", "count_low", "is_total"]
MAX_STORY_FANOUT = 50  # a number shared by more documents than this says nothing about a story
UNKNOWN = -1  # authority code of an unnamed reporter


def _sha(text: str, n: int) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def _codes(df: pl.DataFrame, column: str, name: str) -> pl.DataFrame:
    """`df` with `name`: the rank of `column` among its sorted distinct values (nulls kept equal)."""
    values = df.select(column).unique().sort(column, nulls_last=True).with_row_index(name)
    return df.join(values.with_columns(pl.col(name).cast(pl.Int64)), on=column, how="left", nulls_equal=True)


def _compatible(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    return (a == b) | (a == UNKNOWN) | (b == UNKNOWN)


def _story_roots(df: pl.DataFrame) -> dict[int, int]:
    """Document code -> its story's root (smallest document code): documents sharing two or more
    compatible numbers are one story."""
    first = df.group_by("sig", "doc", maintain_order=True).agg(pl.col("auth").first(), pl.col("day").first())
    small = first.filter(pl.len().over("sig").is_between(2, MAX_STORY_FANOUT))
    pairs = (
        small.join(small, on="sig", suffix="_b")
        .filter(
            (pl.col("doc") < pl.col("doc_b"))
            & _compatible(pl.col("auth"), pl.col("auth_b"))
            & (pl.col("day").is_null() | pl.col("day_b").is_null() | (pl.col("day") == pl.col("day_b")))
        )
        .group_by("doc", "doc_b")
        .len()
        .filter(pl.col("len") >= 2)
    )
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs.select("doc", "doc_b").iter_rows():
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {doc: find(doc) for doc in parent}


def _assign(rows: pl.DataFrame) -> list[int]:
    """Event number of each row, rows sorted by signature, then day (unknown last), document, claim.

    Within a signature, a claim joins the first earlier event (of its day, then of its story)
    that has no claim from its document, only compatible reporters, and its day, or its story
    when either day is unknown."""
    out: list[int] = []
    events = 0
    current = None
    for sig, doc, auth, day, story in rows.select("sig", "doc", "auth", "day", "story").iter_rows():
        if sig != current:
            current, members, by_day, by_story = sig, [], defaultdict(list), defaultdict(list)
        home = None
        for idx in (by_day[day] if day is not None else []) + by_story[story]:
            docs, named, days, stories, _ = members[idx]
            if doc in docs or (auth != UNKNOWN and named - {auth}):
                continue
            if day is not None and days and day not in days:
                continue
            if (day is None or not days) and story not in stories:
                continue
            home = idx
            break
        if home is None:
            home = len(members)
            members.append((set(), set(), set(), set(), events))
            events += 1
        docs, named, days, stories, number = members[home]
        docs.add(doc)
        if auth != UNKNOWN:
            named.add(auth)
        if day is not None:
            days.add(day)
            if home not in by_day[day]:
                by_day[day].append(home)
        stories.add(story)
        if home not in by_story[story]:
            by_story[story].append(home)
        out.append(number)
    return out


def build_events(claims: pl.DataFrame | pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(events, event_claims) from every claim the warehouse holds.

    `claims` may be a lazy scan of the lake: only the columns used are read, and the evidence
    only for the one claim that represents each event. A claim id found twice (one text
    extracted in two batches) counts once."""
    lf = claims.lazy()
    df = lf.select(*CLAIM_COLUMNS).unique("claim_id", keep="any").collect()
    if df.is_empty():
        return pl.DataFrame(schema=EVENT_COLUMNS), pl.DataFrame(schema=LINK_COLUMNS)
    df = _codes(df, "content_hash", "doc")
    docs = df.select("doc", "content_hash").unique("doc")
    sigs = df.select(SIGNATURE).unique(maintain_order=True).with_row_index("sig")
    authorities = _codes(df.filter(pl.col("authority") != "unknown").select("authority").unique(), "authority", "auth")
    df = (
        df.join(sigs, on=SIGNATURE, how="left", nulls_equal=True)
        .join(authorities, on="authority", how="left")
        .select(
            "claim_id",
            "doc",
            "sig",
            auth=pl.col("auth").fill_null(UNKNOWN),
            day=pl.col("date").cast(pl.Int32),
            date_text=pl.col("date_text"),
            total_claim_id=pl.col("total_claim_id"),
        )
        .sort("claim_id")  # joins do not keep row order; a document's first claim is by id
    )
    roots = _story_roots(df)
    rows = df.with_columns(
        story=pl.col("doc").replace_strict(roots, default=pl.col("doc"), return_dtype=pl.Int64)
    ).sort("sig", pl.col("day").is_null(), "day", "doc", "claim_id")
    del df
    rows = rows.with_columns(event=pl.Series(_assign(rows), dtype=pl.Int64))
    story_ids = docs.select(
        story="doc", story_id=pl.col("content_hash").map_elements(lambda h: _sha(h, 16), return_dtype=pl.String)
    )

    events = rows.group_by("event", maintain_order=True).agg(
        pl.col("claim_id")
        .sort()
        .str.join("|")
        .map_elements(lambda ids: _sha(ids, 20), return_dtype=pl.String)
        .alias("event_id"),
        pl.col("claim_id").first().alias("first_claim_id"),
        pl.col("sig", "story").first(),
        pl.col("auth").filter(pl.col("auth") != UNKNOWN).min(),
        pl.col("day").min(),
        pl.col("date_text").filter(pl.col("date_text") != "").first(),
        pl.len().cast(pl.Int64).alias("n_claims"),
        pl.col("doc").n_unique().cast(pl.Int64).alias("n_documents"),
    )
    links = rows.select("event", "claim_id", "total_claim_id").join(
        events.select("event", "event_id"), on="event", how="left"
    )
    del rows
    # a part's event points at the event of the total it belongs to (the first, if its claims disagree)
    parents = (
        links.filter(pl.col("total_claim_id").is_not_null())
        .join(links.select(total_claim_id="claim_id", parent_event_id="event_id"), on="total_claim_id", how="inner")
        .group_by("event")
        .agg(pl.col("parent_event_id").min())
    )
    evidence = (
        lf.select(first_claim_id="claim_id", evidence="evidence")
        .join(events.lazy().select("first_claim_id"), on="first_claim_id", how="semi")
        .unique("first_claim_id", keep="any")
        .collect()
    )
    events = (
        events.join(parents, on="event", how="left")
        .join(sigs, on="sig", how="left")
        .join(authorities, on="auth", how="left")
        .join(story_ids, on="story", how="left")
        .join(evidence, on="first_claim_id", how="left")
        .with_columns(
            authority=pl.col("authority").fill_null("unknown"),
            date=pl.col("day").cast(pl.Date),
            amount=pl.coalesce("count", "count_low"),
        )
        .with_columns(
            day_key=pl.when(pl.col("date").is_not_null())
            .then(pl.col("date").cast(pl.String))
            .otherwise(
                pl.format(
                    "undated:{}:{}",
                    "story_id",
                    pl.col("date_text").fill_null("-").str.strip_chars().str.to_lowercase(),
                )
            )
        )
    )
    allocated = events.group_by(event_id="parent_event_id").agg(pl.col("amount").sum().alias("allocated"))
    events = (
        events.join(allocated.drop_nulls("event_id"), on="event_id", how="left")
        .with_columns(unallocated=pl.when(pl.col("is_total")).then(pl.col("amount") - pl.col("allocated").fill_null(0)))
        .select(*EVENT_COLUMNS)
        .cast(EVENT_COLUMNS)
        .sort("event_id")
    )
    return events, links.select("event_id", "claim_id").sort("event_id", "claim_id")
