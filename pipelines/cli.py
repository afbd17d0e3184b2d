"""`uav-etl`: run the pipeline, extract claims from files, query the warehouse.

uav-etl run [--full-rebuild]     materialize every asset through Dagster, print a summary
uav-etl extract PATH...          claims of .txt/.html/.jsonl files as JSON Lines on stdout
uav-etl sql "QUERY"              one read-only query on the warehouse, printed as a table (no file
                                 outside the warehouse can be read or written: COPY, EXPORT,
                                 ATTACH, read_csv and the like are refused)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import uuid
from datetime import date
from pathlib import Path

from pipelines.config import PROJECT_ROOT, settings


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


class Progress:
    """A bar on a terminal, plain log lines otherwise (CI, pipes)."""

    def __init__(self, total: int | None, label: str) -> None:
        self.total, self.label, self.done = total, label, 0
        self.tty = sys.stderr.isatty()
        self.started = self.last = time.monotonic()

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        rate = self.done / max(now - self.started, 1e-9)
        if self.tty:
            if self.total:
                width = 30
                filled = int(width * self.done / self.total)
                sys.stderr.write(
                    f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {rate:,.0f}/s"
                )
            else:
                sys.stderr.write(f"\r{self.label} {self.done} {rate:,.0f}/s")
            sys.stderr.flush()
        elif now - self.last >= 5 or (self.total and self.done >= self.total):
            self.last = now
            sys.stderr.write(
                f"{self.label}: {self.done}{'/' + str(self.total) if self.total else ''} ({rate:,.0f}/s)\n"
            )

    def close(self) -> None:
        if self.tty and self.done:
            sys.stderr.write("\n")


def cmd_extract(paths: list[str], workers: int | None) -> int:
    from pipelines.extraction.model import PUBLIC_FIELDS
    from pipelines.ingestion.inbox import Document, Reject, read_documents
    from pipelines.stages import extract_and_validate

    rejects: list[Reject] = []
    seen: set[str] = set()

    def documents():
        for item in read_documents(Path(p) for p in paths):
            if isinstance(item, Reject):
                rejects.append(item)
            elif isinstance(item, Document) and item.content_hash not in seen:
                seen.add(item.content_hash)  # the same text under two names is one document
                yield item

    progress = Progress(None, "extract")
    out = sys.stdout
    n_claims = 0
    for good, bad, n in extract_and_validate(documents(), workers=workers):
        for row in good.iter_rows(named=True):
            ordered = {k: row[k] for k in PUBLIC_FIELDS} | {k: v for k, v in row.items() if k not in PUBLIC_FIELDS}
            out.write(json.dumps(ordered, ensure_ascii=False, default=_json_default) + "\n")
        n_claims += good.height
        for r in bad.iter_rows(named=True):
            sys.stderr.write(f"rejected ({r['stage']}) {r['doc_id'] or r['source']}: {r['reason']}\n")
        progress.advance(n)
    progress.close()
    for r in rejects:
        where = f"{r.source}:{r.line}" if r.line else r.source
        sys.stderr.write(f"rejected (ingest) {where}: {r.reason}\n")
    sys.stderr.write(f"{len(seen)} documents, {n_claims} claims, {len(rejects)} inputs rejected\n")
    return 0


def _wait_for_pool(instance, wait: float) -> bool:
    """Free what dead runs hold, then wait up to `wait` seconds for live runs to leave pool `duckdb`."""
    from assets.recovery import pool_holders, reap_dead_runs

    deadline = time.monotonic() + wait
    while True:
        for r in reap_dead_runs(instance):
            print(f"run {r.run_id} ({r.status}): {r.reason}; marked failed, its slots freed", file=sys.stderr)
        holders = pool_holders(instance)
        if not holders:
            return True
        if time.monotonic() >= deadline:
            print(
                f"gave up after {wait:.0f} s: run {', '.join(holders)} is alive and holds the `duckdb` pool "
                "(one ingest or publish at a time); try again when it has finished",
                file=sys.stderr,
            )
            return False
        time.sleep(1)


def cmd_run(full_rebuild: bool, wait: float = 600) -> int:
    os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT))
    import dagster as dg

    from assets.definitions import defs
    from assets.recovery import PoolWatch, host_tags
    from pipelines.warehouse.lake import Lake
    from pipelines.warehouse.query import rows

    s = settings()
    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    with dg.DagsterInstance.get() as instance:
        if not _wait_for_pool(instance, wait):
            return 3
        if full_rebuild:  # only once no other run writes
            Lake(s.lake).wipe()
            print(f"full rebuild: forgot everything in {s.lake}")
        # step-by-step logs stay in the run's history (the UI shows them); the terminal gets warnings
        quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
        run_id = str(uuid.uuid4())
        watch = PoolWatch(instance, run_id, wait)  # another run may take the pool after the check above
        watch.start()
        try:
            result = defs.resolve_job_def("uav_etl_job").execute_in_process(
                instance=instance, raise_on_error=False, run_config=quiet, tags=host_tags(), run_id=run_id
            )
        finally:
            watch.done.set()
    failed_checks = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    print(f"inbox:     {s.inbox}")
    print(f"warehouse: {s.warehouse}")
    if not s.warehouse.exists():
        print("the run failed before the warehouse was built; see the log above", file=sys.stderr)
        return 1
    _, counts = rows(
        s.warehouse,
        "select (select count(*) from documents), (select count(*) from claims), (select count(*) from events), (select count(*) from rejects)",
    )
    d, c, e, r = counts[0]
    print(f"documents {d}, claims {c}, events {e}, rejects {r}")
    print("per-region totals (events, not repeats):")
    _print_table(
        *rows(
            s.warehouse, "select region_code, intercepted_best, intercepted_high, attacks, launched from region_totals"
        )
    )
    if failed_checks:
        print(f"checks failed: {', '.join(failed_checks)}", file=sys.stderr)
    return 0 if result.success and not failed_checks else 1


def _print_table(cols: list[str], data: list[tuple]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in data]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))
    print(f"({len(cells)} rows)")


def cmd_sql(query: str) -> int:
    import duckdb

    from pipelines.warehouse.query import rows

    s = settings()
    try:
        cols, data = rows(s.warehouse, query)
    except (duckdb.Error, FileNotFoundError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    _print_table(cols, data)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="uav-etl", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="materialize every asset through Dagster and print a summary")
    run.add_argument(
        "--full-rebuild", action="store_true", help="forget what the warehouse learned and re-read the inbox"
    )
    run.add_argument(
        "--wait",
        type=float,
        default=600,
        metavar="SECONDS",
        help="how long to wait for another live run to leave the `duckdb` pool before giving up (exit 3); "
        "runs whose process died are marked failed and their slots freed at once (default 600)",
    )
    ex = sub.add_parser("extract", help="print the claims of documents as JSON Lines")
    ex.add_argument("paths", nargs="+")
    ex.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    q = sub.add_parser(
        "sql",
        help="run one read-only query on the warehouse; no other file can be read or written "
        "(COPY, EXPORT, ATTACH, read_csv and the like are refused)",
    )
    q.add_argument("query")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if args.command == "extract":
        return cmd_extract(args.paths, args.workers)
    if args.command == "run":
        return cmd_run(args.full_rebuild, args.wait)
    return cmd_sql(args.query)


if __name__ == "__main__":
    sys.exit(main())
