#!/usr/bin/env python3
"""Re-extraction benchmark: the whole lake extracted again after an extractor upgrade (issue 17).

    .venv/bin/python benchmarks/reextract.py --size 1000000 --out /tmp/bench/reextract

1. generates the corpus of `--size` documents (as run.py, seed 7) unless DIR/n<N>/inbox exists;
2. runs the pipeline end to end into a fresh warehouse (run.py's `e2e` child): version A;
3. copies `pipelines/` and `benchmarks/` to DIR/package and adds a comment line to the copy's
   rules.toml: another extractor version, the same claims (`--reuse`: steps 1-2 are those of an
   earlier run in DIR, whose warehouse and figures are kept);
4. moves the inbox aside (nothing can be read from it again) and runs the copy end to end on the
   same lake and warehouse: every stored text is extracted again from the lake's Parquet.

Each run is a subprocess of its own; its time and peak memory are those run.py reports (the
process and its extraction workers). Prints one JSON object and writes it to DIR/n<N>/reextract.json
(after each run, so a failed re-extraction keeps the full run's figures); each run's progress
goes to DIR/n<N>/full.log and reextract.log.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))


def e2e(root: Path, inbox: Path, warehouse: Path, log: Path) -> dict:
    """run.py's end-to-end child, run from the package at `root` (its extractor, its version).

    Its progress (stderr) goes to `log` as it runs; if it fails, its stdout is kept beside it
    (`log` with suffix .stdout) and the error names both."""
    t = time.perf_counter()
    child = [sys.executable, str(root / "benchmarks" / "run.py"), "--child", "e2e", str(inbox), str(warehouse)]
    with log.open("w", encoding="utf-8") as err:
        done = subprocess.run([*child, "stages"], cwd=root, stdout=subprocess.PIPE, stderr=err, text=True)
    if done.returncode != 0:
        kept = log.with_suffix(".stdout")
        kept.write_text(done.stdout, encoding="utf-8")
        tail = "".join(log.read_text(encoding="utf-8").splitlines(keepends=True)[-20:])
        raise SystemExit(f"run from {root} failed (exit {done.returncode}); stderr {log}, stdout {kept}:\n{tail}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["seen_wall_s"] = round(time.perf_counter() - t, 2)
    return out


def published(warehouse: Path) -> dict:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        versions = dict(con.sql("select extractor_version, count(*) from claims group by 1").fetchall())
        last = con.sql(
            "select publish_id, documents, claims, claims_added, claims_removed, claims_changed "
            "from publishes order by publish_id desc limit 1"
        ).fetchone()
    finally:
        con.close()
    keys = ("publish_id", "documents", "claims", "added", "removed", "changed")
    return {"claims_per_version": versions, "last_publish": dict(zip(keys, last, strict=True))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--out", default="/tmp/bench/reextract")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="keep the warehouse and the full run's figures of an earlier run (its reextract.json): re-extraction only",
    )
    a = ap.parse_args()
    base = Path(a.out).resolve() / f"n{a.size}"
    inbox, aside, warehouse = base / "inbox", base / "inbox-aside", base / "wh" / "uav.duckdb"
    if aside.exists():
        aside.rename(inbox)
    if not inbox.exists():
        from benchmarks.run import make_corpus

        base.mkdir(parents=True, exist_ok=True)
        make_corpus(a.size, inbox, base / "gold.jsonl", seed=7)
    report = base / "reextract.json"
    if a.reuse:
        result = {"size": a.size, "full": json.loads(report.read_text(encoding="utf-8"))["full"]}
    else:
        shutil.rmtree(warehouse.parent, ignore_errors=True)
        result = {"size": a.size}
        print(f"full run of {a.size} documents (version A) ...", file=sys.stderr)
        result["full"] = e2e(PROJECT_ROOT, inbox, warehouse, base / "full.log")
        result["full"]["published"] = published(warehouse)
        report.write_text(json.dumps(result, indent=2), encoding="utf-8")  # kept should the next run fail

    package = base / "package"
    shutil.rmtree(package, ignore_errors=True)
    for folder in ("pipelines", "benchmarks"):
        shutil.copytree(PROJECT_ROOT / folder, package / folder, ignore=shutil.ignore_patterns("__pycache__", "out"))
    rules = package / "pipelines" / "extraction" / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# benchmark: version B\n", encoding="utf-8")

    inbox.rename(aside)
    inbox.mkdir()
    try:
        print("re-extraction from the lake (version B) ...", file=sys.stderr)
        result["reextract"] = e2e(package, inbox, warehouse, base / "reextract.log")
        result["reextract"]["published"] = published(warehouse)
    finally:
        inbox.rmdir()
        aside.rename(inbox)
    report.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
