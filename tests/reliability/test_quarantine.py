"""Rows failing the schema are quarantined; too many of them fail the blocking check loudly."""

from __future__ import annotations

import dagster as dg
import duckdb
import polars as pl

from assets.definitions import defs
from pipelines.config import Settings
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.stages import rejects_frame
from pipelines.validation.schemas import ClaimSchema, validate
from pipelines.warehouse.lake import Lake
from tests.conftest import materialize
from tests.test_events import claim


def _batch_with_bad_rows(lake_root, good: int, bad: int) -> None:
    rows = [claim(f"goodclaim{i}", f"d{i}") for i in range(good)] + [
        claim(f"badclaim{i}", f"x{i}", region="ZZ-99") for i in range(bad)
    ]
    valid, rejects = validate(pl.DataFrame(rows, schema=CLAIM_SCHEMA), ClaimSchema, "claim_id", "validate_claims")
    writer = Lake(lake_root).begin_batch()
    writer.write("claims", valid)
    writer.write("rejects", pl.concat([rejects_frame([]), rejects]))
    writer.commit()


def test_rejected_share_over_the_threshold_blocks_the_aggregates(monkeypatch, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "wh" / "uav.duckdb"
    _batch_with_bad_rows(Settings(inbox, wh).lake, good=2, bad=3)
    monkeypatch.setenv("UAV_REJECT_THRESHOLD", "0.2")
    monkeypatch.setenv("UAV_INBOX", str(inbox))
    monkeypatch.setenv("UAV_WAREHOUSE", str(wh))
    result = defs.resolve_job_def("uav_etl_job").execute_in_process(
        instance=dg.DagsterInstance.ephemeral(), raise_on_error=False
    )
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert checks["claims_reject_share"].passed is False
    assert checks["claims_reject_share"].metadata["share"].value == 0.6
    materialized = {m.asset_key.to_user_string() for m in result.get_asset_materialization_events()}
    assert "warehouse" not in materialized and not wh.exists()


def test_under_the_threshold_the_run_goes_on_and_rejects_are_kept(monkeypatch, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "wh" / "uav.duckdb"
    _batch_with_bad_rows(Settings(inbox, wh).lake, good=9, bad=1)
    monkeypatch.setenv("UAV_REJECT_THRESHOLD", "0.2")
    result = materialize(monkeypatch, inbox, wh)
    assert result.success
    con = duckdb.connect(str(wh), read_only=True)
    got = con.execute("select claim_id, \"check\" from rejects where stage = 'validate_claims'").fetchall()
    con.close()
    assert got == [("badclaim0", "region_code_is_iso_or_sea")]
