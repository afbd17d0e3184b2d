"""When runs happen: a nightly schedule and a sensor on the inbox."""

import json
import os

import dagster as dg

from assets.recovery import host_tags, reap_before_request
from pipelines.config import settings
from pipelines.ingestion.inbox import SUFFIXES

uav_etl_job = dg.define_asset_job(
    "uav_etl_job",
    selection=dg.AssetSelection.all(),
    # one process for the whole run: a process per step costs each step the import of the
    # pipeline (about ten seconds on a busy machine), and extraction has a process pool of its own
    executor_def=dg.in_process_executor,
    description=(
        "Everything, in one run: ingest the inbox, extract and validate claims, derive events, publish "
        "the warehouse's tables and views, write the reports. What the nightly schedule and the inbox "
        "sensor run; launch it from here (Launchpad) to refresh by hand."
    ),
)


@dg.schedule(
    name="nightly_materialization",
    job=uav_etl_job,
    cron_schedule="0 2 * * *",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Materialize everything at 02:00 UTC every night (after freeing the slots of dead runs).",
)
def nightly_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    reap_before_request(context)  # a run killed last night must not hold tonight's run
    return dg.RunRequest(tags=host_tags())


def inbox_state(inbox: str) -> dict[str, list[int]]:
    """File name -> [mtime_ns, size] for the files the pipeline reads."""
    state = {}
    for root, dirs, files in os.walk(inbox):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            path = os.path.join(root, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            state[os.path.relpath(path, inbox)] = [st.st_mtime_ns, st.st_size]
    return state


@dg.sensor(
    job=uav_etl_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Starts a run when files are added to or changed in the inbox (UAV_INBOX).",
)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult:
    reap_before_request(context)  # the run it requests must not wait on a dead run's slot
    inbox = str(settings().inbox)
    current = inbox_state(inbox)
    previous = json.loads(context.cursor) if context.cursor else {}
    changed = sorted(name for name, sig in current.items() if previous.get(name) != sig)
    if not changed:
        return dg.SensorResult(skip_reason=f"no new or changed files in {inbox}", cursor=json.dumps(current))
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=f"inbox-{hash(json.dumps(current, sort_keys=True)) & 0xFFFFFFFF:x}",
                tags={"trigger": "inbox", "files": str(len(changed)), **host_tags()},
            )
        ],
        cursor=json.dumps(current),
    )
