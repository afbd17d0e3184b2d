"""The pipeline's steps as plain functions: ingest, extract, derive events, publish.

Dagster assets (in `assets/`) call these; so does `uav-etl extract`. Each step reads what
the previous one left in the lake, so a step can be re-run on its own.
"""

from __future__ import annotations

import functools
import itertools
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.config import Settings
from pipelines.events.dedup import Deduplicator
from pipelines.extraction.batch import extract_documents
from pipelines.ingestion.inbox import Document, Reject, duplicate_id, read_documents
from pipelines.ingestion.triage import RAW_SCHEMA, READ_FILE_SCHEMA, Triage
from pipelines.validation.schemas import REJECT_COLUMNS, ClaimSchema, EventSchema, empty_rejects, validate
from pipelines.warehouse.build import EXTRACTION_SCHEMA, build_warehouse
from pipelines.warehouse.lake import SHARDS, BatchWriter, Lake, StagingWriter, shard_of
from pipelines.warehouse.versions import Versions

log = logging.getLogger("uav_etl")
STAGING_PART = 20_000  # documents buffered before a staging write: bounded memory whatever the inbox size
VALIDATE_ROWS = 20_000  # claim rows per Pandera call


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

    def note(self, rejects: list[Reject]) -> None:
        self.rejected += len(rejects)
        self.reject_reasons += [
            f"{r.source}{':' + str(r.line) if r.line else ''}: {r.reason}"
            for r in rejects[: max(0, 20 - len(self.reject_reasons))]
        ]


class _Manifest:
    """What each inbox file looked like when it was last read (the texts it gave are added by triage).

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
        self.read[source] = {"source": source, "mtime_ns": st.st_mtime_ns, "size": st.st_size}
        return False

    def refused(self, source: str) -> None:
        """The file could not be read: left out, so it is read again once it can be (making a file
        readable changes neither its size nor its mtime)."""
        self.read.pop(source, None)

    def take(self) -> pl.DataFrame:
        """The files met so far, forgotten here."""
        done = pl.DataFrame(list(self.read.values()), schema=READ_FILE_SCHEMA)
        self.read.clear()
        return done


def ingest(settings: Settings, paths: list[Path] | None = None) -> IngestResult:
    """Scan the inbox; stage documents whose text the lake has not seen, by shard, with their sources.

    Rejects, the file manifest and new names for known texts are final: they are committed at
    once as a batch of their own. Memory stays flat: the inbox is written to the work folder a
    part at a time, and DuckDB decides what is new (see `Triage`)."""
    lake = Lake(settings.lake)
    for leftover in lake.remove_leftovers():
        log.warning("removed %s left by an interrupted run", leftover)
    result = IngestResult()
    staging = lake.begin_staging()
    final = lake.begin_batch()
    with lake.scratch("ingest") as workdir, Triage(lake, workdir) as triage:
        manifest = _Manifest(triage.previous_files())
        _read_inbox(paths or [settings.inbox], manifest, triage, final, result)
        triage.decide()
        _write_fates(triage, staging, final, result)
    staging.commit()
    final.commit()
    result.unchanged_files = manifest.unchanged
    log.info(
        "ingest: %d new, %d already known, %d rejected, %d unchanged files skipped",
        result.new,
        result.known,
        result.rejected,
        result.unchanged_files,
    )
    return result


def unreadable_folders(paths: list[Path]) -> list[Reject]:
    """Folders of the inbox that cannot be listed (reading skips them without a word)."""
    found: list[Reject] = []
    for root in paths:
        if not root.is_dir():
            continue
        for _, dirs, _ in os.walk(root, onerror=functools.partial(_folder_reject, found, root)):
            dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders are not read
    return found


def _folder_reject(found: list[Reject], root: Path, error: OSError) -> None:
    where = os.path.relpath(error.filename, root) if error.filename else str(root)
    reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
    found.append(Reject(where, None, f"cannot read folder: {reason}; its files were not read", check="readable"))


def _read_inbox(
    paths: list[Path], manifest: _Manifest, triage: Triage, final: BatchWriter, result: IngestResult
) -> None:
    """Every document read goes to triage, numbered in inbox order; unreadable input is refused at once."""
    docs: list[dict] = []
    rejects: list[Reject] = []
    last_source = None

    def flush() -> None:
        triage.write(pl.DataFrame(docs, schema=RAW_SCHEMA), manifest.take())
        final.write("rejects", rejects_frame(rejects))
        result.note(rejects)
        docs.clear()
        rejects.clear()

    rejects += unreadable_folders(paths)
    for seq, item in enumerate(read_documents(paths, skip=manifest.skip, check_ids=False)):
        if item.source != last_source:  # a file's items come together
            result.files += 1
            last_source = item.source
        if isinstance(item, Reject):
            rejects.append(item)
            if item.check == "readable":
                manifest.refused(item.source)
        else:
            docs.append(_raw_row(seq, item))
        if len(docs) + len(rejects) >= STAGING_PART:
            flush()
    flush()


def _write_fates(triage: Triage, staging: StagingWriter, final: BatchWriter, result: IngestResult) -> None:
    """New texts and their sources to staging, by shard; more names of known texts, refusals and
    the file manifest to the final batch."""
    for part in triage.staged_documents():
        for shard, docs in _by_shard(part):
            staging.write(shard, "documents", docs)
    for shard in SHARDS:
        for sources in triage.sources("staged", shard):
            staging.write(shard, "sources", sources)
    for sources in triage.sources("known"):
        final.write("sources", sources)
    for files in triage.files():
        final.write("files", files)
    for revisions in triage.revisions():
        final.write("revisions", revisions)
    refused: list[Reject] = []
    for doc_id, source, line, first_source, fate in triage.refused():
        if fate == "duplicate_in_run":
            refused.append(duplicate_id(doc_id, source, line, first_source))
        else:
            reason = f"id {doc_id!r} already names a different text in the warehouse"
            refused.append(Reject(source, line, reason, doc_id, check="duplicate_id"))
        if len(refused) >= STAGING_PART:
            final.write("rejects", rejects_frame(refused))
            result.note(refused)
            refused.clear()
    final.write("rejects", rejects_frame(refused))
    result.note(refused)
    counts = triage.counts()
    result.new = counts["new"]
    result.known = counts.get("known", 0)
    result.extra_sources = counts.get("staged", 0) - result.new


def _by_shard(frame: pl.DataFrame) -> Iterable[tuple[str, pl.DataFrame]]:
    if frame.is_empty():
        return []
    return [(shard, part.drop("shard")) for (shard,), part in frame.partition_by("shard", as_dict=True).items()]


def _raw_row(seq: int, d: Document) -> dict:
    return {
        "seq": seq,
        "doc_id": d.doc_id,
        "content_hash": d.content_hash,
        "title": d.title,
        "url": d.url,
        "published": d.published,
        "n_chars": len(d.text),
        "text": d.text,
        "source": d.source,
        "line": d.line,
        "shard": shard_of(d.content_hash),
    }


def staged_documents(parts: Iterable[Path]) -> Iterable[Document]:
    for part in parts:
        yield from _documents(pl.read_parquet(part))


def _documents(frame: pl.DataFrame) -> Iterable[Document]:
    for row in frame.iter_rows(named=True):
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
    reextracted: int = 0  # stored texts extracted again because another extractor version did them
    version: str = ""
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
    documents from under a running extraction.

    The stored texts of `shards` that another extractor version extracted (or none recorded) are
    extracted again in the same batch, from the text the lake keeps (docs/reliability.md). The
    batch records every text it extracted with the version (`extractions`), claims or not."""
    from pipelines.extraction.vocabulary import extractor_version

    lake = Lake(settings.lake)
    result = ExtractResult(version=extractor_version())
    shards = tuple(shards)
    taken = [d for d in (lake.take_staging(s) for s in shards) if d is not None]
    writer = lake.begin_batch()
    for folder in taken:
        for name in ("documents", "sources"):
            for part in sorted(folder.glob(f"{name}-*.parquet")):
                writer.write(name, pl.read_parquet(part))
    parts = [p for folder in taken for p in sorted(folder.glob("documents-*.parquet"))]
    done: list[str] = []  # texts handed to the extractor, recorded per batch with its version

    def recorded(docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            done.append(doc.content_hash)
            yield doc

    with lake.scratch(f"reextract-{uuid.uuid4().hex[:8]}") as work, Versions(lake, work) as versions:
        stale = (d for part in versions.stale_documents(result.version, shards) for d in _documents(part))
        docs = itertools.chain(staged_documents(parts), _counted(stale, result))
        for good, bad, n in extract_and_validate(recorded(docs), workers):
            writer.write("claims", good)
            writer.write("rejects", bad)
            writer.write("extractions", _extractions(done, result.version))
            done.clear()
            result.documents += n
            result.claims += good.height
            result.rejected_claims += bad.filter(pl.col("stage") == "validate_claims").height
            result.extract_rejects += bad.filter(pl.col("stage") != "validate_claims").height
            if progress:
                progress(n)
    writer.write("extractions", _extractions(done, result.version))
    result.batch = writer.commit()
    for folder in taken:
        shutil.rmtree(folder, ignore_errors=True)
    log.info(
        "extract: %d documents (%d stored texts extracted again by extractor %s), %d claims, %d claim rows rejected",
        result.documents,
        result.reextracted,
        result.version,
        result.claims,
        result.rejected_claims,
    )
    return result


def _counted(docs: Iterable[Document], result: ExtractResult) -> Iterable[Document]:
    for doc in docs:
        result.reextracted += 1
        yield doc


def _extractions(hashes: list[str], version: str) -> pl.DataFrame:
    return pl.DataFrame(
        {"content_hash": hashes, "extractor_version": [version] * len(hashes)}, schema=EXTRACTION_SCHEMA
    )


@dataclass
class EventsResult:
    events: int = 0
    linked_claims: int = 0
    multi_source_events: int = 0  # events reported by more than one document
    rejected: int = 0  # events that failed validation (in `event_rejects`)


def derive_events(settings: Settings) -> EventsResult:
    """Events over every current claim of the lake (re-derived each run: a new outlet can join an
    old event; a text extracted again by a new extractor brings its new claims only).

    Derived one range of signatures at a time through DuckDB, which spills to disk: Python never
    holds the lake's claims at once (docs/performance.md, "Memory")."""
    lake = Lake(settings.lake)
    rejects = [empty_rejects()]
    with lake.scratch("dedup") as work, Deduplicator(work, _current_claims(lake, work)) as dedup:
        for events, links in dedup.parts():
            _, bad = validate(events, EventSchema, "event_id", "validate_events")
            dedup.keep(events, links, rejected=bad["claim_id"])
            rejects.append(bad)
        lake.write_derived("events", dedup.write_events)
        lake.write_derived("event_claims", dedup.write_links)
        bad = pl.concat(rejects)
        lake.write_derived("event_rejects", bad)
        return EventsResult(**dedup.counts(), rejected=bad.height)


def _current_claims(lake: Lake, work: Path) -> list[str] | pl.DataFrame:
    """The claim files events are derived from: every text's current claims only. Whole batches
    are taken or left out as they stand; only a batch that holds both current and superseded
    extractions is filtered (`Versions.current_claim_files`)."""
    from pipelines.extraction.batch import CLAIM_SCHEMA

    with Versions(lake, work) as versions:
        files = versions.current_claim_files(work)
    return files or pl.DataFrame(schema=CLAIM_SCHEMA)


def publish(settings: Settings) -> dict[str, int]:
    lake = Lake(settings.lake)
    if not (lake.derived_path("events").exists() and lake.derived_path("event_claims").exists()):
        derive_events(settings)
    return build_warehouse(lake, settings.warehouse)


def publish_summary(settings: Settings) -> str:
    """One line on what the last publish changed against the one before (the CLI prints it)."""
    from pipelines.warehouse.build import sql
    from pipelines.warehouse.query import rows

    if not settings.warehouse.exists():
        return "nothing published yet"
    _, found = rows(settings.warehouse, sql("publish_summary.sql"))
    if not found:
        return "nothing published yet"
    publish_id, version, claims, added, removed, changed = found[0]
    moved = [r[0] for r in rows(settings.warehouse, sql("publish_moves.sql"), [publish_id])[1]]
    line = (
        f"publish {publish_id} (extractor {version}): {claims} claims; against the publish before "
        f"{added} added, {removed} removed, {changed} changed"
    )
    return line + (f"; totals moved most: {', '.join(moved)}" if moved else "")
