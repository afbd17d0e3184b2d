"""Publishing adds only the lake batches the published file lacks, and gives the tables a build
from every batch gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

import pipelines.warehouse.build as build
from pipelines import stages
from pipelines.config import Settings
from pipelines.warehouse.lake import Lake
from pipelines.warehouse.query import check_sql, rows
from tests.test_pipeline import snapshot


def run(settings: Settings) -> dict[str, int]:
    stages.ingest(settings)
    stages.extract(settings, workers=1)
    stages.derive_events(settings)
    return stages.publish(settings)


def sql_used(monkeypatch) -> list[str]:
    names: list[str] = []
    real = build.sql

    def recording(name: str) -> str:
        names.append(name)
        return real(name)

    monkeypatch.setattr(build, "sql", recording)
    return names


def held_batches(warehouse: Path) -> list[str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return [b for (b,) in con.execute("select batch from staging.lake_batches order by batch").fetchall()]
    finally:
        con.close()


def test_a_publish_extends_the_published_file_and_equals_a_full_build(monkeypatch, seed_inbox, tmp_path):
    settings = Settings(seed_inbox, tmp_path / "wh" / "uav.duckdb")
    run(settings)
    before = held_batches(settings.warehouse)
    # new claims, a known text under a second name (its n_sources grows), a bad file (a reject)
    (seed_inbox / "late.txt").write_text(
        "---\npublished: 2025-06-02\n---\nTver region governor Ivan Petrov said on Monday that air defences "
        "had destroyed seven drones over the region overnight.\n",
        encoding="utf-8",
    )
    first_seed = sorted(seed_inbox.glob("*.txt"))[0]
    shutil.copy(first_seed, seed_inbox / "mirror-copy.txt")
    (seed_inbox / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    used = sql_used(monkeypatch)
    counts = run(settings)
    assert "append.sql" in used and "load.sql" not in used
    after = held_batches(settings.warehouse)
    assert after[: len(before)] == before and len(after) > len(before)

    rebuilt = tmp_path / "full" / "uav.duckdb"
    used.clear()
    assert build.build_warehouse(Lake(settings.lake), rebuilt) == counts
    assert "load.sql" in used and "append.sql" not in used
    extended, full = snapshot(settings.warehouse), snapshot(rebuilt)
    assert extended == full
    assert any(r[1] == "late" for r in extended["claims"])
    assert any(r[1] == "broken.jsonl" for r in extended["rejects"])
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    assert con.execute("select max(n_sources) from documents").fetchone()[0] == 2
    views = [con.execute(f"select * from {v} order by all").fetchall() for v in build.VIEWS]  # noqa: S608
    con.close()
    con = duckdb.connect(str(rebuilt), read_only=True)
    assert views == [con.execute(f"select * from {v} order by all").fetchall() for v in build.VIEWS]  # noqa: S608
    assert any(row[0] == "RU-TVE" for row in views[build.VIEWS.index("region_totals")])
    con.close()


def test_a_file_built_by_other_sql_or_from_another_lake_is_rebuilt(monkeypatch, seed_inbox, tmp_path):
    settings = Settings(seed_inbox, tmp_path / "wh" / "uav.duckdb")
    run(settings)
    expected = snapshot(settings.warehouse)
    used = sql_used(monkeypatch)
    monkeypatch.setattr(build, "_sql_version", lambda: "another-version")
    stages.publish(settings)
    assert "load.sql" in used and snapshot(settings.warehouse) == expected

    used.clear()
    shutil.rmtree(settings.lake)  # a lake started afresh: the file holds batches it no longer has
    run(settings)
    assert "load.sql" in used and "append.sql" not in used
    assert snapshot(settings.warehouse) == expected


def test_the_event_id_check_finds_a_repeated_id(seed_warehouse, tmp_path):
    copy = tmp_path / "uav.duckdb"
    shutil.copy(seed_warehouse, copy)
    assert rows(copy, check_sql("duplicate_event_ids"))[1] == []
    con = duckdb.connect(str(copy))
    con.execute("insert into events select * from events limit 1")
    con.close()
    assert len(rows(copy, check_sql("duplicate_event_ids"))[1]) == 1


def test_a_text_that_reached_two_batches_is_loaded_once_from_the_first() -> None:
    # (an ingest may stage a text again while its first extraction still runs: load.sql ranks the
    # repeated texts only, and the first batch wins)
    con = duckdb.connect()
    con.execute(build.sql("schema.sql"))
    docs = [
        ("late", "h1", "b000002"),
        ("first", "h1", "b000001"),
        ("alone", "h2", "b000002"),
    ]
    con.execute(
        "create view documents_in as select * from (values "
        + ", ".join(f"('{d}', '{h}', null, null, null::date, 10, '{b}')" for d, h, b in docs)
        + ") t(doc_id, content_hash, title, url, published, n_chars, batch)"
    )
    con.execute(
        "create view sources_in as select * from (values "
        "('h1', 'first', 'a.jsonl', 1, 'b000001'), ('h1', 'late', 'b.jsonl', 1, 'b000002'), "
        "('h2', 'alone', 'b.jsonl', 2, 'b000002')) t(content_hash, doc_id, source, line, batch)"
    )
    con.execute(
        "create view rejects_in as select * from (select null::varchar as stage, null::varchar as source, "
        'null::bigint as line, null::varchar as doc_id, null::varchar as claim_id, null::varchar as "check", '
        "null::varchar as reason, null::varchar as detail, null::varchar as batch) where false"
    )
    con.execute(build.sql("load.sql"))
    assert con.execute(
        "select doc_id, content_hash, n_sources, batch from documents order by content_hash"
    ).fetchall() == [
        ("first", "h1", 2, "b000001"),
        ("alone", "h2", 1, "b000002"),
    ]
