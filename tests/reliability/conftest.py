"""Helpers for the reliability suite: inboxes with faults, subprocess runs, warehouse snapshots."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

from benchmarks.generate_corpus import generate
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


def pooled_dagster_home(home: Path) -> Path:
    """A Dagster home with the project's pool limits and run monitoring (dagster.yaml), its
    storage inside `home` rather than the project's .dagster/."""
    config = yaml.safe_load((PROJECT_ROOT / "dagster.yaml").read_text())
    kept = {k: config[k] for k in ("telemetry", "concurrency", "run_monitoring")}
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(yaml.safe_dump(kept))
    return home


@pytest.fixture(scope="session")
def busy_inbox(tmp_path_factory) -> Path:
    """Seeds plus generated documents: a run long enough to be interrupted at several points."""
    root = tmp_path_factory.mktemp("busy")
    inbox = copy_seeds(root / "inbox")
    generate(1200, inbox / "generated", seed=11, txt_share=0.02, shard_size=400)
    (inbox / "generated" / "gold.jsonl").unlink()
    return inbox


@pytest.fixture(scope="session")
def uninterrupted(busy_inbox, tmp_path_factory) -> dict:
    """The warehouse of one run over `busy_inbox` that nothing interrupted."""
    root = tmp_path_factory.mktemp("baseline")
    wh = root / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(busy_inbox), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(root / "dh"))
    done = run_cli("run", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return snapshot(wh, lineage=False)
