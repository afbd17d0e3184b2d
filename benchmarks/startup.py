"""What a fresh extraction process pays before its first document: import, tables, patterns.

    python benchmarks/startup.py                          # this checkout
    python benchmarks/startup.py --repo /tmp/wt-before    # ... and another checkout

Each run is a new interpreter that imports `pipelines.extraction`, prepares it (`prepare()`, or one
short document for a checkout that has none) and reports its CPU seconds and peak memory. The
first run of a checkout starts with an empty cache directory (`UAV_CACHE`, see
`pipelines/extraction/cache.py`): it builds every table; the next ones read them, as every
extraction worker after the first does. A checkout without the cache builds them every time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
cpu, wall = time.process_time(), time.perf_counter()
import pipelines.extraction as extraction
if hasattr(extraction, "prepare"):
    extraction.prepare()
else:
    extraction.extract_document("warm", "Air defences destroyed 5 drones over the Kursk region.", "2025-01-01")
print(json.dumps({
    "cpu_s": round(time.process_time() - cpu, 3),
    "wall_s": round(time.perf_counter() - wall, 3),
    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
}))
"""


def run(repo: Path, cache: Path) -> dict:
    python = repo / ".venv" / "bin" / "python"
    env = {**os.environ, "UAV_CACHE": str(cache)}
    out = subprocess.run(
        [str(python) if python.exists() else sys.executable, "-c", CHILD, str(repo)],
        cwd=repo,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", action="append", type=Path, default=[], help="another checkout to measure")
    ap.add_argument("--warm", type=int, default=5, help="runs after the first (the median is reported)")
    args = ap.parse_args()
    print(f"{'checkout':<40} {'first run CPU-s':>15} {'then CPU-s':>11} {'(min-max)':>13} {'peak MB':>8}")
    for repo in [ROOT, *(r.resolve() for r in args.repo)]:
        with tempfile.TemporaryDirectory() as cache:
            first = run(repo, Path(cache))
            warm = [run(repo, Path(cache)) for _ in range(args.warm)]
        cpus = [w["cpu_s"] for w in warm]
        spread = f"({min(cpus):.2f}-{max(cpus):.2f})"
        peak = statistics.median(w["peak_rss_mb"] for w in warm)
        print(f"{str(repo):<40} {first['cpu_s']:>15.2f} {statistics.median(cpus):>11.2f} {spread:>13} {peak:>8}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
