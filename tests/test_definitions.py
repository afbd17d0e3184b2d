"""The Dagster code location: assets, groups, checks, schedule and sensor as the UI shows them."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import dagster as dg
import pytest

from assets.automation import inbox_sensor
from assets.definitions import defs
from assets.resources import WAREHOUSE_TAG
from pipelines.warehouse.query import connect_readonly
from tests.conftest import SEEDS, materialize

# the relations the README lists: each a published table or view with every column described
PUBLISHED = (
    "documents",
    "document_sources",
    "claims",
    "events",
    "event_claims",
    "rejects",
    "publishes",
    "claims_history",
    "region_totals_history",
    "region_authority_day",
    "region_daily",
    "region_totals",
    "region_day_claims",
    "authority_totals",
    "national_daily",
    "national_monthly",
    "regions",
    "batches",
)


def test_assets_groups_and_descriptions():
    graph = defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    tables = {f"warehouse/{name}": "warehouse" for name in PUBLISHED}
    assert groups == {
        "raw_documents": "ingest",
        "claims": "extract",
        "events": "warehouse",
        "warehouse": "warehouse",
        **tables,
        "reports": "reports",
    }
    for key in graph.get_all_asset_keys():
        spec = graph.get(key)
        assert spec.description and len(spec.description) > 25
        assert spec.owners == ["team:uav-etl"]


def test_checks_schedule_and_sensor_are_defined():
    checks = {k.name for k in defs.resolve_asset_graph().asset_check_keys}
    assert checks == {
        "claims_reject_share",
        "claims_extractor_failures",
        "claims_extractor_versions",
        "no_event_without_claim",
        "totals_balance",
        "claims_have_documents",
        "event_ids_unique",
        "report_links_resolve",
    }
    events = dg.AssetKey(["warehouse", "events"])
    assert {k.name for k in defs.resolve_asset_graph().asset_check_keys if k.asset_key == events} == {
        "no_event_without_claim",
        "totals_balance",
        "event_ids_unique",
    }
    policy = defs.resolve_asset_graph().get(dg.AssetKey("warehouse")).freshness_policy
    assert policy.fail_window.to_timedelta().total_seconds() == 26 * 3600  # the nightly run's freshness
    schedule = defs.resolve_schedule_def("nightly_materialization")
    assert schedule.cron_schedule == "0 2 * * *"
    assert defs.resolve_sensor_def("inbox_sensor").job_name == "uav_etl_job"
    assert defs.resolve_sensor_def("dead_run_reaper").minimum_interval_seconds == 30


def test_inbox_sensor_fires_on_new_and_changed_files_only(tmp_path, monkeypatch):
    monkeypatch.setenv("UAV_INBOX", str(tmp_path))
    (tmp_path / "a.txt").write_text("one")
    first = inbox_sensor(dg.build_sensor_context(cursor=None))
    assert len(first.run_requests) == 1
    quiet = inbox_sensor(dg.build_sensor_context(cursor=first.cursor))
    assert not quiet.run_requests
    (tmp_path / "ignored.png").write_bytes(b"x")
    assert not inbox_sensor(dg.build_sensor_context(cursor=first.cursor)).run_requests
    (tmp_path / "b.jsonl").write_text('{"text": "two"}\n')
    os.utime(tmp_path / "a.txt", (time.time() + 5, time.time() + 5))
    changed = inbox_sensor(dg.build_sensor_context(cursor=first.cursor))
    assert len(changed.run_requests) == 1
    assert changed.run_requests[0].tags["files"] == "2"


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dg.ExecuteInProcessResult]:
    """The seeds run through the job twice into one warehouse: the second run finds nothing new."""
    root = tmp_path_factory.mktemp("twice")
    shutil.copytree(SEEDS, root / "inbox")
    wh = root / "wh" / "uav.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        materialize(mp, root / "inbox", wh)
        return wh, materialize(mp, root / "inbox", wh)


def _materializations(result: dg.ExecuteInProcessResult) -> dict[str, dict]:
    return {m.asset_key.to_user_string(): m.materialization.metadata for m in result.get_asset_materialization_events()}


def test_every_published_relation_is_an_asset_with_its_whole_row_count(twice):
    wh, result = twice
    meta = _materializations(result)
    con = connect_readonly(wh)
    try:
        names = {
            n
            for (n,) in con.execute(
                "select table_name from duckdb_tables() union select view_name from duckdb_views() where not internal"
            ).fetchall()
        }
        # (the builder's bookkeeping is in the staging schema, its inputs are temporary views)
        assert not {n for n in names if n.endswith("_in")}
        names -= {"lake_batches"}
        for name in names:
            rows = con.execute(f'select count(*) from "{name}"').fetchone()[0]  # noqa: S608 - catalog names
            assert meta[f"warehouse/{name}"]["dagster/row_count"].value == rows, name
            assert meta[f"warehouse/{name}"]["dagster/table_name"].value == f"uav.main.{name}"
    finally:
        con.close()
    assert set(PUBLISHED) <= names
    # nothing new in the second run, yet the tables report their whole size, not the increment
    assert meta["warehouse/claims"]["dagster/row_count"].value > 0
    assert meta["warehouse/region_totals"]["dagster/row_count"].value > 0


def test_every_column_has_a_type_and_a_description(twice):
    wh, result = twice
    meta = _materializations(result)
    con = connect_readonly(wh)
    try:
        for name in PUBLISHED:
            schema = meta[f"warehouse/{name}"]["dagster/column_schema"].value
            published = [
                c
                for (c,) in con.execute(
                    "select column_name from duckdb_columns() where table_name = ? order by column_index", [name]
                ).fetchall()
            ]
            assert [c.name for c in schema.columns] == published
            undescribed = [c.name for c in schema.columns if not c.description or c.type == "unknown"]
            assert not undescribed, f"{name}: {undescribed}"
    finally:
        con.close()
    claim_id = next(c for c in meta["warehouse/claims"]["dagster/column_schema"].value.columns if c.name == "claim_id")
    assert claim_id.constraints.unique and not claim_id.constraints.nullable  # from the Pandera schema
    assert "str_length(min_value=8)" in claim_id.constraints.other


def test_a_table_links_to_its_sql_and_its_code():
    graph = defs.resolve_asset_graph()
    for name in PUBLISHED:
        refs = graph.get(dg.AssetKey(["warehouse", name])).metadata["dagster/code_references"].code_references
        sql, code = refs
        line = Path(sql.file_path).read_text(encoding="utf-8").splitlines()[sql.line_number - 1].lower()
        assert line.startswith("create") and f" {name} " in f"{line} "
        assert code.file_path.endswith("assets/warehouse.py")
    spec = graph.get(dg.AssetKey(["warehouse", "claims"]))
    assert "ANNOTATION.md" in spec.description  # the table's `comment on`
    assert {c.name for c in spec.metadata["dagster/column_schema"].columns} >= {"claim_id", "evidence", "rule"}


def test_one_run_does_everything_in_one_process_and_names_its_warehouse(twice):
    wh, result = twice
    job = defs.resolve_job_def("uav_etl_job")
    assert job.executor_def.name == "in_process"
    assert defs.resolve_asset_graph().get(dg.AssetKey("claims")).partitions_def is None
    assert result.dagster_run.tags[WAREHOUSE_TAG] == str(wh)
