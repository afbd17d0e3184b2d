"""The Dagster code location: assets, groups, checks, schedule and sensor as the UI shows them."""

from __future__ import annotations

import os
import time

import dagster as dg

from assets.automation import inbox_sensor
from assets.definitions import defs


def test_assets_groups_and_descriptions():
    graph = defs.resolve_asset_graph()
    groups = {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}
    assert groups == {
        "raw_documents": "ingest",
        "claims": "extract",
        "events": "warehouse",
        "warehouse": "warehouse",
        "reports": "reports",
    }
    for key in graph.get_all_asset_keys():
        spec = graph.get(key)
        assert spec.description and len(spec.description) > 40
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
