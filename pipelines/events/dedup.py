"""Claims to events: one row per real-world event, however many outlets repeated it.

Two claims from different documents are the same event when they agree on type, place,
number and totality, their reporters are compatible (equal, or one unnamed), and their days
agree — or, when a day is unknown, their documents belong to the same story (they share at
least two such numbers: a syndicated copy in other words). Like GDELT's events and mentions,
every event links to all its claims.

The lake's claims are never all in Python at once. DuckDB (which spills to disk beyond
MEMORY_LIMIT; SQL in `sql/`) holds them and finds the document-to-story map. Events never span
two signatures, so claims are then read one range of signatures at a time; the grouping runs in
Polars and only the greedy assignment of claims to events walks the rows in Python, over small
integer codes. A last DuckDB pass links parts to their totals across ranges.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import polars as pl

from pipelines.events.figures import Statement, counted
from pipelines.events.periods import KIND_ORDER, with_periods

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
    "period_kind": pl.String,
    "period_start": pl.Int64,
    "period_end": pl.Int64,
    "stated_on": pl.Date,
    "counted": pl.Boolean,
}
PART_COLUMNS = {k: v for k, v in EVENT_COLUMNS.items() if k not in ("parent_event_id", "unallocated", "counted")}
LINK_COLUMNS = {"event_id": pl.String, "claim_id": pl.String}
RANGE_LINK_COLUMNS = {**LINK_COLUMNS, "total_claim_id": pl.String}
REJECTED = {"event_id": pl.String}
SIGNATURE = ["event_type", "region_code", "count", "count_low", "is_total"]
MAX_STORY_FANOUT = 50  # a number shared by more documents than this says nothing about a story
UNKNOWN = -1  # authority code of an unnamed reporter
PUBLISHED_LAG = 1  # days between an event and the publication of an undated copy that may join it
# claims read into Python at once, about 2 KB each at the peak (a signature with more is read
# alone); 25,000 costs no more CPU than 100,000 (1M claims: 775 MB peak against 942 MB)
RANGE_CLAIMS = 25_000
# DuckDB spills to disk beyond this; one thread, since each adds buffers and Python does most work
MEMORY_LIMIT = "256MB"
FIGURE_ROWS = 10_000  # rows (statement, document) of crowded groups read into Python at once
SQL_DIR = Path(__file__).parent / "sql"


def _sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def _sha(text: str, n: int) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:n]


def _codes(df: pl.DataFrame, column: str, name: str) -> pl.DataFrame:
    """`df` with `name`: the rank of `column` among its sorted distinct values (nulls kept equal)."""
    values = df.select(column).unique().sort(column, nulls_last=True).with_row_index(name)
    return df.join(values.with_columns(pl.col(name).cast(pl.Int64)), on=column, how="left", nulls_equal=True)


def _fits(member: tuple, doc: int, auth: int, day: int | None, pub: int | None, story: int) -> bool:
    """Whether a claim may join an event (see `_assign`)."""
    docs, named, days, stories, _ = member
    if doc in docs or (auth != UNKNOWN and named - {auth}):
        return False
    if day is not None and days:
        return day in days
    if story in stories:
        return True
    return day is None and pub is not None and any(pub - PUBLISHED_LAG <= d <= pub for d in days)


def _assign(rows: pl.DataFrame) -> list[int]:
    """Event number of each row, rows sorted by signature, then day (unknown last), document, claim.

    Within a signature, a claim joins the first earlier event (of its day, then of its story)
    that has no claim from its document, only compatible reporters, and its day, or its story
    when either day is unknown. An undated claim also joins a dated event of the day its document
    was published or the day before (the latest such): the same statement, repeated without its
    time phrase, takes its event's date rather than forming an undated event of its own."""
    out: list[int] = []
    events = 0
    current = None
    for sig, doc, auth, day, pub, story in rows.select("sig", "doc", "auth", "day", "pub", "story").iter_rows():
        if sig != current:
            current, members, by_day, by_story = sig, [], defaultdict(list), defaultdict(list)
        if day is not None:
            candidates = by_day[day] + by_story[story]
        else:
            near = range(pub, pub - PUBLISHED_LAG - 1, -1) if pub is not None else ()
            candidates = by_story[story] + [idx for d in near for idx in by_day[d]]
        home = next((idx for idx in candidates if _fits(members[idx], doc, auth, day, pub, story)), None)
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


def _events_of(claims: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(events, links with each claim's total_claim_id) of claims that hold whole signatures.

    An event's parent and remainder are left to `Deduplicator.write_events`: a total and its
    parts have different signatures, so they may lie in different ranges."""
    df = _codes(_codes(with_periods(claims), "content_hash", "doc"), "story_hash", "story")
    authorities = _codes(df.filter(pl.col("authority") != "unknown").select("authority").unique(), "authority", "auth")
    rows = (
        df.join(authorities, on="authority", how="left")
        .select(
            "claim_id",
            "doc",
            "sig",
            "story",
            *SIGNATURE,
            auth=pl.col("auth").fill_null(UNKNOWN),
            day=pl.col("date").cast(pl.Int32),
            pub=pl.col("published").cast(pl.Int32),
            date_text=pl.col("date_text"),
            total_claim_id=pl.col("total_claim_id"),
            period_rank=pl.col("period_kind").replace_strict(KIND_ORDER, range(len(KIND_ORDER)), return_dtype=pl.Int8),
            period_kind=pl.col("period_kind"),
            period_start=pl.col("period_start"),
            period_end=pl.col("period_end"),
        )
        .sort("sig", pl.col("day").is_null(), "day", "doc", "claim_id")
    )
    rows = rows.with_columns(event=pl.Series(_assign(rows), dtype=pl.Int64))
    story_ids = df.select("story", "story_hash").unique("story")
    story_ids = story_ids.select(
        "story", story_id=pl.col("story_hash").map_elements(lambda h: _sha(h, 16), return_dtype=pl.String)
    )
    events = rows.group_by("event", maintain_order=True).agg(
        pl.col("claim_id")
        .sort()
        .str.join("|")
        .map_elements(lambda ids: _sha(ids, 20), return_dtype=pl.String)
        .alias("event_id"),
        pl.col("claim_id").first().alias("first_claim_id"),
        pl.col("story", *SIGNATURE).first(),
        pl.col("auth").filter(pl.col("auth") != UNKNOWN).min(),
        pl.col("day").min(),
        pl.col("date_text").filter(pl.col("date_text") != "").first(),
        # the most definite period any of its claims states ("overnight" beats no time phrase)
        pl.col("period_kind", "period_start", "period_end").sort_by("period_rank", maintain_order=True).first(),
        pl.col("pub").min().alias("stated_on"),
        pl.len().cast(pl.Int64).alias("n_claims"),
        pl.col("doc").n_unique().cast(pl.Int64).alias("n_documents"),
    )
    links = rows.select("event", "claim_id", "total_claim_id").join(
        events.select("event", "event_id"), on="event", how="left"
    )
    evidence = claims.select(first_claim_id="claim_id", evidence="evidence")
    events = (
        events.join(authorities, on="auth", how="left")
        .join(story_ids, on="story", how="left")
        .join(evidence, on="first_claim_id", how="left")
        .with_columns(
            authority=pl.col("authority").fill_null("unknown"),
            date=pl.col("day").cast(pl.Date),
            stated_on=pl.col("stated_on").cast(pl.Date),
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
        .select(*PART_COLUMNS)
        .cast(PART_COLUMNS)
    )
    return events, links.select("event_id", "claim_id", "total_claim_id")


def _left_out(group: list[Statement]) -> list[str]:
    kept = {s.event_id for s in counted(group)} if group else set()
    return [s.event_id for s in group if s.event_id not in kept]


def _ranges(sizes: Iterable[tuple[int, int]], limit: int) -> Iterator[tuple[int, int]]:
    """(first, last) signature codes of consecutive signatures holding about `limit` claims
    together; a signature with more claims than that is a range of its own."""
    first = last = None
    held = 0
    for sig, n in sizes:
        if first is not None and held + n > limit:
            yield first, last
            first, held = None, 0
        if first is None:
            first = sig
        last, held = sig, held + n
    if first is not None:
        yield first, last


class Deduplicator:
    """Events of every claim, derived a range of signatures at a time.

    The claims and the document-to-story map live in DuckDB, which spills to `workdir` beyond
    MEMORY_LIMIT; Python holds one range of claims (about RANGE_CLAIMS) and its events at a
    time, and writes each range's events as Parquet parts. Use: `for events, links in
    d.parts(): d.keep(events, links)`, then `write_events` and `write_links`."""

    def __init__(self, workdir: Path, claims: list[str] | pl.DataFrame) -> None:
        self.parts_dir = workdir / "parts"
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        self.written: dict[str, list[str]] = {"event_parts": [], "link_parts": [], "rejected": []}
        self._write_parts(  # empty parts give the views their types when no range has any
            pl.DataFrame(schema=PART_COLUMNS), pl.DataFrame(schema=RANGE_LINK_COLUMNS), pl.DataFrame(schema=REJECTED)
        )
        # in memory, but its tables spill to `workdir` beyond the limit like any other buffer
        self.con = duckdb.connect(
            config={"memory_limit": MEMORY_LIMIT, "threads": 1, "temp_directory": str(workdir / "spill")}
        )
        if isinstance(claims, pl.DataFrame):  # in memory already: its repeats are dropped here
            frame = claims.unique("claim_id", keep="first", maintain_order=True).with_columns(
                batch=pl.lit(None, pl.String), filename=pl.lit(""), row=pl.lit(0)
            )
            self.con.register("claims_in", frame.to_arrow())
        else:
            scan = self.con.read_parquet(
                claims, hive_partitioning=True, union_by_name=True, filename=True, file_row_number=True
            )
            scan.select('*, file_row_number as "row"').create_view("claims_in")
        self.con.execute(_sql("claims.sql"))
        self.con.execute(_sql("story_edges.sql"), {"fanout": MAX_STORY_FANOUT})
        self.con.execute(_sql("story_roots.sql"))
        while self._story_step():
            pass
        self.con.execute(_sql("claims_sorted.sql"))

    def __enter__(self) -> Deduplicator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()

    def _story_step(self) -> bool:
        """One step of every document towards its story's root; False once none moved."""
        self.con.execute(_sql("story_step.sql"))
        (moved,) = self.con.execute(
            "select count(*) from story_next n join story_roots r using (doc) where n.root <> r.root"
        ).fetchone()
        self.con.execute("drop table story_roots; alter table story_next rename to story_roots")
        return moved > 0

    def parts(self) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
        """(events, links) of each range of signatures; see `_events_of`."""
        sizes = self.con.execute("select sig, count(*) from claims group by sig order by sig").fetchall()
        for first, last in _ranges(sizes, RANGE_CLAIMS):
            claims = self.con.execute("select * from claims where sig between $1 and $2", [first, last]).pl()
            yield _events_of(claims)

    def keep(self, events: pl.DataFrame, links: pl.DataFrame, rejected: pl.Series | None = None) -> None:
        """Store a range's events and links as Parquet parts; `rejected` event ids are left out of
        the output."""
        self._write_parts(events, links, pl.DataFrame({"event_id": rejected if rejected is not None else []}, REJECTED))

    def _write_parts(self, events: pl.DataFrame, links: pl.DataFrame, rejected: pl.DataFrame) -> None:
        for table, frame in (("event_parts", events), ("link_parts", links), ("rejected", rejected)):
            if not (frame.is_empty() and self.written[table]):
                path = self.parts_dir / f"{table}-{len(self.written[table]):05d}.parquet"
                frame.write_parquet(path, compression="lz4")
                self.written[table].append(str(path))

    def _parts(self) -> None:
        """Views `event_parts`, `link_parts` and `rejected` over the parts kept so far."""
        for table, files in self.written.items():
            self.con.read_parquet(files).create_view(table, replace=True)

    def _superseded(self) -> None:
        """Table `superseded`: the events that do not count in their authority's figure for their
        place, type and day (figures.py), read group by group and stored FIGURE_ROWS at a time."""
        self.con.execute("create or replace table superseded (event_id varchar)")
        reader = self.con.cursor()  # its own connection: the result streams while `con` stores
        cursor = reader.execute(_sql("figure_candidates.sql"))
        group: list[Statement] = []
        key = None
        dropped: list[str] = []
        # one row per statement and document, sorted by group then event: a statement is whole
        # once the next row belongs to another event
        while batch := cursor.fetchmany(FIGURE_ROWS):
            for *group_key, event_id, amount, kind, start, end, stated_on, doc, sentence in batch:
                if group and group[-1].event_id == event_id and group_key == key:
                    group[-1].positions[doc] = sentence
                    continue
                if group_key != key:
                    dropped += _left_out(group)
                    group, key = [], group_key
                group.append(Statement(event_id, amount, kind, start, end, stated_on, {doc: sentence}))
            if len(dropped) >= FIGURE_ROWS:
                self._store_superseded(dropped)
                dropped = []
        reader.close()
        self._store_superseded(dropped + _left_out(group))

    def _store_superseded(self, event_ids: list[str]) -> None:
        self.con.register("superseded_in", pl.DataFrame({"event_id": event_ids}, schema=REJECTED).to_arrow())
        self.con.execute("insert into superseded select event_id from superseded_in")
        self.con.unregister("superseded_in")

    def write_events(self, path: Path) -> None:
        self._parts()
        self._superseded()
        self.con.sql(_sql("events.sql")).write_parquet(str(path))

    def write_links(self, path: Path) -> None:
        self._parts()
        self.con.sql(_sql("event_claims.sql")).write_parquet(str(path))

    def counts(self) -> dict[str, int]:
        """Events kept, claims linked, and events with more than one document."""
        self._parts()
        events, multi = self.con.execute(
            "select count(*), count(*) filter (n_documents > 1) from event_parts anti join rejected using (event_id)"
        ).fetchone()
        (links,) = self.con.execute("select count(*) from link_parts anti join rejected using (event_id)").fetchone()
        return {"events": events, "linked_claims": links, "multi_source_events": multi}


def build_events(claims: pl.DataFrame | pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(events, event_claims) of a frame of claims, in memory (the pipeline writes them in parts:
    `Deduplicator`). A claim id found twice (one text extracted in two batches) counts once."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with Deduplicator(work, claims.lazy().collect()) as dedup:
            for events, links in dedup.parts():
                dedup.keep(events, links)
            dedup.write_events(work / "events.parquet")
            dedup.write_links(work / "event_claims.parquet")
        return pl.read_parquet(work / "events.parquet"), pl.read_parquet(work / "event_claims.parquet")
