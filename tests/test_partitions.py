"""Extraction by inbox shard: shards extracted in separate runs at the same time (resource config
`shards`) give the same warehouse as one run over all of them."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import dagster as dg
import pytest

from assets.definitions import defs
from assets.resources import PipelineSettings
from assets.warehouse import warehouse
from pipelines.config import Settings
from pipelines.warehouse.lake import SHARDS, Lake, shard_of
from tests.conftest import SEEDS, materialize
from tests.test_pipeline import snapshot

FILLER = 120  # claim-free records, so that every shard has documents


def _inbox(root: Path) -> Path:
    inbox = root / "inbox"
    shutil.copytree(SEEDS, inbox)
    with (inbox / "filler.jsonl").open("w", encoding="utf-8") as f:
        for i in range(FILLER):
            f.write(json.dumps({"id": f"note-{i}", "text": f"Light rain is expected in Porto on day {i}."}) + "\n")
    return inbox


def _run(inbox: Path, warehouse: Path, assets: list[str], shard: str = "") -> bool:
    """One Dagster run of `assets` (in a process of its own): Dagster's implicit asset job, one shard
    per run when given. A run that extracts must check its own lake batch."""
    os.environ["UAV_INBOX"], os.environ["UAV_WAREHOUSE"] = str(inbox), str(warehouse)
    result = defs.resolve_implicit_global_asset_job_def().execute_in_process(
        instance=dg.DagsterInstance.ephemeral(),
        asset_selection=[dg.AssetKey.from_user_string(a) for a in assets],
        run_config={"resources": {"pipeline": {"config": {"shards": shard}}}},
        raise_on_error=False,
    )
    if "claims" in assets:
        [extracted] = [
            m.materialization.metadata["lake_batch"].value for m in result.get_asset_materialization_events()
        ]
        checked = {e.metadata["batch"].value for e in result.get_asset_check_evaluations()}
        assert extracted.startswith("b") and checked == {extracted}  # every check of claims, this batch
    return result.success


def test_claims_is_one_run_by_default_and_shards_are_run_config():
    assert defs.resolve_asset_graph().get(dg.AssetKey("claims")).partitions_def is None
    assert PipelineSettings().shard_keys() == list(SHARDS)
    assert PipelineSettings(shards=f"{SHARDS[3]}, {SHARDS[1]}").shard_keys() == [SHARDS[1], SHARDS[3]]
    with pytest.raises(dg.Failure, match="unknown shards"):
        PipelineSettings(shards="shard-99").shard_keys()


def test_shards_extracted_in_parallel_runs_equal_one_run(tmp_path, monkeypatch):
    one = tmp_path / "one"
    materialize(monkeypatch, _inbox(one), one / "wh" / "uav.duckdb")

    par = tmp_path / "par"
    inbox, wh = _inbox(par), par / "wh" / "uav.duckdb"
    assert _run(inbox, wh, ["raw_documents"])
    staged = {p.name for p in (Lake(Settings(inbox, wh).lake).staging_dir).iterdir()}
    assert staged == set(SHARDS)  # every shard has work
    with ProcessPoolExecutor(len(SHARDS), mp_context=multiprocessing.get_context("spawn")) as pool:
        done = list(pool.map(_run, *zip(*[(inbox, wh, ["claims"], s) for s in SHARDS], strict=True)))
    assert all(done)
    lake = Lake(Settings(inbox, wh).lake)
    assert len(lake.batches()) == 1 + len(SHARDS)  # ingest's batch, then one per shard
    assert not list(lake.staging_dir.iterdir())
    assert _run(inbox, wh, ["events", *(k.to_user_string() for k in warehouse.keys)])  # one publish: every table
    assert snapshot(wh) == snapshot(one / "wh" / "uav.duckdb")


def test_a_text_is_extracted_once_even_if_two_batches_hold_it(tmp_path, monkeypatch):
    """An ingest that re-stages a text while its first extraction is still running (a race the
    shards allow) must not double it: the warehouse keeps the first batch's copy."""
    inbox = _inbox(tmp_path)
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, inbox, wh)
    before = snapshot(wh)
    lake = Lake(Settings(inbox, wh).lake)
    first_extraction = next(b for b in lake.batches() if any(b.glob("claims-*.parquet")))
    copy = lake.batches_dir / "batch=b000999"
    shutil.copytree(first_extraction, copy)
    materialize(monkeypatch, inbox, wh)
    assert snapshot(wh) == before


@pytest.mark.parametrize("content_hash", ["0" * 64, "f" * 64, "1234abcd" + "0" * 56])
def test_a_text_has_one_shard(content_hash):
    assert shard_of(content_hash) in SHARDS
    assert shard_of(content_hash) == shard_of(content_hash)
