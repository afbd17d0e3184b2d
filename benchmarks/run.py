#!/usr/bin/env python3
"""Speed and scale benchmark: throughput, end-to-end time, memory, size and quality per corpus size.

    .venv/bin/python benchmarks/run.py [--sizes 10000,100000,1000000] [--out DIR]
                                       [--throughput-docs 20000] [--workers N] [--via stages|dagster]
    .venv/bin/python benchmarks/run.py --profile 2000 [--out DIR]    # where extraction's time goes

For each N it

1. generates the deterministic corpus (`benchmarks/generate_corpus.py`, seed 7) into
   DIR/n<N>/inbox and moves the planted gold out of the inbox to DIR/n<N>/gold.jsonl;
2. measures extraction throughput (documents/s and MB/s of text) with
   `pipelines.extraction.batch.extract_documents`, once with one process and once with
   `--workers` processes (default: every core), over the documents streamed from the inbox by
   `pipelines.ingestion.inbox.read_documents` (the first `--throughput-docs` of them; 0 = all);
3. runs the real pipeline end to end (`pipelines.stages` ingest -> extract -> derive_events ->
   publish, or the Dagster job in process with `--via dagster`) into a fresh warehouse and
   records the wall time, the time per stage, the CPU time and the peak resident memory;
4. scores the published `claims` table against the planted gold (claim F1: doc, event_type,
   region_code and count, or count_low for a vague count; one-to-one per document, as
   /work/shared/eval/score.py does);
5. adds 1% new documents (another seed, ids `inc-...`) to the inbox and times the incremental
   run on the same warehouse.

Every measurement runs in its own subprocess (this script with `--child ...`), so the numbers
do not include what an earlier measurement left in memory, and peak memory is that of the
measured process tree: `resource.getrusage(RUSAGE_SELF)` of the child plus
`RUSAGE_CHILDREN` (its extraction worker processes), and `RUSAGE_CHILDREN` read here as a
cross-check. Progress goes to stderr; the results table to stdout and, as JSON, to
DIR/results.json (plus DIR/n<N>/result.json per size as soon as it is done).

Nothing holds the corpus in memory: the generator writes as it goes, documents are streamed
from the inbox, and scoring merges the gold file with the claims table one document at a time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from pipelines.evaluation import match, prf  # noqa: E402 - needs the project root on sys.path

DEFAULT_SIZES = "10000,100000,1000000"
DEFAULT_OUT = PROJECT_ROOT / "benchmarks" / "out"
INCREMENT_SHARE = 0.01
INCREMENT_SEED_OFFSET = 1000
INCREMENT_PREFIX = "inc-"


def log(msg: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {msg}\n")
    sys.stderr.flush()


def _mb(n_bytes: float) -> float:
    return round(n_bytes / 1e6, 2)


def _maxrss_mb(who: int) -> float:
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)  # ru_maxrss is in KiB on Linux


def _dir_bytes(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            with contextlib.suppress(OSError):
                total += os.path.getsize(os.path.join(root, f))
    return total


# --------------------------------------------------------------------------------------------
# Scoring (pipelines.evaluation's matching, streamed one document at a time)
# --------------------------------------------------------------------------------------------


def _grouped(rows: Iterable[dict], what: str) -> Iterator[tuple[str, list[dict]]]:
    """Consecutive rows of one document, checking that documents come in ascending order."""
    doc, group = None, []
    for row in rows:
        d = row["doc"]
        if d != doc:
            if group:
                yield doc, group
            if doc is not None and d < doc:
                raise ValueError(f"{what} is not ordered by document ({d!r} after {doc!r})")
            doc, group = d, []
        group.append(row)
    if group:
        yield doc, group


def _gold_rows(paths: list[Path]) -> Iterator[dict]:
    """Gold claims sorted by doc. Each file is in generation order (ascending zero-padded ids);
    files are chained in ascending order of their first doc, which holds for bench-/inc- ids."""
    firsts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            line = f.readline()
        if line.strip():
            firsts.append((json.loads(line)["doc"], p))
    for _, p in sorted(firsts):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def _pred_rows(warehouse: Path, batch_rows: int = 50_000) -> Iterator[dict]:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        cur = con.execute(
            # DuckDB compares strings bytewise, as Python does (and _grouped checks it)
            "select doc, event_type, region_code, count, count_low, authority, date from claims order by doc"
        )
        cols = [d[0] for d in cur.description]
        while batch := cur.fetchmany(batch_rows):
            for values in batch:
                row = dict(zip(cols, values, strict=True))
                if isinstance(row["date"], date):
                    row["date"] = row["date"].isoformat()
                yield row
    finally:
        con.close()


def score_stream(gold: Iterable[dict], pred: Iterable[dict]) -> dict:
    """Precision, recall, F1 and authority/date agreement; both inputs sorted by doc."""
    n_gold = n_pred = tp = auth_ok = date_ok = date_n = 0
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    g_it, p_it = _grouped(gold, "gold"), _grouped(pred, "claims")
    g_next, p_next = next(g_it, None), next(p_it, None)
    while g_next or p_next:
        if p_next is None or (g_next is not None and g_next[0] < p_next[0]):
            (_, golds), preds = g_next, []
            g_next = next(g_it, None)
        elif g_next is None or p_next[0] < g_next[0]:
            golds, (_, preds) = [], p_next
            p_next = next(p_it, None)
        else:
            (_, golds), (_, preds) = g_next, p_next
            g_next, p_next = next(g_it, None), next(p_it, None)
        n_gold += len(golds)
        n_pred += len(preds)
        for p in preds:
            per_type[p.get("event_type")][1] += 1
        for g in golds:
            per_type[g["event_type"]][2] += 1
        for g, best in match(golds, preds):
            tp += 1
            per_type[g["event_type"]][0] += 1
            auth_ok += best.get("authority") == g.get("authority")
            if g.get("date"):
                date_n += 1
                date_ok += best.get("date") == g["date"]

    p, r, f = prf(tp, n_pred, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "authority_agreement": round(auth_ok / tp, 4) if tp else None,
        "date_agreement": round(date_ok / date_n, 4) if date_n else None,
        "f1_by_type": {t: round(prf(*v)[2], 4) for t, v in sorted(per_type.items(), key=lambda kv: str(kv[0]))},
    }


# --------------------------------------------------------------------------------------------
# Children: one measurement each, result as one JSON object on stdout
# --------------------------------------------------------------------------------------------


def _rusage_summary(t_wall0: float) -> dict:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall_s": round(time.perf_counter() - t_wall0, 2),
        # CPU seconds of the process and its (joined) workers: robust to other load on the machine
        "cpu_s": round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 2),
        "load_avg_1m_at_end": round(os.getloadavg()[0], 2),
        "peak_rss_main_mb": round(me.ru_maxrss / 1024, 1),
        "peak_rss_worker_mb": round(kids.ru_maxrss / 1024, 1),
    }


def child_throughput(inbox: Path, workers: int, limit: int) -> dict:
    from pipelines.extraction.batch import extract_documents
    from pipelines.ingestion.inbox import Document, read_documents

    t0 = time.perf_counter()
    counted = {"docs": 0, "bytes": 0}

    def docs() -> Iterator[Document]:
        stream = (d for d in read_documents([inbox]) if isinstance(d, Document))
        for d in islice(stream, limit) if limit else stream:
            counted["docs"] += 1
            counted["bytes"] += len(d.text.encode("utf-8"))
            yield d

    claims = done = 0
    last = time.perf_counter()
    for frame, _rejects, n in extract_documents(docs(), workers=workers):
        claims += frame.height
        done += n
        now = time.perf_counter()
        if now - last >= 15:
            last = now
            log(f"  throughput workers={workers}: {done} documents, {done / (now - t0):,.1f}/s")
    secs = time.perf_counter() - t0
    usage = _rusage_summary(t0)
    return {
        "workers": workers,
        "documents": done,
        "text_mb": _mb(counted["bytes"]),
        "claims": claims,
        "seconds": round(secs, 2),
        "docs_per_s": round(done / secs, 1),
        "mb_per_s": round(counted["bytes"] / 1e6 / secs, 3),
        "docs_per_cpu_s": round(done / usage["cpu_s"], 1) if usage["cpu_s"] else None,
        **usage,
    }


def child_e2e(inbox: Path, warehouse: Path, via: str) -> dict:
    os.environ["UAV_INBOX"] = str(inbox)
    os.environ["UAV_WAREHOUSE"] = str(warehouse)
    t0 = time.perf_counter()
    stage_s: dict[str, float] = {}
    info: dict = {}
    if via == "dagster":
        import dagster as dg

        from assets.definitions import defs

        info["import_s"] = round(time.perf_counter() - t0, 2)
        job = defs.resolve_job_def("uav_etl_job")
        t = time.perf_counter()
        result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=True)
        info["run_s"] = round(time.perf_counter() - t, 2)
        info["success"] = result.success
        for ev in result.all_events:
            if ev.event_type_value == "STEP_SUCCESS":
                stage_s[ev.step_key] = round(ev.event_specific_data.duration_ms / 1000, 2)
    else:
        from pipelines import stages
        from pipelines.config import Settings

        info["import_s"] = round(time.perf_counter() - t0, 2)
        settings = Settings(inbox.resolve(), warehouse.resolve())
        done = {"n": 0, "last": time.perf_counter()}

        def progress(n: int) -> None:
            done["n"] += n
            now = time.perf_counter()
            if now - done["last"] >= 15:
                done["last"] = now
                log(f"  extract: {done['n']} documents")

        rss: dict[str, float] = {}  # peak RSS of this process after each stage (a running maximum)
        t = time.perf_counter()
        ing = stages.ingest(settings)
        stage_s["ingest"] = round(time.perf_counter() - t, 2)
        rss["ingest"] = _maxrss_mb(resource.RUSAGE_SELF)
        log(f"  ingest: {ing.new} new, {ing.known} known, {ing.rejected} rejected ({stage_s['ingest']} s)")
        t = time.perf_counter()
        ext = stages.extract(settings, progress=progress)
        stage_s["extract"] = round(time.perf_counter() - t, 2)
        rss["extract"] = _maxrss_mb(resource.RUSAGE_SELF)
        log(f"  extract: {ext.documents} documents, {ext.claims} claims ({stage_s['extract']} s)")
        t = time.perf_counter()
        events = stages.derive_events(settings)
        stage_s["derive_events"] = round(time.perf_counter() - t, 2)
        rss["derive_events"] = _maxrss_mb(resource.RUSAGE_SELF)
        t = time.perf_counter()
        counts = stages.publish(settings)
        stage_s["publish"] = round(time.perf_counter() - t, 2)
        rss["publish"] = _maxrss_mb(resource.RUSAGE_SELF)
        log(f"  events {events.events}; publish ({stage_s['derive_events']} s + {stage_s['publish']} s)")
        info.update(
            new_documents=ing.new, known_documents=ing.known, claims=ext.claims, rows=counts, peak_rss_after_mb=rss
        )
    # pipeline_s: the four steps (Dagster: the whole in-process run, checks included); wall_s adds imports
    pipeline_s = info.pop("run_s", None) or round(sum(stage_s.values()), 2)
    return {"via": via, "pipeline_s": pipeline_s, "stages_s": stage_s, **info, **_rusage_summary(t0)}


def _run_child(args: list[str]) -> tuple[dict, float, float]:
    """(child's JSON, wall seconds seen from here, RUSAGE_CHILDREN max RSS in MB after it)."""
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"measurement {args[0]} failed with exit code {proc.returncode}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), round(wall, 2), _maxrss_mb(resource.RUSAGE_CHILDREN)


# --------------------------------------------------------------------------------------------
# Profile: where extraction spends its CPU time
# --------------------------------------------------------------------------------------------

# document-level steps of pipelines.extraction.document.extract_document, timed one call at a time
PROFILED_STEPS = (
    "normalize",
    "may_hold_claims",
    "split_sentences",
    "find_places",
    "find_countries",
    "find_reporters",
    "statement_day",
    "_resolve_reporters",
    "find_mentions",
    "title_places",
    "_date_of",
    "find_time_expressions",
    "_doc_country",
)


def profile_extraction(n: int, out: Path, seed: int, top: int = 25) -> dict:
    """Single-process extraction of n generated documents: per-step CPU shares, then cProfile."""
    import cProfile
    import pstats

    import pipelines.extraction.document as document
    from pipelines.extraction.batch import extract_documents
    from pipelines.ingestion.inbox import Document, read_documents

    corpus = out / f"profile{n}"
    make_corpus(n, corpus / "inbox", corpus / "gold.jsonl", seed)
    clock = time.process_time

    def read() -> Iterator[Document]:
        return (d for d in read_documents([corpus / "inbox"]) if isinstance(d, Document))

    # 1. cheap timers around each step (nested calls are counted in both)
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    originals = {name: getattr(document, name) for name in PROFILED_STEPS if hasattr(document, name)}

    def timed(name: str, f):
        def wrapper(*args, **kwargs):
            t = clock()
            try:
                return f(*args, **kwargs)
            finally:
                spent[name] += clock() - t
                calls[name] += 1

        return wrapper

    for name, f in originals.items():
        setattr(document, name, timed(name, f))
    try:
        t = clock()
        done = sum(k for _, _, k in extract_documents(read(), workers=1))
        total = clock() - t
    finally:
        for name, f in originals.items():
            setattr(document, name, f)
    t = clock()
    n_read = sum(1 for _ in read())
    read_s = clock() - t
    print(
        f"\n{done} documents: {total:.2f} CPU s, {done / total:.1f} documents per CPU second, {total / done * 1e3:.2f} ms each"
    )
    print(f"reading and decoding the inbox: {read_s / max(n_read, 1) * 1e3:.3f} ms per document")
    print(f"\n{'step':24} {'CPU s':>7} {'share':>6} {'calls':>7}")
    for name, secs in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{name:24} {secs:7.2f} {secs / total:6.1%} {calls[name]:7d}")

    # 2. cProfile (CPU clock), top functions by own time and by cumulative time
    prof = cProfile.Profile(clock)
    prof.enable()
    for _ in extract_documents(read(), workers=1):
        pass
    prof.disable()
    dump = out / f"extract{n}.prof"
    prof.dump_stats(dump)
    stats = pstats.Stats(prof, stream=sys.stdout).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"profile written to {dump} (python -m pstats {dump})")
    return {"documents": done, "cpu_s": round(total, 2), "steps": dict(spent)}


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------


def make_corpus(n: int, inbox: Path, gold: Path, seed: int) -> dict:
    from benchmarks.generate_corpus import generate

    shutil.rmtree(inbox, ignore_errors=True)
    stats = generate(n, inbox, seed=seed)
    os.replace(inbox / "gold.jsonl", gold)  # the gold must not be read as an inbox file
    return stats


def make_increment(n: int, inbox: Path, gold: Path, scratch: Path, seed: int) -> dict:
    """n new documents from another seed, renamed bench-* -> inc-* so ids never collide."""
    from benchmarks.generate_corpus import generate

    shutil.rmtree(scratch, ignore_errors=True)
    stats = generate(n, scratch, seed=seed)
    target = inbox / "increment"
    shutil.rmtree(target, ignore_errors=True)
    (target / "txt").mkdir(parents=True)
    for shard in sorted(scratch.glob("shard-*.jsonl")):
        with open(shard, encoding="utf-8") as src, open(target / f"inc-{shard.name}", "w", encoding="utf-8") as dst:
            for line in src:
                rec = json.loads(line)
                rec["id"] = INCREMENT_PREFIX + rec["id"].removeprefix("bench-")
                dst.write(json.dumps(rec) + "\n")
    for txt in sorted((scratch / "txt").glob("bench-*.txt")):
        new_id = INCREMENT_PREFIX + txt.stem.removeprefix("bench-")
        body = txt.read_text(encoding="utf-8").replace(f"id: {txt.stem}\n", f"id: {new_id}\n", 1)
        (target / "txt" / f"{new_id}.txt").write_text(body, encoding="utf-8")
    with open(scratch / "gold.jsonl", encoding="utf-8") as src, open(gold, "w", encoding="utf-8") as dst:
        for line in src:
            rec = json.loads(line)
            rec["doc"] = INCREMENT_PREFIX + rec["doc"].removeprefix("bench-")
            dst.write(json.dumps(rec) + "\n")
    shutil.rmtree(scratch, ignore_errors=True)
    return stats


# --------------------------------------------------------------------------------------------
# One size, then the table
# --------------------------------------------------------------------------------------------


def bench_size(n: int, out: Path, args: argparse.Namespace) -> dict:
    root = out / f"n{n}"
    inbox, gold, wh = root / "inbox", root / "gold.jsonl", root / "warehouse" / "uav.duckdb"
    shutil.rmtree(root / "warehouse", ignore_errors=True)
    res: dict = {"n": n}

    log(f"N={n}: generating corpus (seed {args.seed}) into {inbox}")
    t = time.perf_counter()
    stats = make_corpus(n, inbox, gold, args.seed)
    res["generate_s"] = round(time.perf_counter() - t, 2)
    res["corpus_mb"] = _mb(_dir_bytes(inbox))
    res["gold_claims"] = stats["claims"]
    log(f"N={n}: {res['corpus_mb']} MB, {stats['claims']} gold claims in {res['generate_s']} s")

    limit = min(n, args.throughput_docs) if args.throughput_docs else n
    res["throughput"] = {}
    for label, w in (("single", 1), ("all_cores", args.workers)):
        log(f"N={n}: extraction throughput, {w} process(es), {limit} documents")
        r, _, _ = _run_child(["throughput", str(inbox), str(w), str(limit)])
        res["throughput"][label] = r
        log(f"N={n}: {label}: {r['docs_per_s']} docs/s, {r['mb_per_s']} MB/s")

    log(f"N={n}: end-to-end run via {args.via}")
    r, wall, rss_seen = _run_child(["e2e", str(inbox), str(wh), args.via])
    r["wall_s_incl_startup"] = wall
    r["rusage_children_max_mb_here"] = rss_seen
    res["e2e"] = r
    res["warehouse_mb"] = _mb(wh.stat().st_size)
    res["lake_mb"] = _mb(_dir_bytes(wh.parent / "lake"))
    log(f"N={n}: end to end {r['pipeline_s']} s ({r['wall_s']} s with imports); warehouse {res['warehouse_mb']} MB")

    log(f"N={n}: scoring claims against the planted gold")
    t = time.perf_counter()
    res["quality"] = score_stream(_gold_rows([gold]), _pred_rows(wh))
    res["quality"]["seconds"] = round(time.perf_counter() - t, 2)
    log(f"N={n}: claim F1 {res['quality']['f1']}")

    n_inc = max(1, round(n * INCREMENT_SHARE))
    log(f"N={n}: incremental run with {n_inc} new documents")
    inc_stats = make_increment(
        n_inc, inbox, root / "gold.increment.jsonl", root / ".increment-tmp", args.seed + INCREMENT_SEED_OFFSET
    )
    r, wall, rss_seen = _run_child(["e2e", str(inbox), str(wh), args.via])
    r["wall_s_incl_startup"] = wall
    r["rusage_children_max_mb_here"] = rss_seen
    r["added_documents"] = n_inc
    res["incremental"] = r
    res["incremental_quality"] = score_stream(_gold_rows([gold, root / "gold.increment.jsonl"]), _pred_rows(wh))
    res["incremental"]["gold_claims_added"] = inc_stats["claims"]
    log(f"N={n}: incremental {r['pipeline_s']} s (F1 over all {res['incremental_quality']['f1']})")
    (root / "result.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return res


COLUMNS = [
    ("N", lambda r: f"{r['n']:,}"),
    ("1-proc docs/s", lambda r: r["throughput"]["single"]["docs_per_s"]),
    ("1-proc MB/s", lambda r: r["throughput"]["single"]["mb_per_s"]),
    ("docs/CPU-s", lambda r: r["throughput"]["single"]["docs_per_cpu_s"]),
    ("all-core docs/s", lambda r: r["throughput"]["all_cores"]["docs_per_s"]),
    ("all-core MB/s", lambda r: r["throughput"]["all_cores"]["mb_per_s"]),
    ("e2e s", lambda r: r["e2e"]["pipeline_s"]),
    ("peak RSS MB (main/worker)", lambda r: f"{r['e2e']['peak_rss_main_mb']:.0f}/{r['e2e']['peak_rss_worker_mb']:.0f}"),
    ("warehouse MB", lambda r: r["warehouse_mb"]),
    ("lake MB", lambda r: r["lake_mb"]),
    ("claim F1", lambda r: r["quality"]["f1"]),
    ("+1% s", lambda r: r["incremental"]["pipeline_s"]),
]


def table(results: list[dict]) -> str:
    head = [c for c, _ in COLUMNS]
    rows = [[str(f(r)) for _, f in COLUMNS] for r in results]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def machine() -> dict:
    import duckdb
    import polars

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        ram_gb = None
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "polars": polars.__version__,
        "platform": platform.platform(),
        "load_avg_at_start": os.getloadavg(),
        **_revision(),
    }


def _revision() -> dict:
    """The commit measured, and any uncommitted changes to the code under test."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return ""

    dirty = [line[3:] for line in git("status", "--porcelain", "--", "pipelines", "assets").splitlines()]
    return {"git_commit": git("rev-parse", "--short", "HEAD").strip() or None, "uncommitted_changes": dirty}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        kind, *rest = argv[1:]
        if kind == "throughput":
            out = child_throughput(Path(rest[0]), int(rest[1]), int(rest[2]))
        elif kind == "e2e":
            out = child_e2e(Path(rest[0]), Path(rest[1]), rest[2])
        else:
            raise SystemExit(f"unknown child {kind!r}")
        print(json.dumps(out))
        return 0

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help=f"comma-separated corpus sizes (default {DEFAULT_SIZES})")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="working directory for corpora, warehouses and results")
    ap.add_argument("--seed", type=int, default=7, help="corpus seed (the increment uses seed + 1000)")
    ap.add_argument(
        "--throughput-docs",
        type=int,
        default=20_000,
        help="documents the throughput measurements extract (the first ones of the corpus; 0 = all)",
    )
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for 'all cores'")
    ap.add_argument("--via", choices=("stages", "dagster"), default="stages", help="how the end-to-end run is driven")
    ap.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="instead: profile single-process extraction of N generated documents (step shares + cProfile)",
    )
    a = ap.parse_args(argv)
    if a.profile:
        out = Path(a.out).resolve()
        out.mkdir(parents=True, exist_ok=True)
        profile_extraction(a.profile, out, a.seed)
        return 0
    sizes = [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    out = Path(a.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    report = {
        "command": " ".join([".venv/bin/python", "benchmarks/run.py", *argv]),
        "machine": machine(),
        "results": [],
    }
    log(f"machine: {report['machine']}")
    for n in sizes:
        t = time.perf_counter()
        report["results"].append(bench_size(n, out, a))
        log(f"N={n}: done in {time.perf_counter() - t:.0f} s")
        (out / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(table(report["results"]))
    print(f"\nresults: {out / 'results.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
