"""The same assets, run by Dagster's Dask executor on a local two-process Dask cluster.

Each step runs in a Dask worker process that rebuilds the job from `dask_job` below (a
reconstructable job) and reports its events to a persistent instance in a temporary
DAGSTER_HOME: the Dask executor refuses an ephemeral instance, and step outputs go through
the filesystem IO manager. The scheduler binds to 127.0.0.1 and the dashboard is off.

Beside the seeds the inbox holds 600 claim-free records (weather notes): they change no total,
but make the claims step take its multi-process path (more than two chunks of 256 documents)
inside a Dask worker. Dask starts workers as daemons, which may not have child processes; the
executor's local cluster turns that off, and this test fails if it does not.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.definitions import defs
from assets.executors import dask_executor
from tests.conftest import DATA, SEEDS

FILLER = 600  # claim-free documents: more than two extraction chunks
LOCAL_CLUSTER = {
    "n_workers": 2,
    "threads_per_worker": 1,
    "processes": True,
    "host": "127.0.0.1",
    "dashboard_address": None,
}


def dask_job() -> dg.JobDefinition:
    """`uav_etl_job`'s selection over the very assets, checks and resources of `defs`, on Dask."""
    job = dg.define_asset_job("uav_etl_dask_job", selection=dg.AssetSelection.all(), executor_def=dask_executor)
    return dg.Definitions.merge(defs, dg.Definitions(jobs=[job])).resolve_job_def("uav_etl_dask_job")


def test_seeds_materialize_on_a_two_worker_dask_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh" / "uav.duckdb"
    shutil.copytree(SEEDS, inbox)
    with (inbox / "filler.jsonl").open("w", encoding="utf-8") as f:
        for i in range(FILLER):
            record = {"id": f"filler-{i}", "text": f"Sunny weather with light winds is expected in Lisbon on day {i}."}
            f.write(json.dumps(record) + "\n")
    # set before the cluster starts, so the worker processes inherit them
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("UAV_INBOX", str(inbox))
    monkeypatch.setenv("UAV_WAREHOUSE", str(warehouse))

    assert {n.name for n in dask_job().nodes} == {n.name for n in defs.resolve_job_def("uav_etl_job").nodes}
    with dg.DagsterInstance.get() as instance:
        assert instance.is_persistent
        result = dg.execute_job(
            dg.reconstructable(dask_job),
            instance=instance,
            run_config={"execution": {"config": {"cluster": {"local": LOCAL_CLUSTER}}}},
            raise_on_error=True,
        )
        failures = [str(e.step_failure_data.error.message) for e in result.get_step_failure_events()]
        assert result.success, failures
        steps = {e.step_key for e in result.get_step_success_events()}
        assert {"raw_documents", "claims", "events", "warehouse"} <= steps
        failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed]
        assert not failed_checks

    with (DATA / "seeds.region_totals.csv").open() as f:
        gold = {
            r["region_code"]: (int(r["intercepted_best"]), int(r["intercepted_high"]), int(r["attacks"]))
            for r in csv.DictReader(f)
        }
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        fillers = con.execute("select count(*) from documents where doc_id like 'filler-%'").fetchone()[0]
        filler_claims = con.execute("select count(*) from claims where doc like 'filler-%'").fetchone()[0]
        got = {
            r[0]: r[1:]
            for r in con.execute(
                "select region_code, intercepted_best, intercepted_high, attacks from region_totals"
            ).fetchall()
        }
    finally:
        con.close()
    assert got == gold
    assert (fillers, filler_claims) == (FILLER, 0)
