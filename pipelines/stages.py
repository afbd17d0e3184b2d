"""The pipeline's steps as plain functions: ingest, extract, derive events, publish.

Dagster assets (in `assets/`) call these; so does `uav-etl extract`. Each step reads what
the previous one left in the lake, so a step can be re-run on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.config import Settings
from pipelines.events.dedup import build_events
from pipelines.extraction.batch import extract_documents
from pipelines.ingestion.inbox import Document, Reject, read_documents
from pipelines.validation.schemas import REJECT_COLUMNS, ClaimSchema, EventSchema, validate
from pipelines.warehouse.build import DOCUMENT_SCHEMA, SOURCE_SCHEMA, build_warehouse
from pipelines.warehouse.lake import Lake

log = logging.getLogger("uav_etl")
STAGING_PART = 20_000  # documents per staging file: bounded memory whatever the inbox size


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
    reject_reasons: list[str] = field(default_factory=list)


def ingest(settings: Settings, paths: list[Path] | None = None) -> IngestResult:
    """Scan the inbox; stage documents whose text the lake has not seen, with their sources."""
    lake = Lake(settings.lake)
    for leftover in lake.remove_leftovers():
        log.warning("removed %s left by an interrupted run", leftover)
    known_hashes = lake.known_hashes()
    known_sources = lake.known_sources()
    known_ids = lake.known_ids()
    result = IngestResult()
    staging = lake.begin_staging()
    docs: list[dict] = []
    sources: list[dict] = []
    rejects: list[Reject] = []
    staged: set[str] = set()
    seen_files: set[str] = set()

    def flush() -> None:
        if docs:
            staging.write(
                "documents",
                pl.DataFrame(
                    docs, schema={**DOCUMENT_SCHEMA, "text": pl.String, "source": pl.String, "line": pl.Int64}
                ),
            )
            docs.clear()

    for item in read_documents(paths or [settings.inbox]):
        seen_files.add(item.source)
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        previous = known_ids.get(item.doc_id)
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
        if (item.content_hash, item.source, item.line) not in known_sources:
            sources.append(
                {"content_hash": item.content_hash, "doc_id": item.doc_id, "source": item.source, "line": item.line}
            )
        if item.content_hash in known_hashes:
            result.known += 1
            continue
        if item.content_hash in staged:
            result.extra_sources += 1
            continue
        staged.add(item.content_hash)
        docs.append(_doc_row(item))
        result.new += 1
        if len(docs) >= STAGING_PART:
            flush()
    flush()
    staging.write("sources", pl.DataFrame(sources, schema=SOURCE_SCHEMA))
    staging.write("rejects", rejects_frame(rejects))
    staging.commit()
    result.rejected = len(rejects)
    result.files = len(seen_files)
    result.reject_reasons = [f"{r.source}{':' + str(r.line) if r.line else ''}: {r.reason}" for r in rejects[:20]]
    log.info("ingest: %d new, %d already known, %d rejected", result.new, result.known, result.rejected)
    return result


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


def staged_documents(lake: Lake) -> Iterable[Document]:
    for part in lake.staging_parts("documents"):
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
    """(valid claims, rejects, documents done) per chunk: what the pipeline stores, in order."""
    for claims, rejects, n in extract_documents(docs, workers=workers):
        good, bad = validate(claims, ClaimSchema, "claim_id", "validate_claims")
        yield good, pl.concat([rejects_frame(rejects), bad]), n


def extract(
    settings: Settings, workers: int | None = None, progress: Callable[[int], None] | None = None
) -> ExtractResult:
    """Extract and validate the staged documents, then commit them as one lake batch."""
    lake = Lake(settings.lake)
    result = ExtractResult()
    writer = lake.begin_batch()
    for part in lake.staging_parts("documents"):
        writer.write("documents", pl.read_parquet(part))
    for name in ("sources", "rejects"):
        for part in lake.staging_parts(name):
            df = pl.read_parquet(part)
            writer.write(name, df)
            if name == "rejects":
                result.extract_rejects += df.height
    for good, bad, n in extract_and_validate(staged_documents(lake), workers):
        writer.write("claims", good)
        writer.write("rejects", bad)
        result.documents += n
        result.claims += good.height
        result.rejected_claims += bad.filter(pl.col("stage") == "validate_claims").height
        result.extract_rejects += bad.filter(pl.col("stage") != "validate_claims").height
        if progress:
            progress(n)
    result.batch = writer.commit()
    lake.clear_staging()
    log.info(
        "extract: %d documents, %d claims, %d claim rows rejected",
        result.documents,
        result.claims,
        result.rejected_claims,
    )
    return result


def derive_events(settings: Settings) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Events over every claim the lake holds (re-derived each run: a new outlet can join an old event)."""
    from pipelines.extraction.batch import CLAIM_SCHEMA

    lake = Lake(settings.lake)
    claims = lake.scan("claims", CLAIM_SCHEMA).collect()
    events, links = build_events(claims)
    good, bad = validate(events, EventSchema, "event_id", "validate_events")
    if not bad.is_empty():
        links = links.filter(pl.col("event_id").is_in(good["event_id"].implode()))
    lake.write_derived("events", good)
    lake.write_derived("event_claims", links)
    lake.write_derived("event_rejects", bad)
    return good, links, bad


def publish(settings: Settings) -> dict[str, int]:
    lake = Lake(settings.lake)
    events = lake.read_derived("events")
    links = lake.read_derived("event_claims")
    if events is None or links is None:
        events, links, _ = derive_events(settings)
    return build_warehouse(lake, events, links, settings.warehouse)
