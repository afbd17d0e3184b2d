"""A warehouse that follows its extractor: a new extractor version re-extracts every stored text
from the lake (not the inbox), the published claims are all of the new version, and the history
answers what the warehouse said under the old one.

Version A is a copy of the package; version B is that copy with one more drone noun in its
vocabulary. Each run is a fresh interpreter started in the copy, as in test_vocabulary_edits."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from pipelines.warehouse.lake import Lake, shard_of
from pipelines.warehouse.versions import Versions

ROOT = Path(__file__).resolve().parents[1]
RUN = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from pipelines import stages
    from pipelines.config import Settings
    s = Settings(Path(sys.argv[1]), Path(sys.argv[2]))
    ingested = stages.ingest(s)
    extracted = stages.extract(s, *[a.split(",") for a in sys.argv[3:4]])  # argv[3]: only these shards
    stages.derive_events(s)
    stages.publish(s)
    print(json.dumps({
        "files": ingested.files, "new": ingested.new, "documents": extracted.documents,
        "reextracted": extracted.reextracted, "version": extracted.version,
        "summary": stages.publish_summary(s),
    }))
    """
)
TEXTS = {
    # a claim under both versions
    "ministry.txt": "---\nid: ministry\npublished: 2026-05-04\n---\nRussia's defence ministry said on Monday "
    "that air defence systems destroyed 23 Ukrainian drones over the Bryansk region overnight.\n",
    # no claim under A (an unknown drone noun), one under B
    "skylarks.txt": "---\nid: skylarks\npublished: 2026-05-05\n---\nAir defence crews downed nine Skylarks "
    "above the Belgorod region overnight, the defence ministry said.\n",
}


def run(package: Path, inbox: Path, warehouse: Path, shards: tuple[str, ...] = ()) -> dict:
    shard_arg = [",".join(shards)] if shards else []
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(inbox), str(warehouse), *shard_arg],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def version_a(tmp_path: Path, texts: dict[str, str]) -> tuple[Path, Path, Path]:
    """A copy of the package and an inbox of `texts`: (package, inbox, warehouse)."""
    package = tmp_path / "package"
    shutil.copytree(ROOT / "pipelines", package / "pipelines", ignore=shutil.ignore_patterns("__pycache__"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in texts.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return package, inbox, tmp_path / "wh" / "uav.duckdb"


def to_version_b(package: Path, inbox: Path) -> None:
    """Empty the inbox (nothing can be read from it again) and add a drone noun to the copy."""
    shutil.rmtree(inbox)
    inbox.mkdir()
    drones = package / "pipelines/extraction/vocab/en/drones.toml"
    drones.write_text(
        drones.read_text(encoding="utf-8") + '\n[[noun]]\nsingular = "Skylark"\nplural = ["Skylarks"]\n',
        encoding="utf-8",
    )


@pytest.fixture
def upgraded(tmp_path: Path) -> dict:
    """Run with version A, remove the inbox, add a drone noun to the copy, run with version B."""
    package, inbox, warehouse = version_a(tmp_path, TEXTS)
    a = run(package, inbox, warehouse)
    totals_a = query(warehouse, "select * exclude (region_name) from region_totals order by region_code")
    to_version_b(package, inbox)
    b = run(package, inbox, warehouse)
    return {"a": a, "b": b, "totals_a": totals_a, "warehouse": warehouse}


def events_source(warehouse: Path, work: Path) -> list[tuple]:
    """(doc, batch, extractor_version) of every row of the claim files events are derived from."""
    with Versions(Lake(warehouse.parent / "lake"), work) as versions:
        files = versions.current_claim_files(work)
    con = duckdb.connect()
    try:
        rel = con.read_parquet(files, hive_partitioning=True)
        return rel.select("doc, batch, extractor_version").order("all").fetchall()
    finally:
        con.close()


def test_an_upgrade_re_extracts_every_stored_text_from_the_lake(upgraded: dict) -> None:
    a, b, warehouse = upgraded["a"], upgraded["b"], upgraded["warehouse"]
    assert a["documents"] == 2 and a["reextracted"] == 0
    assert b["version"] != a["version"]
    assert b["files"] == 0 and b["new"] == 0  # nothing came from the inbox
    assert b["reextracted"] == b["documents"] == 2  # the text without a claim under A too
    assert query(warehouse, "select distinct extractor_version from claims") == [(b["version"],)]
    assert query(warehouse, "select region_code, count from claims order by 1") == [
        ("RU-BEL", 9),
        ("RU-BRY", 23),
    ]
    with Versions(Lake(warehouse.parent / "lake"), warehouse.parent) as versions:
        assert versions.documents_per_version() == {b["version"]: 2}


def test_the_totals_follow_and_the_old_version_is_kept(upgraded: dict) -> None:
    a, warehouse = upgraded["a"], upgraded["warehouse"]
    totals = dict(query(warehouse, "select region_code, intercepted_best from region_totals"))
    assert totals == {"RU-BRY": 23, "RU-BEL": 9}
    as_of_a = query(
        warehouse,
        "select * from region_totals_as_of(publish_of_version($1)) order by region_code",
        [a["version"]],
    )
    assert as_of_a == upgraded["totals_a"]
    assert [r[0] for r in as_of_a] == ["RU-BRY"]
    claims_a = query(warehouse, "select region_code, count, extractor_version from claims_as_of(1)")
    assert claims_a == [("RU-BRY", 23, a["version"])]


def test_the_changes_of_a_version_name_their_rules(upgraded: dict) -> None:
    a, b, warehouse = upgraded["a"], upgraded["b"], upgraded["warehouse"]
    changes = query(
        warehouse,
        "select change, doc, region_code, rule_before, rule_after, count_before, count_after "
        "from version_changes($1, $2)",
        [a["version"], b["version"]],
    )
    assert changes == [("added", "skylarks", "RU-BEL", None, "amount_noun", None, 9)]
    # the claim that stayed is the same statement: not a change, though its version is new
    assert query(warehouse, "select claims_added, claims_removed, claims_changed from publishes order by 1") == [
        (1, 0, 0),
        (1, 0, 0),
    ]
    assert "1 added" in b["summary"] and "RU-BEL +9" in b["summary"]


def test_a_run_with_the_same_extractor_re_extracts_nothing(tmp_path: Path) -> None:
    package, inbox, warehouse = version_a(tmp_path, TEXTS)
    run(package, inbox, warehouse)
    again = run(package, inbox, warehouse)
    assert again["documents"] == again["reextracted"] == 0
    assert query(warehouse, "select publish_id, claims_added, claims_removed from publishes") == [(1, 1, 0), (2, 0, 0)]


def test_events_after_an_upgrade_read_the_new_batch_only(upgraded: dict, tmp_path: Path) -> None:
    b, warehouse = upgraded["b"], upgraded["warehouse"]
    work = tmp_path / "work"
    work.mkdir()
    rows = events_source(warehouse, work)
    (batch,) = {r[1] for r in rows}
    assert rows == [("ministry", batch, b["version"]), ("skylarks", batch, b["version"])]
    assert list(work.iterdir()) == []  # the old batch is left out whole: nothing was written
    linked = query(warehouse, "select claim_id from event_claims order by 1")
    assert linked == query(warehouse, "select claim_id from claims order by 1")


def test_a_shard_re_extracted_alone_leaves_the_other_texts_claims_current(tmp_path: Path) -> None:
    texts = {
        **TEXTS,
        "governor.txt": "---\nid: governor\npublished: 2026-05-06\n---\nThe Kursk region governor said "
        "11 drones were shot down over the region on Tuesday.\n",
    }
    package, inbox, warehouse = version_a(tmp_path, texts)
    a = run(package, inbox, warehouse)
    lake = Lake(warehouse.parent / "lake")
    shard = {d: shard_of(h) for d, h in lake.scan("documents", {}).select("doc_id", "content_hash").collect().rows()}
    assert shard["governor"] not in (shard["ministry"], shard["skylarks"])  # the texts' hashes place them
    to_version_b(package, inbox)
    b = run(package, inbox, warehouse, (shard["ministry"], shard["skylarks"]))
    assert b["reextracted"] == 2

    work = tmp_path / "work"
    work.mkdir()
    rows = events_source(warehouse, work)
    batch_a, batch_b = rows[0][1], rows[1][1]
    # the first batch holds a current text beside two superseded ones: only its current rows are read
    assert rows == [
        ("governor", batch_a, a["version"]),
        ("ministry", batch_b, b["version"]),
        ("skylarks", batch_b, b["version"]),
    ]
    assert batch_a < batch_b
    assert query(warehouse, "select doc, extractor_version from claims order by 1") == [
        ("governor", a["version"]),
        ("ministry", b["version"]),
        ("skylarks", b["version"]),
    ]
    linked = query(warehouse, "select claim_id from event_claims order by 1")
    assert linked == query(warehouse, "select claim_id from claims order by 1")
