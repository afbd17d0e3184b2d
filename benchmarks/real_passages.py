"""Extraction speed on real drone-dense text: documents of three real news passages each.

    python benchmarks/real_passages.py                          # this checkout
    python benchmarks/real_passages.py --repo /tmp/wt-before    # ... and another checkout, side by side
    UAV_BENCH_REPO=/tmp/wt-before python benchmarks/real_passages.py

The generated corpus mostly stops at the prefilter; these documents do not (nearly every one
holds claims), so this is the rate that rules and document resolution decide. Documents are
three passages of `../shared/eval/real/passages.jsonl` (about 2.8 KB), read at run time: the
texts are third-party and never part of the project. Each round reshuffles the passages into
new triples (seeded), so consecutive documents share no sentence and no cache is flattered.

Each checkout runs in its own subprocess (its own imports, its own peak memory), alternating
between checkouts round by round so that a busy neighbour slows all of them alike. The figure
is documents per CPU-second (`time.process_time`) of `pipelines.extraction.extract_document`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSAGES = ROOT.parent / "shared" / "eval" / "real" / "passages.jsonl"
PER_DOC = 3
SEED = 13


def rounds_of(passages: list[dict]) -> Iterator[list[tuple[str, str, object, str | None, str | None]]]:
    """Endless reshufflings of the passages into documents of PER_DOC passages each (seeded)."""
    rng = random.Random(SEED)
    for r in itertools.count():
        order = passages[:]
        rng.shuffle(order)
        docs = []
        for i in range(0, len(order) - PER_DOC + 1, PER_DOC):
            group = order[i : i + PER_DOC]
            lead = group[0]  # the document's metadata: its first passage's
            text = "\n\n".join(p["text"] for p in group)
            docs.append((f"bench-{r}-{i // PER_DOC}", text, lead.get("published"), lead.get("url"), lead.get("title")))
        yield docs


def child(repo: Path, passages_path: Path, seconds: float) -> dict:
    """Measure in this process, with `pipelines` imported from `repo`."""
    sys.path.insert(0, str(repo))
    import pipelines.extraction as extraction  # noqa: PLC0415 (imported from the checkout under test)

    passages = [json.loads(line) for line in passages_path.open(encoding="utf-8") if line.strip()]
    shuffles = rounds_of(passages)
    extraction.extract_document(*next(shuffles)[0])  # imports, compiled patterns, tables: not the steady rate
    if hasattr(extraction, "prepare"):
        extraction.prepare()  # as the pipeline's extraction workers do (older checkouts have none)
    docs = claims = text_bytes = errors = 0
    cpu = 0.0
    while cpu < seconds:
        batch = next(shuffles)  # (built outside the clock)
        start = time.process_time()
        for doc in batch:
            try:
                claims += len(extraction.extract_document(*doc))
            except Exception:  # noqa: BLE001 - as `batch.extract_one` does: the document becomes a reject
                errors += 1
        cpu += time.process_time() - start
        docs += len(batch)
        text_bytes += sum(len(d[1].encode("utf-8")) for d in batch)
    return {
        "module": str(Path(extraction.__file__).resolve().parent),
        "docs": docs,
        "cpu_s": round(cpu, 3),
        "docs_per_cpu_s": round(docs / cpu, 1),
        "kb_per_doc": round(text_bytes / docs / 1024, 2),
        "claims_per_doc": round(claims / docs, 3),
        "errors": errors,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run_child(repo: Path, python: str, passages: Path, seconds: float) -> dict:
    cmd = [python, __file__, "--child", str(repo), "--passages", str(passages), "--seconds", str(seconds)]
    out = subprocess.run(cmd, cwd=repo, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def python_for(repo: Path) -> str:
    """The checkout's own interpreter when it has one (its locked dependencies), else this one."""
    own = repo / ".venv" / "bin" / "python"
    return str(own) if own.exists() else sys.executable


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--repo", action="append", type=Path, default=[], help="another checkout to measure beside this one"
    )
    ap.add_argument("--passages", type=Path, default=PASSAGES)
    ap.add_argument("--seconds", type=float, default=4.0, help="CPU seconds per round and checkout")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per checkout (the median is reported)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.passages, args.seconds)))
        return 0
    if not args.passages.exists():
        print(f"skipped: {args.passages} is absent (the real passages live in ../shared/eval, not in the project)")
        return 0
    repos = [ROOT] + [r.resolve() for r in args.repo]
    if os.environ.get("UAV_BENCH_REPO"):
        repos.append(Path(os.environ["UAV_BENCH_REPO"]).resolve())
    results: dict[Path, list[dict]] = {r: [] for r in repos}
    for n in range(args.rounds):
        for repo in repos:  # alternate checkouts: a busy neighbour slows them alike
            r = run_child(repo, python_for(repo), args.passages, args.seconds)
            results[repo].append(r)
            print(f"round {n + 1} {repo}: {r['docs_per_cpu_s']} docs/CPU-s", file=sys.stderr, flush=True)

    load = os.getloadavg()[0]
    print(f"real-passage benchmark: {PER_DOC} passages per document, {args.rounds} rounds of {args.seconds} CPU-s")
    print(f"machine: {os.cpu_count()} cores, load average {load:.2f} at end")
    head = f"{'checkout':<40} {'docs/CPU-s':>10} {'(min-max)':>15} {'KB/doc':>7} {'claims/doc':>10} {'rejects':>9} {'peak MB':>8}"
    print(head)
    print("-" * len(head))
    for repo, rs in results.items():
        rates = [r["docs_per_cpu_s"] for r in rs]
        last = rs[-1]
        rejects = f"{last['errors']}/{last['docs']}"
        print(
            f"{str(repo):<40} {statistics.median(rates):>10.1f} {f'({min(rates):.0f}-{max(rates):.0f})':>15} "
            f"{last['kb_per_doc']:>7} {last['claims_per_doc']:>10} {rejects:>9} {max(r['peak_rss_mb'] for r in rs):>8}"
        )
        if Path(last["module"]) != repo / "pipelines" / "extraction":
            print(f"  warning: imported {last['module']}, not the checkout's own extractor")
    if len(repos) > 1:
        base = statistics.median(r["docs_per_cpu_s"] for r in results[repos[1]])
        ours = statistics.median(r["docs_per_cpu_s"] for r in results[repos[0]])
        print(f"this checkout / {repos[1].name}: {ours / base:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
