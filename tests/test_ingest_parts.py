"""Ingest handles the inbox a part at a time, asking DuckDB what the lake and the run have met:
where a part ends must not change what is staged, recorded or refused."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import polars as pl
import pytest

from pipelines import stages
from pipelines.config import Settings
from pipelines.warehouse.lake import Lake

TEXT = {k: f"Report {k}: the ministry said {n} drones were shot down over the region." for n, k in enumerate("ABCDE")}


def write_inbox(inbox: Path) -> None:
    inbox.mkdir(parents=True)
    rows = [
        ("r1", "A"),
        ("r2", "B"),
        ("r3", "A"),  # the same text under another id: a second source
        ("r1", "C"),  # an id met before, naming another text: refused
        ("r4", "D"),
        ("r2", "B"),  # the same id and text again: one more source row, nothing new
    ]
    (inbox / "a.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": TEXT[t], "published": "2025-05-01"}) + "\n" for i, t in rows)
        + "not json\n",
        encoding="utf-8",
    )
    (inbox / "0-bad.jsonl").write_text("{not json\n", encoding="utf-8")  # a file that gives only a refusal
    (inbox / "b.txt").write_text(TEXT["B"], encoding="utf-8")  # text B under the name "b"
    (inbox / "c.jsonl").write_text(
        json.dumps({"id": "r4", "text": TEXT["E"]}) + "\n" + json.dumps({"id": "r5", "text": TEXT["E"]}) + "\n",
        encoding="utf-8",
    )


def outcome(settings: Settings) -> dict:
    """The ingest's counts and everything it wrote, order aside."""
    result = asdict(stages.ingest(settings))
    result["reject_reasons"] = sorted(result["reject_reasons"])
    lake = Lake(settings.lake)
    staged = {
        name: pl.concat([pl.read_parquet(p) for p in sorted(lake.staging_dir.glob(f"*/{name}-*.parquet"))])
        .sort(pl.all())
        .to_dicts()
        for name in ("documents", "sources")
    }
    final = {
        name: sorted(
            (row for f in lake.files(name) for row in pl.read_parquet(f).drop("mtime_ns", strict=False).to_dicts()),
            key=repr,  # (mtime_ns: each test writes its own copy of the inbox)
        )
        for name in ("rejects", "files")
    }
    return {"result": result, **staged, **final}


def ingest_with_parts(monkeypatch: pytest.MonkeyPatch, root: Path, part: int) -> dict:
    write_inbox(root / "inbox")
    monkeypatch.setattr(stages, "STAGING_PART", part)
    return outcome(Settings(root / "inbox", root / "wh" / "uav.duckdb"))


def test_part_size_changes_nothing(monkeypatch, tmp_path):
    whole = ingest_with_parts(monkeypatch, tmp_path / "whole", 20_000)
    assert whole["result"]["new"] == 4  # texts A, B, D, E
    assert whole["result"]["extra_sources"] == 3  # r3, r2 again, b (r5 brings text E first)
    assert whole["result"]["rejected"] == 4  # the bad file, r1 with text C, the bad line, r4 with text E
    assert len(whole["files"]) == 4
    for size in (1, 2, 3):
        assert ingest_with_parts(monkeypatch, tmp_path / f"parts-{size}", size) == whole


def test_the_lake_is_asked_across_parts(monkeypatch, tmp_path):
    monkeypatch.setattr(stages, "STAGING_PART", 2)
    write_inbox(tmp_path / "inbox")
    settings = Settings(tmp_path / "inbox", tmp_path / "wh" / "uav.duckdb")
    stages.ingest(settings)
    stages.extract(settings, workers=1)  # the texts reach a lake batch
    (tmp_path / "inbox" / "d.jsonl").write_text(
        json.dumps({"id": "r2", "text": TEXT["C"]})
        + "\n"  # an id the lake has, naming another text
        + json.dumps({"id": "r9", "text": TEXT["A"]})
        + "\n"  # a text the lake has, under a new name
        + json.dumps({"id": "r10", "text": "A new text about drones."})
        + "\n",
        encoding="utf-8",
    )
    again = stages.ingest(settings)
    assert (again.files, again.unchanged_files) == (1, 4)  # only the new file is read
    assert (again.new, again.known, again.rejected) == (1, 1, 1)
    assert "already names a different text in the warehouse" in again.reject_reasons[0]
