"""`uav-etl`: run the pipeline, extract claims from files, query the warehouse.

uav-etl run [--full-rebuild]     materialize every asset through Dagster, print a summary and the
                                 report's path
uav-etl extract PATH...          claims of .txt/.html/.jsonl/.json files as JSON Lines on stdout
uav-etl sql "QUERY"              one read-only query on the warehouse, as a table, CSV or JSON (no
                                 file outside the warehouse can be read or written: COPY, EXPORT,
                                 ATTACH, read_csv and the like are refused)

Where things are: --inbox DIR (else UAV_INBOX, else seeds/) and --warehouse FILE (else
UAV_WAREHOUSE, else warehouse/uav.duckdb). UAV_REJECT_THRESHOLD (a share, 0 to 1, default 0.2)
fails the run when more claim rows are rejected. Exit codes: 0 done, 1 the work failed (checks,
every input rejected, an empty inbox), 2 a mistake in the command or settings, 3 another run
holds the warehouse, 130 interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path

from pipelines.config import PROJECT_ROOT, Settings, settings

PROG = "uav-etl"


class UserError(Exception):
    """A mistake the user can fix: one line on stderr and an exit code, never a traceback."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _json_default(value: object) -> str | float:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


# --- progress -------------------------------------------------------------------------------


@contextmanager
def progress(label: str, unit: str) -> Iterator:
    """A rich progress line on a terminal (count, rate, elapsed); nothing when stderr is a pipe or file.

    Yields `advance(n, note="")`.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,.0f} " + unit),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[note]}"),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=False,
    )
    task = bar.add_task(label, total=None, rate="", note="")
    started = time.monotonic()

    def advance(n: int = 0, note: str | None = None) -> None:
        bar.advance(task, n)
        done = bar.tasks[0].completed
        rate = f"({done / max(time.monotonic() - started, 1e-9):,.0f}/s)" if done else ""
        bar.update(task, rate=rate, **({"note": note} if note is not None else {}))

    with bar:
        yield advance


class _RunWatch(threading.Thread):
    """Shows which Dagster steps of an in-process run have finished, read from the instance's event log."""

    def __init__(self, instance, run_id: str, total: int, advance) -> None:
        super().__init__(daemon=True)
        self.instance, self.run_id, self.total, self.advance = instance, run_id, total, advance
        self.done = threading.Event()
        self.seen = 0

    def run(self) -> None:
        from dagster import DagsterEventType

        kinds = {DagsterEventType.STEP_START, DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE}
        while True:
            stopping = self.done.wait(0.5)  # one last look after the run, so the line ends complete
            try:
                entries = self.instance.all_logs(self.run_id, of_type=kinds)
            except Exception:  # the log is only for show: never let it break the run
                entries = None
            if entries is not None:
                finished = [e for e in entries if e.dagster_event.event_type != DagsterEventType.STEP_START]
                running = {e.step_key for e in entries} - {e.step_key for e in finished}
                note = f"of {self.total}" + (f" · running {', '.join(sorted(running))}" if running else "")
                self.advance(len(finished) - self.seen, note)
                self.seen = len(finished)
            if stopping:
                return


# --- settings and checks --------------------------------------------------------------------


def _settings(args: argparse.Namespace) -> Settings:
    """Flags over the environment; the environment is what Dagster's resources read, so set it."""
    if getattr(args, "inbox", None):
        os.environ["UAV_INBOX"] = str(Path(args.inbox).resolve())
    if getattr(args, "warehouse", None):
        os.environ["UAV_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    raw = os.environ.get("UAV_REJECT_THRESHOLD")
    if raw is not None:
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not 0 <= value <= 1:
            raise UserError(f"UAV_REJECT_THRESHOLD must be a share between 0 and 1, not {raw!r}")
    return settings()


def _check_inbox(inbox: Path, allow_empty: bool) -> None:
    from pipelines.ingestion.inbox import SUFFIXES, iter_paths

    if not inbox.exists():
        raise UserError(f"no inbox at {inbox} (set --inbox or UAV_INBOX)")
    if not inbox.is_dir():
        raise UserError(f"the inbox {inbox} is not a directory (set --inbox or UAV_INBOX)")
    readable = any(p.suffix.lower() in SUFFIXES for p, _ in iter_paths([inbox]))
    if not readable and not allow_empty:
        raise UserError(
            f"the inbox {inbox} holds no .txt, .html, .jsonl or .json file: nothing to read "
            "(pass --allow-empty to publish what the warehouse already holds)",
            code=1,
        )


def _check_writable(warehouse: Path) -> None:
    """The run writes the warehouse, the lake and the reports beside it: try it before starting."""
    where = warehouse.parent
    blocker = next((p for p in [where, *where.parents] if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise UserError(f"cannot write the warehouse {warehouse}: {blocker} is a file, not a directory")
    try:
        where.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=where, prefix=".uav-etl-probe-"):
            pass
    except OSError as e:
        raise UserError(
            f"cannot write the warehouse {warehouse}: {e.strerror or e} (set --warehouse or UAV_WAREHOUSE)"
        ) from None
    if warehouse.is_dir():
        raise UserError(f"the warehouse {warehouse} is a directory; name a .duckdb file")


# --- commands -------------------------------------------------------------------------------


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

    out = sys.stdout
    n_claims = 0
    with progress("extract", "documents") as advance:
        for good, bad, n in extract_and_validate(documents(), workers=workers):
            for row in good.iter_rows(named=True):
                ordered = {k: row[k] for k in PUBLIC_FIELDS} | {k: v for k, v in row.items() if k not in PUBLIC_FIELDS}
                out.write(json.dumps(ordered, ensure_ascii=False, default=_json_default) + "\n")
            n_claims += good.height
            for r in bad.iter_rows(named=True):
                sys.stderr.write(f"rejected ({r['stage']}) {r['doc_id'] or r['source']}: {r['reason']}\n")
            advance(n, f"{n_claims:,} claims")
    out.flush()  # a closed pipe shows here, inside main's handler
    for r in rejects:
        where = f"{r.source}:{r.line}" if r.line else r.source
        sys.stderr.write(f"rejected (ingest) {where}: {r.reason}\n")
    sys.stderr.write(f"{len(seen)} documents, {n_claims} claims, {len(rejects)} inputs rejected\n")
    if not seen:
        raise UserError("no document could be read: every input was rejected" if rejects else "no input", code=1)
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


def cmd_run(s: Settings, full_rebuild: bool, wait: float = 600, allow_empty: bool = False) -> int:
    _check_inbox(s.inbox, allow_empty)
    _check_writable(s.warehouse)
    os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT))
    import dagster as dg

    from assets.definitions import defs
    from assets.recovery import PoolWatch, host_tags
    from pipelines.stages import publish_summary
    from pipelines.warehouse.lake import Lake
    from pipelines.warehouse.query import rows

    Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    job = defs.resolve_job_def("uav_etl_job")
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
        with progress("run", "steps done") as advance:
            steps = _RunWatch(instance, run_id, len(job.nodes_in_topological_order), advance)
            steps.start()
            try:
                result = job.execute_in_process(
                    instance=instance, raise_on_error=False, run_config=quiet, tags=host_tags(), run_id=run_id
                )
            finally:
                watch.done.set()
                steps.done.set()
                steps.join()
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
    print(f"changes:   {publish_summary(s)}")
    print("per-region totals (events, not repeats):")
    _print_table(
        *rows(
            s.warehouse, "select region_code, intercepted_best, intercepted_high, attacks, launched from region_totals"
        )
    )
    index = s.reports / "index.html"
    if index.exists():
        print(f"report:    {index}")
    if failed_checks:
        print(f"checks failed: {', '.join(failed_checks)}", file=sys.stderr)
    if not result.success:
        print("the run failed; its steps' logs are in the Dagster UI (`make dev`)", file=sys.stderr)
    return 0 if result.success and not failed_checks else 1


def _print_table(cols: list[str], data: list[tuple]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in data]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)))
    print(f"({len(cells)} rows)")


def _print_csv(cols: list[str], data: list[tuple]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(cols)
    for r in data:  # nulls as empty cells, dates as ISO
        w.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in r])


def _print_json(cols: list[str], data: list[tuple]) -> None:
    records = [dict(zip(cols, r, strict=True)) for r in data]
    sys.stdout.write(json.dumps(records, ensure_ascii=False, default=_json_default, indent=1) + "\n")


FORMATS = {"table": _print_table, "csv": _print_csv, "json": _print_json}


def cmd_sql(s: Settings, query: str, fmt: str) -> int:
    import duckdb

    from pipelines.warehouse.query import rows

    try:
        if not duckdb.extract_statements(query):
            raise UserError('the query is empty: give one SQL statement, e.g. "select * from region_totals"')
        cols, data = rows(s.warehouse, query)
    except (duckdb.Error, FileNotFoundError) as e:
        raise UserError(str(e).splitlines()[0]) from None
    if not cols:
        raise UserError("the statement returns no rows to print (only queries are allowed)")
    FORMATS[fmt](cols, data)
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from pipelines.extraction.vocabulary import extractor_version

    try:
        package = version(PROG)
    except PackageNotFoundError:
        package = "unknown"
    return f"{PROG} {package} (extractor {extractor_version()})"


class _VersionAction(argparse.Action):
    """Computed only when asked: the extractor version hashes the vocabulary files."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(_version())
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    where = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: the flag may come before or after the command without one erasing the other
    where.add_argument(
        "--inbox",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the inbox to read (default: $UAV_INBOX, else seeds/)",
    )
    where.add_argument(
        "--warehouse",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the DuckDB file to publish or query (default: $UAV_WAREHOUSE, else warehouse/uav.duckdb)",
    )
    parser = argparse.ArgumentParser(
        prog=PROG, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[where]
    )
    parser.add_argument("--version", action=_VersionAction, help="print the package and extractor versions")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", parents=[where], help="materialize every asset through Dagster and print a summary")
    run.add_argument(
        "--full-rebuild", action="store_true", help="forget what the warehouse learned and re-read the inbox"
    )
    run.add_argument(
        "--allow-empty",
        action="store_true",
        help="run even when the inbox holds no readable file (otherwise exit 1)",
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
        parents=[where],
        help="run one read-only query on the warehouse; no other file can be read or written "
        "(COPY, EXPORT, ATTACH, read_csv and the like are refused)",
    )
    q.add_argument("query")
    q.add_argument("--format", choices=sorted(FORMATS), default="table", help="output format (default: table)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        s = _settings(args)
        if args.command == "extract":
            return cmd_extract(args.paths, args.workers)
        if args.command == "run":
            return cmd_run(s, args.full_rebuild, args.wait, args.allow_empty)
        return cmd_sql(s, args.query, args.format)
    except UserError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return e.code
    except BrokenPipeError:
        # the reader (`| head`) has left: stop quietly; point stdout at nothing so the final flush
        # at exit cannot raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command killed by a closed pipe
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
