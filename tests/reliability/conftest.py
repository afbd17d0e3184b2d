"""Helpers for the reliability suite: inboxes with faults, subprocess runs, warehouse snapshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from pipelines.config import PROJECT_ROOT

TABLES = ("documents", "document_sources", "claims", "events", "event_claims", "rejects")


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UAV_", "DAGSTER_HOME"))}
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def snapshot(warehouse: Path, lineage: bool = True) -> dict[str, list[tuple]]:
    """Every row of the warehouse tables; `lineage=False` leaves out the lake batch a row came from
    (its number counts the batches committed, including those of runs that were cut short)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        out = {}
        for t in TABLES:
            columns = [c for (c,) in con.execute(f"select name from pragma_table_info('{t}')").fetchall()]
            keep = ", ".join(f'"{c}"' for c in columns if lineage or c != "batch")
            out[t] = con.execute(f"select {keep} from {t} order by all").fetchall()  # noqa: S608 - fixed names
        return out
    finally:
        con.close()


def copy_seeds(inbox: Path) -> Path:
    shutil.copytree(PROJECT_ROOT / "seeds", inbox)
    return inbox
