"""SIGKILL while a new extractor version re-extracts the lake: the warehouse stays as last
published, and the next run finishes the re-extraction (the same check as the crash test's).

Version B is a copy of the project whose vocabulary has one more drone noun: every stored text
is then extracted again, whatever it says."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.config import PROJECT_ROOT
from tests.reliability.conftest import clean_env, run_cli, snapshot


def version_b(root: Path) -> Path:
    skip = shutil.ignore_patterns("__pycache__")
    for folder in ("pipelines", "assets"):
        shutil.copytree(PROJECT_ROOT / folder, root / folder, ignore=skip)
    shutil.copy(PROJECT_ROOT / "dagster.yaml", root / "dagster.yaml")
    drones = root / "pipelines/extraction/vocab/en/drones.toml"
    drones.write_text(
        drones.read_text(encoding="utf-8") + '\n[[noun]]\nsingular = "Skylark"\nplural = ["Skylarks"]\n',
        encoding="utf-8",
    )
    return root


def run_in(project: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def project_b(tmp_path_factory) -> Path:
    return version_b(tmp_path_factory.mktemp("version-b"))


def test_sigkill_during_a_re_extraction_leaves_the_last_publish(busy_inbox, uninterrupted, project_b, tmp_path):
    # what an uninterrupted upgrade gives
    ref = tmp_path / "ref" / "uav.duckdb"
    ref_env = clean_env(UAV_INBOX=str(busy_inbox), UAV_WAREHOUSE=str(ref), DAGSTER_HOME=str(tmp_path / "ref-dh"))
    assert run_cli("run", env=ref_env).returncode == 0
    done = run_in(project_b, ref_env)
    assert done.returncode == 0, done.stderr[-3000:]
    upgraded = snapshot(ref, lineage=False)
    assert upgraded != uninterrupted  # every claim carries the new version

    wh = tmp_path / "wh" / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(busy_inbox), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(tmp_path / "dh"))
    assert run_cli("run", env=env).returncode == 0
    assert snapshot(wh, lineage=False) == uninterrupted
    for delay in (2.0, 4.0, 6.0):
        before = snapshot(wh, lineage=False)
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "run"],
            cwd=project_b,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        after = snapshot(wh, lineage=False)
        assert after in (before, upgraded), f"half-written state after a kill at {delay}s"
    finished = run_in(project_b, env)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert snapshot(wh, lineage=False) == upgraded
    assert not [p for p in (wh.parent / "lake" / "batches").iterdir() if p.name.startswith(".")]
