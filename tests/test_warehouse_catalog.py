"""The published warehouse explains itself to the DuckDB shell: every table, view, column and macro
carries a comment, `show tables` lists what analysts read, places have names, and what a publish
added can be asked for by time."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.config import PROJECT_ROOT, Settings
from pipelines.warehouse.query import connect_readonly

GAZETTEER = PROJECT_ROOT / "pipelines" / "extraction" / "data"


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = connect_readonly(warehouse)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_every_published_relation_column_and_macro_is_commented(seed_warehouse: Path):
    schemas = "schema_name in ('main', 'staging') and database_name = current_database()"
    assert (
        query(
            seed_warehouse, f"select table_name, column_name from duckdb_columns() where {schemas} and comment is null"
        )
        == []
    )  # noqa: S608
    assert query(seed_warehouse, f"select table_name from duckdb_tables() where {schemas} and comment is null") == []  # noqa: S608
    assert query(seed_warehouse, f"select view_name from duckdb_views() where {schemas} and comment is null") == []  # noqa: S608
    macros = query(seed_warehouse, "select function_name, comment from duckdb_functions() where not internal")
    assert {"changes_since", "claims_as_of", "region_moves"} <= {m for m, _ in macros}
    assert [m for m, comment in macros if not comment] == []
    comments = dict(query(seed_warehouse, "select table_name, comment from duckdb_tables()"))
    assert "ANNOTATION.md" in comments["claims"] and "Russian" in comments["regions"]


def test_the_main_schema_lists_only_what_analysts_read(seed_warehouse: Path):
    main = {n for (n,) in query(seed_warehouse, "show tables")}
    assert {"claims", "events", "region_totals", "regions", "batches", "national_daily"} <= main
    assert not {n for n in main if n.endswith("_in")} and "lake_batches" not in main
    staging = query(seed_warehouse, "select table_name from duckdb_tables() where schema_name = 'staging'")
    assert staging == [("lake_batches",)]
    # nothing of the builder's is left behind: no temporary view, no view over the lake
    assert (
        query(seed_warehouse, "select view_name from duckdb_views() where not internal and schema_name <> 'main'") == []
    )


def test_every_place_code_has_its_names(seed_warehouse: Path):
    regions = {r[0]: r[1:] for r in query(seed_warehouse, "select code, kind, name_en, name_ru, country from regions")}
    with (GAZETTEER / "regions.csv").open(encoding="utf-8") as f:
        known = {row["code"] for row in csv.DictReader(f)}
    with (GAZETTEER / "geonames_admin1.csv").open(encoding="utf-8") as f:
        known |= {row["code"] for row in csv.DictReader(f)}
    assert known <= set(regions), sorted(known - set(regions))
    assert regions["RU-KLU"] == ("region", "Kaluga Oblast", "Калужская область", "RU")
    assert regions["UA-30"] == ("city", "Kyiv", "Киев", "UA")
    assert regions["SEA-BLACK"][0] == "sea" and regions["SEA-BLACK"][3] is None
    assert regions["UA"] == ("country", "Ukraine", "Украина", "UA")
    assert (
        query(seed_warehouse, "select region_code from claims where region_code not in (select code from regions)")
        == []
    )


def test_names_stand_beside_codes_and_the_old_columns_stay(seed_warehouse: Path):
    con = connect_readonly(seed_warehouse)
    try:
        cur = con.execute("select * from region_totals where region_code = 'RU-KLU'")
        cols = [d[0] for d in cur.description]
        row = dict(zip(cols, cur.fetchone(), strict=True))
        daily = {
            n
            for (n,) in con.execute(
                "select distinct region_name from region_daily where region_code = 'RU-KLU'"
            ).fetchall()
        }
    finally:
        con.close()
    assert cols[:7] == [
        "region_code",
        "intercepted_best",
        "intercepted_high",
        "attacks",
        "launched",
        "days",
        "undated_rows",
    ]
    assert (row["intercepted_best"], row["intercepted_high"], row["region_name"]) == (57, 67, "Kaluga Oblast")
    assert daily == {"Kaluga Oblast"}


LATE = (
    "---\npublished: 2025-06-03\n---\nThe governor of the Penza region said that air defences had "
    "destroyed nine drones over the region overnight.\n"
)


@pytest.fixture(scope="module")
def two_publishes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds published, then one new text published on top of them."""
    root = tmp_path_factory.mktemp("two")
    inbox = root / "inbox"
    inbox.mkdir()
    for seed in sorted((PROJECT_ROOT / "seeds").iterdir()):
        (inbox / seed.name).write_bytes(seed.read_bytes())
    settings = Settings(inbox, root / "wh" / "uav.duckdb")
    for _ in range(2):
        stages.ingest(settings)
        stages.extract(settings, workers=1)
        stages.derive_events(settings)
        stages.publish(settings)
        (inbox / "late-penza.txt").write_text(LATE, encoding="utf-8")
    return settings.warehouse


def test_changes_since_answers_what_a_publish_added(two_publishes: Path):
    first, second = query(two_publishes, "select timezone('UTC', published_at) from publishes order by publish_id")
    new = query(
        two_publishes,
        "select region_code, region_name, event_type, count, doc, title, ingested_at is not null from changes_since(?)",
        [first[0]],
    )
    assert new == [("RU-PNZ", "Penza Oblast", "intercept", 9, "late-penza", None, True)]
    everything = query(two_publishes, "select count(*) from changes_since(timestamptz '2000-01-01 00:00:00+00')")
    assert everything == query(two_publishes, "select count(*) from claims")
    assert query(two_publishes, "select count(*) from changes_since(?)", [second[0]]) == [(0,)]


def test_each_batch_says_when_it_was_ingested_and_published(two_publishes: Path):
    batches = query(
        two_publishes, "select batch, ingested_at, publish_id, published_at, documents, claims from batches"
    )
    assert [b[2] for b in batches][0] == 1 and batches[-1][2] == 2
    assert all(b[1] is not None and b[1] <= b[3] for b in batches)
    assert sum(b[4] for b in batches) == query(two_publishes, "select count(*) from documents")[0][0]
    late = [b for b in batches if b[2] == 2 and b[5]]
    assert late and sum(b[5] for b in late) == 1
