"""Peak memory and time of one ingest, alone: does ingest's memory grow with the inbox?

usage: python benchmarks/ingest_memory.py INBOX WORKDIR
(generate an inbox with `benchmarks/generate_corpus.py --n N --out DIR` and move its gold.jsonl
out first). WORKDIR is emptied, then holds the lake; prints wall and CPU seconds and peak RSS.
"""

from __future__ import annotations

import resource
import shutil
import sys
import time
from pathlib import Path

from pipelines import stages
from pipelines.config import Settings


def main() -> int:
    inbox, workdir = Path(sys.argv[1]), Path(sys.argv[2])
    shutil.rmtree(workdir, ignore_errors=True)
    wall, cpu = time.perf_counter(), time.process_time()
    result = stages.ingest(Settings(inbox.resolve(), (workdir / "uav.duckdb").resolve()))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"ingest: {result.new} new, {result.files} files; wall {time.perf_counter() - wall:.1f} s, "
        f"CPU {time.process_time() - cpu:.1f} s, peak RSS {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
