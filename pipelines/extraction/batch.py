"""Documents in, claim rows out: the one path that both the pipeline and `uav-etl extract` use.

Each claim gets a stable id (a hash of where it sits and what it says), so re-runs give the
same ids. A document that breaks the extractor, is too long to extract in bounded time, or
overruns its time budget is recorded as a reject rather than stopping the run or holding a worker.

The budget is a CPU-time interval timer (`setitimer(ITIMER_PROF)`) whose signal raises inside
the extractor, in the main thread of the process that extracts: the pool's workers, or the
caller when it extracts in-process. CPU time rather than wall time, so that a busy machine does
not turn the same document into a reject on one run and not on the next. Arming the timer costs
two system calls per document (microseconds; a document takes about half a millisecond). Python
runs the handler between bytecodes, so a single long C call (one regex search) finishes first.
Outside the main thread signals cannot be handled, and the budget is not enforced there.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice

import polars as pl

from pipelines.config import settings
from pipelines.extraction import prepare
from pipelines.extraction.document import extract_document
from pipelines.ingestion.inbox import Document, Reject

MAX_EXTRACT_CHARS = 400_000  # ~100 news articles; longer texts are cut (and the cut is recorded)

CLAIM_SCHEMA = {
    "claim_id": pl.String,
    "doc": pl.String,
    "content_hash": pl.String,
    "event_type": pl.String,
    "region_code": pl.String,
    "count": pl.Int64,
    "count_low": pl.Int64,
    "authority": pl.String,
    "date": pl.Date,
    "published": pl.Date,
    "localities": pl.List(pl.String),
    "is_total": pl.Boolean,
    "total_claim_id": pl.String,
    "date_text": pl.String,
    "sentence_index": pl.Int64,
    "span_start": pl.Int64,
    "span_end": pl.Int64,
    "evidence": pl.String,
    "rule": pl.String,
    "extractor_version": pl.String,
}


def claim_id(content_hash: str, c: dict, repeat: int = 0) -> str:
    """Stable id of a claim; `repeat` numbers claims of one document that agree on every key field
    (the same figure for two days in one sentence, say), so each keeps an id of its own."""
    key = "|".join(
        str(c[k])
        for k in ("event_type", "region_code", "count", "count_low", "authority", "sentence_index", "is_total")
    )
    return hashlib.sha256(f"{content_hash}|{key}{f'|{repeat}' if repeat else ''}".encode()).hexdigest()[:20]


class BudgetExceeded(BaseException):
    """Raised by the timer inside the extractor. A BaseException, like KeyboardInterrupt, so that
    no `except Exception` on its way up can swallow it and let the document run on."""


def _on_timer(signum: int, frame: object) -> None:
    raise BudgetExceeded


@contextmanager
def _timer_handler(budget: float) -> Iterator[bool]:
    """Install the budget's signal handler for a run of documents; yields whether it can be used."""
    if budget <= 0 or threading.current_thread() is not threading.main_thread():
        yield False
        return
    previous = signal.signal(signal.SIGPROF, _on_timer)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _extract_within(doc: Document, text: str, budget: float | None) -> list:
    """`extract_document`, stopped by BudgetExceeded after `budget` CPU seconds (None: no limit)."""
    if budget is None:
        return extract_document(doc.doc_id, text, doc.published, doc.url, doc.title)
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        return extract_document(doc.doc_id, text, doc.published, doc.url, doc.title)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)


def extract_one(doc: Document, budget: float | None = None) -> tuple[list[dict], list[Reject]]:
    """Claim rows and rejects of one document. `budget` (CPU seconds) is enforced only when the
    caller has installed the timer's handler (`_timer_handler`), as `_extract_chunk` does."""
    rejects: list[Reject] = []
    text = doc.text
    if len(text) > MAX_EXTRACT_CHARS:
        rejects.append(
            Reject(
                doc.source,
                doc.line,
                f"text of {len(text)} characters cut to the first {MAX_EXTRACT_CHARS} for extraction",
                doc.doc_id,
                stage="extract",
                check="length",
            )
        )
        text = text[:MAX_EXTRACT_CHARS]
    try:
        claims = _extract_within(doc, text, budget)
    except BudgetExceeded:
        # (the timer may fire just after the extractor returned: the document took the budget anyway)
        return [], [
            *rejects,
            Reject(
                doc.source,
                doc.line,
                f"extraction exceeded {budget:g} s budget (CPU time); its claims are not extracted",
                doc.doc_id,
                stage="extract",
                check="time_budget",
            ),
        ]
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
        return [], [
            *rejects,
            Reject(
                doc.source,
                doc.line,
                f"extractor failed: {type(e).__name__}: {e}",
                doc.doc_id,
                stage="extract",
                check="extractor_error",
            ),
        ]
    rows = []
    ids: dict[int, str] = {}
    seen: Counter[str] = Counter()
    for c in claims:
        row = c.public()
        row.update(content_hash=doc.content_hash, published=doc.published, date=c.date)
        base = claim_id(doc.content_hash, row)
        row["claim_id"] = ids[id(c)] = claim_id(doc.content_hash, row, seen[base])
        seen[base] += 1
        rows.append(row)
    for row, c in zip(rows, claims, strict=True):
        row["total_claim_id"] = ids.get(id(c.total)) if c.total is not None else None
    return rows, rejects


def _extract_chunk(docs: list[Document], budget: float = 0) -> tuple[list[dict], list[Reject]]:
    prepare()  # (once per process: the pool's workers too)
    rows, rejects = [], []
    with _timer_handler(budget) as timed:
        for d in docs:
            r, j = extract_one(d, budget if timed else None)
            rows += r
            rejects += j
    return rows, rejects


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def claims_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA) if rows else pl.DataFrame(schema=CLAIM_SCHEMA)


def extract_documents(
    docs: Iterable[Document], workers: int | None = None, chunk_size: int = 256, budget: float | None = None
) -> Iterator[tuple[pl.DataFrame, list[Reject], int]]:
    """Yield (claims frame, rejects, documents done) per chunk; `workers` > 1 uses processes.
    `budget`: CPU seconds per document (default `UAV_EXTRACT_BUDGET`, see pipelines/config.py)."""
    if budget is None:
        budget = settings().extract_budget
    chunks = _chunks(docs, chunk_size)
    head = list(islice(chunks, 2))
    if workers is None:
        # processes pay off only beyond a couple of chunks; small inputs stay in this process
        workers = (os.cpu_count() or 1) if len(head) == 2 else 1
    if workers <= 1:
        for chunk in chain(head, chunks):
            rows, rejects = _extract_chunk(chunk, budget)
            yield claims_frame(rows), rejects, len(chunk)
        return
    # built here first: forked workers start with the tables (and the parent's cache file is written)
    prepare()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for chunk in chain(head, chunks):
            pending.append((pool.submit(_extract_chunk, chunk, budget), len(chunk)))
            if len(pending) >= workers * 2:  # bounded read-ahead keeps memory flat
                fut, n = pending.pop(0)
                rows, rejects = fut.result()
                yield claims_frame(rows), rejects, n
        for fut, n in pending:
            rows, rejects = fut.result()
            yield claims_frame(rows), rejects, n
