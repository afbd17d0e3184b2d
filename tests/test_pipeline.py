"""The pipeline end to end on real files, a real DuckDB file and real Dagster runs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import pipelines.config
from pipelines import stages
from pipelines.config import PROJECT_ROOT
from tests.conftest import SEEDS, materialize

TABLES = ("documents", "document_sources", "claims", "events", "event_claims", "rejects")


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            t: con.execute(
                f"select * exclude (batch) from {t} order by all"
                if t not in ("events", "event_claims")
                else f"select * from {t} order by all"
            ).fetchall()
            for t in TABLES
        }
    finally:
        con.close()


def metadata(result, asset: str) -> dict:
    mats = [m for m in result.get_asset_materialization_events() if m.asset_key.to_user_string() == asset]
    return {k: v.value for k, v in mats[-1].materialization.metadata.items()}


def test_rerun_over_the_same_inbox_gives_identical_tables(monkeypatch, seed_inbox, tmp_path):
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, seed_inbox, wh)
    first = snapshot(wh)
    second_run = materialize(monkeypatch, seed_inbox, wh)
    assert metadata(second_run, "raw_documents")["new_documents"] == 0
    assert snapshot(wh) == first


def test_a_new_file_is_the_only_one_extracted(monkeypatch, seed_inbox, tmp_path):
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, seed_inbox, wh)
    (seed_inbox / "new-report.txt").write_text(
        "---\npublished: 2025-06-02\n---\nTver region governor Ivan Petrov said on Monday that air defences "
        "had destroyed seven drones over the region overnight.\n",
        encoding="utf-8",
    )
    result = materialize(monkeypatch, seed_inbox, wh)
    assert metadata(result, "raw_documents")["new_documents"] == 1
    assert metadata(result, "raw_documents")["files"] == 1  # the seeds, unchanged, are not even read
    assert metadata(result, "raw_documents")["unchanged_files_skipped"] == len(list(SEEDS.iterdir()))
    assert metadata(result, "claims")["documents"] == 1
    con = duckdb.connect(str(wh), read_only=True)
    row = con.execute(
        "select region_code, count, authority, date::varchar from claims where doc = 'new-report'"
    ).fetchall()
    con.close()
    assert row == [("RU-TVE", 7, "governor:RU-TVE", "2025-06-02")]


def test_removing_a_file_keeps_what_was_learned_until_a_full_rebuild(monkeypatch, seed_inbox, tmp_path):
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, seed_inbox, wh)
    before = snapshot(wh)["claims"]
    victim = sorted(seed_inbox.glob("*.txt"))[0]
    victim.unlink()
    materialize(monkeypatch, seed_inbox, wh)
    assert snapshot(wh)["claims"] == before
    # the documented full rebuild forgets the lake and reads the inbox again
    env = {"UAV_INBOX": str(seed_inbox), "UAV_WAREHOUSE": str(wh), "DAGSTER_HOME": str(tmp_path / "dh")}
    run = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "run", "--full-rebuild"],
        cwd=PROJECT_ROOT,
        env={**_env(), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    con = duckdb.connect(str(wh), read_only=True)
    remaining = {r[0] for r in con.execute("select distinct doc from claims").fetchall()}
    con.close()
    assert victim.stem not in remaining
    assert len(remaining) == 4


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith(("UAV_", "DAGSTER_HOME"))}


def test_same_text_under_two_names_is_one_document_with_two_sources(monkeypatch, seed_inbox, tmp_path):
    first = sorted(seed_inbox.glob("*.txt"))[0]
    shutil.copy(first, seed_inbox / "mirror-copy.txt")
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, seed_inbox, wh)
    con = duckdb.connect(str(wh), read_only=True)
    docs = con.execute("select count(*) from documents").fetchone()[0]
    sources = con.execute("select doc_id from document_sources order by doc_id").fetchall()
    n_sources = con.execute("select n_sources from documents where doc_id = ?", [first.stem]).fetchone()[0]
    con.close()
    assert docs == 5
    assert (first.stem,) in sources and ("mirror-copy",) in sources
    assert n_sources == 2


def test_all_asset_checks_pass_on_the_seeds(monkeypatch, seed_inbox, tmp_path):
    result = materialize(monkeypatch, seed_inbox, tmp_path / "wh" / "uav.duckdb")
    evaluations = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert evaluations == {
        "claims_reject_share": True,
        "claims_extractor_failures": True,
        "claims_extractor_versions": True,
        "no_event_without_claim": True,
        "totals_balance": True,
        "claims_have_documents": True,
        "event_ids_unique": True,
        "report_links_resolve": True,
    }


def test_extract_command_prints_exactly_what_the_pipeline_stores(seed_warehouse):
    out = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "extract", *map(str, sorted((PROJECT_ROOT / "seeds").glob("*.txt")))],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    printed = sorted(
        (r["claim_id"], r["doc"], r["region_code"], r["count"], r["authority"])
        for r in map(json.loads, out.splitlines())
    )
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    stored = sorted(con.execute("select claim_id, doc, region_code, count, authority from claims").fetchall())
    con.close()
    assert printed == stored
    first = json.loads(out.splitlines()[0])
    assert list(first)[:9] == [
        "doc",
        "event_type",
        "region_code",
        "count",
        "count_low",
        "authority",
        "date",
        "localities",
        "is_total",
    ]


def test_sql_command_reads_and_refuses_writes(seed_warehouse, monkeypatch):
    env = {**_env(), "UAV_WAREHOUSE": str(seed_warehouse)}
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "sql",
            "select region_code, intercepted_best from region_totals limit 1",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0 and "RU-KLU" in ok.stdout and "57" in ok.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "sql", "delete from claims"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "read-only" in bad.stderr


@pytest.mark.parametrize("view", ["region_totals", "region_daily", "authority_totals", "region_authority_day"])
def test_views_exist_and_answer(seed_warehouse, view):
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    n = con.execute(f"select count(*) from {view}").fetchone()[0]
    con.close()
    assert n > 0


def test_the_official_duckdb_shell_opens_the_warehouse(seed_warehouse):
    shell = Path(sys.executable).parent / "duckdb"  # duckdb-cli, pinned to the storage version we write
    out = subprocess.run(
        [str(shell), "-readonly", "-csv", str(seed_warehouse), "-c", "select count(*) from events"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "17"


def test_a_changed_file_and_an_unextracted_text_are_read_again(monkeypatch, seed_inbox, tmp_path):
    wh = tmp_path / "wh" / "uav.duckdb"
    monkeypatch.setenv("UAV_INBOX", str(seed_inbox))
    monkeypatch.setenv("UAV_WAREHOUSE", str(wh))
    settings = pipelines.config.settings()
    stages.ingest(settings)  # staged, but the extraction never ran (a crash, say)
    assert stages.ingest(settings).new == len(list(SEEDS.iterdir()))  # so the files are read again
    materialize(monkeypatch, seed_inbox, wh)
    victim = sorted(seed_inbox.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8")
    again = stages.ingest(settings)
    # read again: the file gives its id a new text, a new version of the document (test_reextraction_edits)
    assert (again.files, again.new, again.rejected) == (1, 1, 0)
