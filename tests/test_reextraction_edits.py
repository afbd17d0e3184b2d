"""A file edited in place is a new version of its document: on a real DuckDB file, its new claims
replace the old ones in the published tables, the old ones stay in claims_history, and the
warehouse 'as of' a time before the edit still gives the old totals. Another file that gives an
id the lake knows to another text is still refused."""

import json
import os
from pathlib import Path

import duckdb
import pytest

from pipelines import stages
from pipelines.config import Settings
from pipelines.warehouse.build import build_warehouse
from pipelines.warehouse.lake import Lake

REPORT = (
    "---\nid: morning-report\npublished: 2026-06-02\n---\nThe regional governor said on Tuesday that air "
    "defences shot down {n} drones over the {region} overnight.\n"
)
BULLETIN = [
    {
        "id": "bulletin-1",
        "published": "2026-06-03",
        "text": "Officials said 6 drones were destroyed over the Voronezh region overnight.",
    },
    {"id": "bulletin-2", "published": "2026-06-03", "text": "Rain is expected in the afternoon."},
]


def run(settings: Settings) -> stages.IngestResult:
    ingested = stages.ingest(settings)
    stages.extract(settings, workers=1)
    stages.derive_events(settings)
    stages.publish(settings)
    return ingested


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def write(path: Path, text: str) -> None:
    """Write, and move the time on: an edit within the file system's time step is still an edit."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def write_bulletin(path: Path, records: list[dict]) -> None:
    write(path, "".join(json.dumps(r) + "\n" for r in records))


def totals(warehouse: Path) -> dict[str, int]:
    return dict(query(warehouse, "select region_code, intercepted_best from region_totals"))


@pytest.fixture
def edited(tmp_path: Path) -> dict:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    report, bulletin = inbox / "report.txt", inbox / "bulletin.jsonl"
    write(report, REPORT.format(n=14, region="Bryansk region"))
    write_bulletin(bulletin, BULLETIN)
    s = Settings(inbox, tmp_path / "wh" / "uav.duckdb")
    run(s)
    before = {"totals": totals(s.warehouse), "claims": query(s.warehouse, "select claim_id from claims order by 1")}
    write(report, REPORT.format(n=17, region="Kursk region"))  # the same id, a new text
    write_bulletin(
        bulletin, [{**BULLETIN[0], "text": BULLETIN[0]["text"].replace("6 drones", "8 drones")}, BULLETIN[1]]
    )
    after = run(s)
    return {"settings": s, "before": before, "ingested": after, "report": report}


def test_the_new_version_replaces_the_old_claims(edited: dict) -> None:
    wh, ingested = edited["settings"].warehouse, edited["ingested"]
    assert (ingested.files, ingested.new, ingested.rejected) == (2, 2, 0)  # no "already names a different text"
    assert edited["before"]["totals"] == {"RU-BRY": 14, "RU-VOR": 6}
    assert totals(wh) == {"RU-KRS": 17, "RU-VOR": 8}
    assert query(wh, "select doc, region_code, count from claims order by doc") == [
        ("bulletin-1", "RU-VOR", 8),
        ("morning-report", "RU-KRS", 17),
    ]
    # one document per id, the new text; the record that did not change keeps its text
    assert query(wh, "select doc_id, count(*) from documents group by 1 order by 1") == [
        ("bulletin-1", 1),
        ("bulletin-2", 1),
        ("morning-report", 1),
    ]
    assert query(wh, "select count(*) from document_sources where doc_id = 'morning-report'") == [(1,)]


def test_the_old_claims_stay_in_history(edited: dict) -> None:
    wh = edited["settings"].warehouse
    old = query(
        wh,
        "select doc, region_code, count, valid_from, valid_to from claims_history where valid_to is not null "
        "order by doc",
    )
    assert old == [("bulletin-1", "RU-VOR", 6, 1, 2), ("morning-report", "RU-BRY", 14, 1, 2)]
    assert query(wh, "select claim_id from claims_as_of(1) order by 1") == edited["before"]["claims"]
    first = query(wh, "select published_at from publishes where publish_id = 1")[0][0]
    as_of = query(wh, "select region_code, intercepted_best from region_totals_as_of(publish_at($1))", [first])
    assert dict(as_of) == edited["before"]["totals"]
    assert query(wh, "select claims_added, claims_removed from publishes order by publish_id") == [(2, 0), (2, 2)]


def test_an_edit_back_brings_the_old_text_back(edited: dict) -> None:
    s, report = edited["settings"], edited["report"]
    write(report, REPORT.format(n=14, region="Bryansk region"))
    again = run(s)
    assert (again.new, again.known, again.rejected) == (0, 1, 0)  # the lake still has that text and its claims
    assert totals(s.warehouse) == {"RU-BRY": 14, "RU-VOR": 8}
    assert query(s.warehouse, "select doc, count from claims where doc = 'morning-report'") == [("morning-report", 14)]
    # the copied file, extended batch by batch, holds what a file built whole from the lake holds
    whole = s.warehouse.parent / "whole.duckdb"
    build_warehouse(Lake(s.lake), whole)
    for table in ("documents", "claims", "events"):
        rows = f"select * from {table} order by all"  # noqa: S608 - fixed names
        assert query(s.warehouse, rows) == query(whole, rows), table


def test_another_file_may_not_take_an_id_for_another_text(edited: dict) -> None:
    s = edited["settings"]
    write(s.inbox / "copy.txt", REPORT.format(n=40, region="Oryol region"))
    again = run(s)
    assert (again.new, again.rejected) == (0, 1)
    assert "already names a different text" in again.reject_reasons[0]
    assert totals(s.warehouse) == {"RU-KRS": 17, "RU-VOR": 8}
