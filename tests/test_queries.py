"""Every analyst query in docs/queries.sql runs on the seed warehouse and answers in the documented shape."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from pipelines.config import PROJECT_ROOT
from pipelines.warehouse.query import rows
from tests.test_aggregates import build_corpus

QUERIES_FILE = PROJECT_ROOT / "docs" / "queries.sql"

EXPECTED_COLUMNS = {
    "region_totals": ["region_code", "intercepted_best", "intercepted_high", "overlap_gap", "attacks", "launched", "days"],
    "top_days": ["day", "intercepted_best", "intercepted_high", "regions", "by_region"],
    "claims_without_date": ["doc", "region_code", "event_type", "count", "authority", "date_text", "published", "evidence"],
    "authorities_disagree": ["region_code", "day", "event_type", "authorities", "lowest", "highest", "figures"],
    "most_reported_events": [
        "event_id", "event_type", "region_code", "amount", "authority", "day", "n_documents", "n_claims", "documents",
    ],
    "totals_with_unallocated": [
        "event_id", "region_code", "event_type", "authority", "day", "total", "parts", "n_parts", "unallocated",
        "breakdown",
    ],
    "rejects_by_reason": ["stage", "check", "reason", "rejects", "example_source"],
    "claims_per_document": [
        "doc_id", "title", "published", "n_sources", "claims", "intercept_claims", "attack_claims", "launch_claims",
        "regions",
    ],
    "ua_launches_vs_intercepts": ["day", "launched", "intercepted", "intercepted_share"],
    "national_series": [
        "side", "day", "launched", "intercepted", "intercepted_share", "launched_7d", "intercepted_7d",
        "regional_intercepted", "unallocated", "authorities",
    ],
    "national_by_month": ["side", "month", "launched", "intercepted", "intercepted_share", "days"],
    "what_a_figure_is_made_of": [
        "region_code", "day", "event_type", "authority", "amount", "period_kind", "counted", "claims", "date_text",
        "evidence",
    ],
    "region_evidence_trail": [
        "day", "event_type", "event_id", "event_amount", "is_total", "authority", "claimed", "doc", "date_text",
        "evidence",
    ],
    "new_since_yesterday": [
        "published_at", "region_code", "region_name", "event_type", "drones", "authority", "date", "doc", "title",
        "evidence",
    ],
    "last_publish_added_by_region": [
        "region_code", "name_en", "name_ru", "kind", "claims", "intercept_claims", "documents",
    ],
    "batches_ingested": ["batch", "ingested_at", "publish_id", "published_at", "documents", "claims", "rejects"],
}  # fmt: skip


def load_queries(path: Path = QUERIES_FILE) -> dict[str, str]:
    """name -> SQL, split on the `-- name: <name>` marker lines."""
    parts = re.split(r"^-- name:[ \t]*(\S+)[ \t]*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {name: sql.strip() for name, sql in zip(parts[1::2], parts[2::2], strict=True)}


QUERIES = load_queries()


def test_the_file_has_the_documented_questions():
    assert list(QUERIES) == list(EXPECTED_COLUMNS)
    for name, sql in QUERIES.items():
        assert sql.startswith("--"), f"{name}: say what the query answers in a comment first"
        assert len(duckdb.extract_statements(sql)) == 1, f"{name}: one statement per marker"


# the seeds carry no publication dates, so no calendar day: these run on the trap corpus instead
DATED_ONLY = {"national_series", "national_by_month"}


@pytest.fixture(scope="module")
def trap_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("traps"))


@pytest.mark.parametrize("name", list(EXPECTED_COLUMNS))
def test_query_runs_on_the_seeds(seed_warehouse: Path, name: str):
    cols, data = rows(seed_warehouse, QUERIES[name])
    assert cols == EXPECTED_COLUMNS[name]
    assert data or name in DATED_ONLY, f"{name} returned no rows on the seeds"


@pytest.mark.parametrize("name", list(EXPECTED_COLUMNS))
def test_query_runs_on_the_trap_corpus(trap_warehouse: Path, name: str):
    cols, data = rows(trap_warehouse, QUERIES[name])
    assert cols == EXPECTED_COLUMNS[name]
    assert data, f"{name} returned no rows on the trap corpus"


def test_national_answers_on_the_trap_corpus(trap_warehouse: Path):
    _, ua = rows(trap_warehouse, QUERIES["ua_launches_vs_intercepts"])
    assert ua[-1] == ("all days", 144, 111, 0.771)
    _, series = rows(trap_warehouse, QUERIES["national_series"])
    assert ("UA", "2025-04-25", 80, 61, 0.763, 144, 111) in [r[:7] for r in series]
    _, months = rows(trap_warehouse, QUERIES["national_by_month"])
    assert ("UA", "2025-04", 144, 111, 0.771, 2) in months
    _, made_of = rows(trap_warehouse, QUERIES["what_a_figure_is_made_of"])
    pskov = [(r[4], r[6]) for r in made_of if r[0] == "RU-PSK"]
    assert pskov == [(13, True), (11, False)]


def test_answers_on_the_seeds(seed_warehouse: Path):
    """A few answers the seeds pin down (see tests/data/seeds.region_totals.csv and the seed texts)."""
    _, totals = rows(seed_warehouse, QUERIES["region_totals"])
    assert totals[0][0] == "RU-KLU"
    _, disagree = rows(seed_warehouse, QUERIES["authorities_disagree"])
    assert any(r[0] == "RU-KLU" and r[3] >= 2 and r[4] < r[5] for r in disagree)
    _, rejects = rows(seed_warehouse, QUERIES["rejects_by_reason"])
    assert {r[0] for r in rejects} == {"ingest", "extract", "validate_claims", "validate_events"}
    _, ua = rows(seed_warehouse, QUERIES["ua_launches_vs_intercepts"])
    assert ua[-1][0] == "all days"
    _, trail = rows(seed_warehouse, QUERIES["region_evidence_trail"])
    _, kaluga = rows(
        seed_warehouse,
        "select count(*) from claims c join event_claims using (claim_id) join events e using (event_id) where e.region_code = 'RU-KLU'",
    )
    assert len(trail) == kaluga[0][0]
