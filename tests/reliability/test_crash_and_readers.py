"""SIGKILL at several points of a run, and readers querying while a run publishes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from pipelines.config import PROJECT_ROOT
from tests.reliability.conftest import clean_env, copy_seeds, run_cli, snapshot


def test_sigkill_at_any_point_leaves_the_last_good_state(busy_inbox, uninterrupted, tmp_path):
    wh = tmp_path / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(busy_inbox), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(tmp_path / "dh"))
    for delay in (0.5, 2.0, 4.0, 6.0, 8.0, 11.0):
        # (batch numbers left out: a cut-short run may have committed its ingest batch, so the
        # batches that follow are numbered one further on than in the uninterrupted run)
        before = snapshot(wh, lineage=False) if wh.exists() else None
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "run"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its extraction workers, without warning
        proc.wait()
        after = snapshot(wh, lineage=False) if wh.exists() else None
        # either nothing changed, or the publish had completed: never a mixture
        assert after in (before, uninterrupted), f"half-written state after a kill at {delay}s"
    finished = run_cli("run", env=env)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert snapshot(wh, lineage=False) == uninterrupted
    assert not [p for p in (tmp_path / "lake" / "batches").iterdir() if p.name.startswith(".")]


READER = r"""
import json, os, sys, time, duckdb
path, stop_file, deadline = sys.argv[1], sys.argv[2], time.time() + 600
seen, errors = set(), []
last_round = False
while time.time() < deadline and not last_round:
    last_round = os.path.exists(stop_file)  # one more read after the writer has finished
    try:
        con = duckdb.connect(path, read_only=True)
        claims = con.execute("select count(*) from claims").fetchone()[0]
        linked = con.execute("select count(distinct claim_id) from event_claims").fetchone()[0]
        orphans = con.execute("select count(*) from claims c left join documents d using (content_hash) where d.content_hash is null").fetchone()[0]
        con.close()
        seen.add((claims, linked, orphans))
    except Exception as e:  # any lock or corruption error is a failure
        errors.append(f"{type(e).__name__}: {e}")
    time.sleep(0.02)
print(json.dumps({"seen": sorted(seen), "errors": errors[:5], "n_errors": len(errors)}))
"""


def test_readers_never_block_or_see_a_half_written_state(busy_inbox, tmp_path):
    seeds_only = copy_seeds(tmp_path / "seeds")
    wh = tmp_path / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(seeds_only), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(tmp_path / "dh"))
    assert run_cli("run", env=env).returncode == 0
    old = snapshot(wh)
    stop_file = tmp_path / "writer-done"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(wh), str(stop_file)], stdout=subprocess.PIPE, text=True
    )
    writer = run_cli("run", env={**env, "UAV_INBOX": str(busy_inbox)})
    stop_file.touch()
    assert writer.returncode == 0, writer.stderr[-3000:]
    report = json.loads(reader.communicate(timeout=120)[0])
    new = snapshot(wh)
    assert report["n_errors"] == 0, report["errors"]
    allowed = {(len(s["claims"]), len({c for _, c in s["event_claims"]}), 0) for s in (old, new)}
    assert {tuple(x) for x in report["seen"]} <= allowed
    assert len(report["seen"]) == 2  # the reader saw the old state, then the new one
