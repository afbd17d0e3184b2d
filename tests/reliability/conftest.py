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


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in TABLES}  # noqa: S608 - fixed names
    finally:
        con.close()


def copy_seeds(inbox: Path) -> Path:
    shutil.copytree(PROJECT_ROOT / "seeds", inbox)
    return inbox
