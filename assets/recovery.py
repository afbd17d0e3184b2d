"""Runs whose process died: marked failed, their concurrency slots freed.

A run killed without warning (SIGKILL, power loss, OOM killer) during a step of pool `duckdb`
keeps that pool's only slot in the instance's storage; every later run would wait for it
forever. Dagster's run monitoring cannot see such a death with the default run launcher (it has
no worker health check) and `free_slots_after_run_end_seconds` frees slots only of runs that
ended. So the CLI, the schedule, the inbox sensor and the `dead_run_reaper` sensor call
`reap_dead_runs` before they start anything: a run in progress whose process is gone from this
host is reported failed, and the slots of every ended run are freed.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass

import dagster as dg
from dagster._core.storage.dagster_run import FINISHED_STATUSES, IN_PROGRESS_RUN_STATUSES
from dagster._utils.interrupts import check_captured_interrupt

log = logging.getLogger(__name__)

# the host a run's process runs on (the CLI and our run requests set it; untagged runs are the
# default launcher's, whose run workers run on the daemon's host, i.e. here)
HOST_TAG = "uav-etl/host"
POOL = "duckdb"


def host_tags() -> dict[str, str]:
    return {HOST_TAG: socket.gethostname()}


@dataclass(frozen=True)
class Reaped:
    run_id: str
    status: str  # the run's status when it was found
    reason: str


def _process_start(pid: int) -> float | None:
    """When the process started (seconds since the epoch), or None if it is gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/stat") as f:
            boot = next(float(line.split()[1]) for line in f if line.startswith("btime"))
    except FileNotFoundError:
        return None
    except OSError:  # no /proc (not Linux): ask the kernel whether the pid exists at all
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return 0.0
    if fields[0] == "Z":  # state: dead, waiting for its parent to collect it
        return None
    return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")


def run_process(instance: dg.DagsterInstance, run_id: str) -> tuple[int, float] | None:
    """The pid of the process that orchestrates the run, and when it said so: the first engine
    event carrying a pid (the run worker, or the in-process executor of `execute_in_process`)."""
    for entry in instance.all_logs(run_id, of_type=dg.DagsterEventType.ENGINE_EVENT):
        data = entry.dagster_event.event_specific_data if entry.dagster_event else None
        pid = data.metadata.get("pid") if data is not None and data.metadata else None
        if pid is not None:
            return int(pid.value), entry.timestamp
    return None


def _dead(instance: dg.DagsterInstance, run: dg.DagsterRun) -> str | None:
    """Why the run's process is known to be dead, or None if it may be alive (or is elsewhere)."""
    if run.tags.get(HOST_TAG, socket.gethostname()) != socket.gethostname():
        return None
    found = run_process(instance, run.run_id)
    if found is None:
        return None  # no process recorded yet: it holds no slot (steps come after that event)
    pid, said_at = found
    started = _process_start(pid)
    if started is None:
        return f"its process {pid} is gone"
    if started > said_at + 1:  # the pid was reused by a process started after the run's
        return f"its process {pid} is gone (the pid now belongs to a newer process)"
    return None


def reap_dead_runs(instance: dg.DagsterInstance) -> list[Reaped]:
    """Report runs in progress whose process died as failed, and free the slots they and every
    ended run hold. Safe to call at any time and from several processes at once."""
    storage = instance.event_log_storage
    holders: set[str] = set()
    if storage.supports_global_concurrency_limits:
        holders |= storage.get_concurrency_run_ids()  # runs with steps waiting for or holding a slot
        for key in storage.get_concurrency_keys() | {POOL}:
            holders |= {slot.run_id for slot in storage.get_concurrency_info(key).claimed_slots}
    in_progress = instance.get_runs(filters=dg.RunsFilter(statuses=list(IN_PROGRESS_RUN_STATUSES)))
    candidates = {run.run_id: run for run in in_progress}
    for run_id in holders - candidates.keys():
        run = instance.get_run_by_id(run_id)
        if run is not None:
            candidates[run_id] = run
    reaped = []
    for run in candidates.values():
        if run.status in FINISHED_STATUSES:
            reason = f"run ended ({run.status.value}) without freeing its slots"
        else:
            reason = _dead(instance, run)
            if reason is None:
                continue
            instance.report_run_failed(run, f"Marked failed by uav-etl: {reason}.")
        if storage.supports_global_concurrency_limits and run.run_id in holders:
            storage.free_concurrency_slots_for_run(run.run_id)
        reaped.append(Reaped(run.run_id, run.status.value, reason))
    return reaped


def reap_before_request(context: dg.SensorEvaluationContext | dg.ScheduleEvaluationContext) -> list[Reaped]:
    """`reap_dead_runs` on the instance of a sensor or schedule evaluation."""
    try:
        instance = context.instance
    except dg.DagsterInvariantViolationError:  # a context built without an instance: nothing to reap
        return []
    return reap_dead_runs(instance)


def pool_holders(instance: dg.DagsterInstance, pool: str = POOL) -> list[str]:
    """Ids of the runs holding a slot of `pool`."""
    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    return sorted({slot.run_id for slot in storage.get_concurrency_info(pool).claimed_slots})


def waiting_for_slot(instance: dg.DagsterInstance, run_id: str, pool: str = POOL) -> bool:
    """Whether a step of the run waits for a slot of `pool` (queued, not holding one)."""
    info = instance.event_log_storage.get_concurrency_info(pool)
    holding = {slot.step_key for slot in info.claimed_slots if slot.run_id == run_id}
    return any(step.run_id == run_id and step.step_key not in holding for step in info.pending_steps)


class PoolWatch(threading.Thread):
    """Beside an in-process run (`uav-etl run`): every `every` seconds, frees what dead runs hold,
    and ends the process when the run has waited for a `duckdb` slot longer than `wait` seconds,
    or was sent SIGTERM or Ctrl-C while waiting. Dagster's in-process executor looks at neither
    while a step waits for a slot (it would wait forever). Nothing is being written then: the
    executor runs one step at a time, and that step has not started."""

    def __init__(self, instance: dg.DagsterInstance, run_id: str, wait: float, every: float = 2.0) -> None:
        super().__init__(name="uav-etl-pool-watch", daemon=True)
        self.instance, self.run_id, self.wait, self.every = instance, run_id, wait, every
        self.done = threading.Event()

    def run(self) -> None:
        waiting_since: float | None = None
        while not self.done.wait(self.every):
            try:
                reap_dead_runs(self.instance)
                if not waiting_for_slot(self.instance, self.run_id):
                    waiting_since = None
                    continue
                waiting_since = waiting_since or time.monotonic()
                if check_captured_interrupt():
                    self._give_up("interrupted while waiting for the `duckdb` pool", 130)
                if time.monotonic() - waiting_since > self.wait:
                    holders = ", ".join(pool_holders(self.instance)) or "another run"
                    self._give_up(f"gave up after waiting {self.wait:.0f} s for the `duckdb` pool held by {holders}", 3)
            except Exception:  # the watch must never take a healthy run down
                log.exception("pool watch")

    def _give_up(self, message: str, code: int) -> None:
        run = self.instance.get_run_by_id(self.run_id)
        if run is not None:
            self.instance.report_run_failed(run, f"uav-etl: {message}.")
        self.instance.event_log_storage.free_concurrency_slots_for_run(self.run_id)
        print(f"run {self.run_id}: {message}; nothing was written", file=sys.stderr, flush=True)
        sys.stdout.flush()
        os._exit(code)  # the main thread sleeps in Dagster's wait loop, which no exception reaches


@dg.sensor(
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Every 30 s: runs whose process died are marked failed and the concurrency slots they hold "
        "are freed, so a killed run never blocks the next (runs started from the UI or a backfill too)."
    ),
)
def dead_run_reaper(context: dg.SensorEvaluationContext) -> dg.SkipReason:
    reaped = reap_before_request(context)
    for r in reaped:
        context.log.warning(f"run {r.run_id} ({r.status}): {r.reason}; its slots were freed")
    return dg.SkipReason(f"{len(reaped)} dead runs reaped" if reaped else "no dead run holds a slot")
