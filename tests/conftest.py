"""Shared fixtures: a real Dagster materialization of the seeds into a temporary DuckDB file."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# The extractor's disk cache (pipelines/extraction/cache.py) in a folder of this test session, not
# the home folder: set before the pipeline is imported (its first tables read the cache's path).
os.environ["UAV_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="uav-etl-tests-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)  # (after the cache's own `atexit` save)

import dagster as dg  # noqa: E402
import pytest  # noqa: E402

from assets.definitions import defs  # noqa: E402
from pipelines.config import PROJECT_ROOT  # noqa: E402

SEEDS = PROJECT_ROOT / "seeds"
DATA = Path(__file__).parent / "data"


def materialize(monkeypatch: pytest.MonkeyPatch, inbox: Path, warehouse: Path) -> dg.ExecuteInProcessResult:
    """Run the same job the UI and the schedule run, against this inbox and warehouse."""
    monkeypatch.setenv("UAV_INBOX", str(inbox))
    monkeypatch.setenv("UAV_WAREHOUSE", str(warehouse))
    job = defs.resolve_job_def("uav_etl_job")
    return job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=True)


@pytest.fixture
def seed_inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    return inbox


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds materialized once per test module (read-only use)."""
    root = tmp_path_factory.mktemp("seeds")
    shutil.copytree(SEEDS, root / "inbox")
    with pytest.MonkeyPatch.context() as mp:
        result = materialize(mp, root / "inbox", root / "wh" / "uav.duckdb")
    assert result.success
    return root / "wh" / "uav.duckdb"
