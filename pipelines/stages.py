"""The pipeline's steps as plain functions: ingest, extract, derive events, publish.

Dagster assets (in `assets/`) call these; so does `uav-etl extract`. Each step reads what
the previous one left in the lake, so a step can be re-run on its own.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.config import Settings
from pipelines.events.dedup import Deduplicator
from pipelines.extraction.batch import extract_documents
from pipelines.ingestion.inbox import Document, Reject, duplicate_id, read_documents
from pipelines.ingestion.known import Known
from pipelines.validation.schemas import REJECT_COLUMNS, ClaimSchema, EventSchema, empty_rejects, validate
from pipelines.warehouse.build import DOCUMENT_SCHEMA, FILE_SCHEMA, SOURCE_SCHEMA, build_warehouse
from pipelines.warehouse.lake import SHARDS, Lake, shard_of

log = logging.getLogger("uav_etl")
STAGING_PART = 20_000  # documents buffered before a staging write: bounded memory whatever the inbox size
VALIDATE_ROWS = 20_000  # claim rows per Pandera call
STAGED_SCHEMA = {**DOCUMENT_SCHEMA, "text": pl.String, "source": pl.String, "line": pl.Int64}


def rejects_frame(rejects: Iterable[Reject]) -> pl.DataFrame:
    rows = [
        {
            "stage": r.stage,
            "source": r.source,
            "line": r.line,
            "doc_id": r.doc_id,
            "claim_id": None,
            "check": r.check,
            "reason": r.reason,
            "detail": None,
        }
        for r in rejects
    ]
    return pl.DataFrame(rows, schema=REJECT_COLUMNS)


@dataclass
class IngestResult:
    new: int = 0
    known: int = 0  # already in the warehouse (same text seen before)
    extra_sources: int = 0  # the same text under another name
    rejected: int = 0
    files: int = 0
    unchanged_files: int = 0  # read before, unchanged, every text already in the lake: not read again
    reject_reasons: list[str] = field(default_factory=list)  # the first 20


class _Manifest:
    """What each inbox file looked like when it was last read, and the texts it gave.

    A file is read again only if it changed or one of its texts has not reached a batch yet
    (its extraction failed or has not run), so an incremental run reads only what is new."""

    def __init__(self, previous: dict[str, tuple[int, int, bool]]) -> None:
        self.previous = previous
        self.read: dict[str, dict] = {}
        self.unchanged = 0

    def skip(self, source: str, st: os.stat_result) -> bool:
        if self.previous.get(source) == (st.st_mtime_ns, st.st_size, True):
            self.unchanged += 1
            return True
        self.read[source] = {"source": source, "mtime_ns": st.st_mtime_ns, "size": st.st_size, "hashes": []}
        return False

    def gave(self, item: Document) -> None:
        if item.source in self.read:
            self.read[item.source]["hashes"].append(item.content_hash)

    def take(self, but: str | None = None) -> pl.DataFrame:
        """The files read to the end (all but `but`, which may give more texts), forgotten here."""
        done = [self.read.pop(source) for source in [s for s in self.read if s != but]]
        return pl.DataFrame(done, schema=FILE_SCHEMA)


class _Ingest:
    """One ingest, a part of the inbox (STAGING_PART items) at a time: each part is looked up in
    `Known` and written out before the next is read, so memory stays flat whatever the inbox."""

    def __init__(self, lake: Lake, known: Known) -> None:
        self.known = known
        self.manifest = _Manifest(known.previous_files())
        self.staging = lake.begin_staging()
        self.final = lake.begin_batch()  # rejects, the file manifest, new names for known texts
        self.result = IngestResult()
        self.part: list[Document | Reject] = []
        self.last_source: str | None = None

    def add(self, item: Document | Reject) -> None:
        if item.source != self.last_source:  # a file's items come together
            self.result.files += 1
            self.last_source = item.source
        self.part.append(item)
        if len(self.part) >= STAGING_PART:
            self._flush()

    def commit(self) -> IngestResult:
        self._flush()
        self.final.write("files", self.manifest.take())
        self.staging.commit()
        self.final.commit()
        self.result.unchanged_files = self.manifest.unchanged
        return self.result

    def _flush(self) -> None:
        texts = [item for item in self.part if isinstance(item, Document)]
        seen = self.known.look_up([d.doc_id for d in texts], [d.content_hash for d in texts])
        docs: list[dict] = []
        sources: list[dict] = []  # for texts staged in this run
        known_text_sources: list[dict] = []
        rejects: list[Reject] = []
        new_texts: list[str] = []
        new_ids: list[tuple[str, str, str]] = []
        for item in self.part:
            if isinstance(item, Reject):
                rejects.append(item)
                continue
            first = seen.run_ids.get(item.doc_id)
            if first is None:
                seen.run_ids[item.doc_id] = (item.content_hash, item.source)
                new_ids.append((item.doc_id, item.content_hash, item.source))
            elif first[0] != item.content_hash:
                rejects.append(duplicate_id(item, first[1]))
                continue
            previous = seen.lake_ids.get(item.doc_id)
            if previous and previous != item.content_hash:
                rejects.append(
                    Reject(
                        item.source,
                        item.line,
                        f"id {item.doc_id!r} already names a different text in the warehouse",
                        item.doc_id,
                        check="duplicate_id",
                    )
                )
                continue
            self.manifest.gave(item)
            source = {
                "content_hash": item.content_hash,
                "doc_id": item.doc_id,
                "source": item.source,
                "line": item.line,
            }
            # a name seen before may be recorded again (a file re-read); the warehouse keeps it once
            if item.content_hash in seen.lake_texts:
                known_text_sources.append(source)
                self.result.known += 1
                continue
            sources.append(source)
            if item.content_hash in seen.run_texts:
                self.result.extra_sources += 1
                continue
            seen.run_texts.add(item.content_hash)
            new_texts.append(item.content_hash)
            docs.append(_doc_row(item))
            self.result.new += 1
        for shard, part in _by_shard(pl.DataFrame(docs, schema=STAGED_SCHEMA)):
            self.staging.write(shard, "documents", part)
        for shard, part in _by_shard(pl.DataFrame(sources, schema=SOURCE_SCHEMA)):
            self.staging.write(shard, "sources", part)
        self.final.write("sources", pl.DataFrame(known_text_sources, schema=SOURCE_SCHEMA))
        self.final.write("rejects", rejects_frame(rejects))
        self.final.write("files", self.manifest.take(but=self.last_source))
        self.known.remember(new_texts, new_ids)
        self.result.rejected += len(rejects)
        self.result.reject_reasons += [
            f"{r.source}{':' + str(r.line) if r.line else ''}: {r.reason}"
            for r in rejects[: 20 - len(self.result.reject_reasons)]
        ]
        self.part.clear()


def ingest(settings: Settings, paths: list[Path] | None = None) -> IngestResult:
    """Scan the inbox; stage documents whose text the lake has not seen, by shard, with their sources.

    Rejects, the file manifest and new names for known texts are final: they are committed at
    once as a batch of their own."""
    lake = Lake(settings.lake)
    for leftover in lake.remove_leftovers():
        log.warning("removed %s left by an interrupted run", leftover)
    with lake.scratch("ingest") as workdir, Known(lake, workdir) as known:
        run = _Ingest(lake, known)
        for item in read_documents(paths or [settings.inbox], skip=run.manifest.skip, check_ids=False):
            run.add(item)
        result = run.commit()
    log.info(
        "ingest: %d new, %d already known, %d rejected, %d unchanged files skipped",
        result.new,
        result.known,
        result.rejected,
        result.unchanged_files,
    )
    return result


def _by_shard(frame: pl.DataFrame) -> Iterable[tuple[str, pl.DataFrame]]:
    if frame.is_empty():
        return []
    keyed = frame.with_columns(_shard=pl.col("content_hash").map_elements(shard_of, return_dtype=pl.String))
    return [(shard, part.drop("_shard")) for (shard,), part in keyed.partition_by("_shard", as_dict=True).items()]


def _doc_row(d: Document) -> dict:
    return {
        "doc_id": d.doc_id,
        "content_hash": d.content_hash,
        "title": d.title,
        "url": d.url,
        "published": d.published,
        "n_chars": len(d.text),
        "text": d.text,
        "source": d.source,
        "line": d.line,
    }


def staged_documents(parts: Iterable[Path]) -> Iterable[Document]:
    for part in parts:
        for row in pl.read_parquet(part).iter_rows(named=True):
            yield Document(
                row["doc_id"],
                row["content_hash"],
                row["text"],
                row["title"],
                row["url"],
                row["published"],
                row["source"],
                row["line"],
            )


@dataclass
class ExtractResult:
    documents: int = 0
    claims: int = 0
    rejected_claims: int = 0
    extract_rejects: int = 0
    batch: str | None = None

    @property
    def reject_share(self) -> float:
        total = self.claims + self.rejected_claims
        return self.rejected_claims / total if total else 0.0


def extract_and_validate(
    docs: Iterable[Document], workers: int | None = None
) -> Iterable[tuple[pl.DataFrame, pl.DataFrame, int]]:
    """(valid claims, rejects, documents done) per chunk: what the pipeline stores, in order.

    Claims are validated in batches of about VALIDATE_ROWS rows, since a Pandera call costs
    mostly per call; chunks in between yield their extraction rejects and no claims yet."""
    pending: list[pl.DataFrame] = []
    for claims, rejects, n in extract_documents(docs, workers=workers):
        pending.append(claims)
        found = rejects_frame(rejects)
        if sum(f.height for f in pending) < VALIDATE_ROWS:
            yield pl.DataFrame(schema=claims.schema), found, n
            continue
        good, bad = validate(pl.concat(pending), ClaimSchema, "claim_id", "validate_claims")
        pending.clear()
        yield good, pl.concat([found, bad]), n
    if pending:
        good, bad = validate(pl.concat(pending), ClaimSchema, "claim_id", "validate_claims")
        yield good, bad, 0


def extract(
    settings: Settings,
    shards: Iterable[str] = SHARDS,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ExtractResult:
    """Extract and validate the documents staged in `shards`, then commit them as one lake batch.

    Each shard's staging folder is taken with a rename first, so extractions of different
    shards (Dagster partitions) can run at the same time, and a new ingest never pulls
    documents from under a running extraction."""
    lake = Lake(settings.lake)
    result = ExtractResult()
    taken = [d for d in (lake.take_staging(s) for s in shards) if d is not None]
    writer = lake.begin_batch()
    for folder in taken:
        for name in ("documents", "sources"):
            for part in sorted(folder.glob(f"{name}-*.parquet")):
                writer.write(name, pl.read_parquet(part))
    parts = [p for folder in taken for p in sorted(folder.glob("documents-*.parquet"))]
    for good, bad, n in extract_and_validate(staged_documents(parts), workers):
        writer.write("claims", good)
        writer.write("rejects", bad)
        result.documents += n
        result.claims += good.height
        result.rejected_claims += bad.filter(pl.col("stage") == "validate_claims").height
        result.extract_rejects += bad.filter(pl.col("stage") != "validate_claims").height
        if progress:
            progress(n)
    result.batch = writer.commit()
    for folder in taken:
        shutil.rmtree(folder, ignore_errors=True)
    log.info(
        "extract: %d documents, %d claims, %d claim rows rejected",
        result.documents,
        result.claims,
        result.rejected_claims,
    )
    return result


@dataclass
class EventsResult:
    events: int = 0
    linked_claims: int = 0
    multi_source_events: int = 0  # events reported by more than one document
    rejected: int = 0  # events that failed validation (in `event_rejects`)


def derive_events(settings: Settings) -> EventsResult:
    """Events over every claim the lake holds (re-derived each run: a new outlet can join an old event).

    Derived one range of signatures at a time through DuckDB, which spills to disk: Python never
    holds the lake's claims at once (docs/performance.md, "Memory")."""
    from pipelines.extraction.batch import CLAIM_SCHEMA

    lake = Lake(settings.lake)
    claims = lake.files("claims") or pl.DataFrame(schema=CLAIM_SCHEMA)
    rejects = [empty_rejects()]
    with lake.scratch("dedup") as work, Deduplicator(work, claims) as dedup:
        for events, links in dedup.parts():
            _, bad = validate(events, EventSchema, "event_id", "validate_events")
            dedup.keep(events, links, rejected=bad["claim_id"])
            rejects.append(bad)
        lake.write_derived("events", dedup.write_events)
        lake.write_derived("event_claims", dedup.write_links)
        bad = pl.concat(rejects)
        lake.write_derived("event_rejects", bad)
        return EventsResult(**dedup.counts(), rejected=bad.height)


def publish(settings: Settings) -> dict[str, int]:
    lake = Lake(settings.lake)
    if not (lake.derived_path("events").exists() and lake.derived_path("event_claims").exists()):
        derive_events(settings)
    return build_warehouse(lake, settings.warehouse)
