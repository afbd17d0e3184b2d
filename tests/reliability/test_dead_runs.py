"""A run killed during a step of pool `duckdb` never blocks the next (issue 15, item 1).

Each test SIGKILLs a real `uav-etl run` (its whole process group) while it holds the pool's only
slot, during `events` or `warehouse`, under the project's own pool limits (dagster.yaml). Then
the CLI, the nightly schedule, the inbox sensor or the reaper sensor must free the slot, and
the next run must finish (within a timeout, so a hang fails the test) with the same warehouse
as a run that nothing interrupted.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import dagster as dg
import pytest

from assets.automation import inbox_sensor, nightly_schedule
from assets.recovery import POOL, dead_run_reaper, pool_holders
from pipelines.config import PROJECT_ROOT
from tests.reliability.conftest import clean_env, pooled_dagster_home, run_cli, snapshot

NEXT_RUN_TIMEOUT = 300  # seconds; an uninterrupted run of the busy inbox takes about 15


def kill_during(step: str, env: dict[str, str], instance: dg.DagsterInstance) -> str:
    """Start `uav-etl run`, SIGKILL its process group while `step` holds the pool slot, return the run id."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "run"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + NEXT_RUN_TIMEOUT
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            slots = instance.event_log_storage.get_concurrency_info(POOL).claimed_slots
            holding = [slot.run_id for slot in slots if slot.step_key == step]
            if holding:
                os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, without warning
                proc.wait()
                return holding[0]
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    pytest.fail(f"the run never held the `{POOL}` slot during {step}")


def recover_by_schedule(instance: dg.DagsterInstance) -> None:
    request = nightly_schedule(dg.build_schedule_context(instance=instance))
    assert isinstance(request, dg.RunRequest)


def recover_by_inbox_sensor(instance: dg.DagsterInstance) -> None:
    result = inbox_sensor(dg.build_sensor_context(instance=instance, cursor=None))
    assert result.run_requests  # a first look at the inbox requests a run


def recover_by_reaper(instance: dg.DagsterInstance) -> None:
    dead_run_reaper(dg.build_sensor_context(instance=instance))


@pytest.mark.parametrize(
    ("step", "recover"),
    [
        ("events", None),  # the next `uav-etl run` frees the slot itself
        ("warehouse", recover_by_schedule),
        ("events", recover_by_inbox_sensor),
        ("warehouse", recover_by_reaper),
    ],
    ids=["events-cli", "warehouse-schedule", "events-sensor", "warehouse-reaper"],
)
def test_a_run_killed_in_the_duckdb_pool_does_not_block_the_next(
    step, recover, busy_inbox, uninterrupted, tmp_path, monkeypatch
):
    home = pooled_dagster_home(tmp_path / "dh")
    wh = tmp_path / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(busy_inbox), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(home))
    monkeypatch.setenv("UAV_INBOX", str(busy_inbox))  # for the sensor's look at the inbox
    with dg.DagsterInstance.from_config(str(home)) as instance:
        dead = kill_during(step, env, instance)
        assert pool_holders(instance) == [dead]  # the fault: the dead run still holds the slot
        if recover is not None:
            recover(instance)
            assert pool_holders(instance) == []
        finished = run_cli("run", env=env, timeout=NEXT_RUN_TIMEOUT)
        assert finished.returncode == 0, finished.stderr[-3000:]
        assert instance.get_run_by_id(dead).status == dg.DagsterRunStatus.FAILURE
        assert pool_holders(instance) == []
    if recover is None:
        assert f"run {dead} (STARTED): its process" in finished.stderr
    assert snapshot(wh, lineage=False) == uninterrupted


def test_a_run_gives_up_with_a_message_when_a_live_run_keeps_the_pool(tmp_path):
    home = pooled_dagster_home(tmp_path / "dh")
    wh = tmp_path / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(PROJECT_ROOT / "seeds"), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(home))
    with dg.DagsterInstance.from_config(str(home)) as instance:
        # a holder that is not a dead run of this instance (another host's, say): never reaped
        instance.event_log_storage.initialize_concurrency_limit_to_default(POOL)  # 1, from dagster.yaml
        instance.event_log_storage.claim_concurrency_slot(POOL, "run-elsewhere", "warehouse")
        started = time.monotonic()
        waited = run_cli("run", "--wait", "2", env=env, timeout=NEXT_RUN_TIMEOUT)
        assert waited.returncode == 3
        assert "gave up after 2 s: run run-elsewhere is alive and holds the `duckdb` pool" in waited.stderr
        assert time.monotonic() - started < 120
        assert not wh.exists()
        instance.event_log_storage.free_concurrency_slots_for_run("run-elsewhere")
        assert run_cli("run", env=env, timeout=NEXT_RUN_TIMEOUT).returncode == 0
