"""Acceptance: the seed articles against their hand-made gold, through the real warehouse."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from pipelines.evaluation import score
from tests.conftest import DATA
from tests.scoring import load_jsonl


def test_stored_claims_match_the_seed_gold(seed_warehouse: Path) -> None:
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    cols = ["doc", "event_type", "region_code", "count", "count_low", "authority", "date"]
    rows = con.execute(f"select {', '.join(cols)} from claims").fetchall()
    con.close()
    pred = [dict(zip(cols, r, strict=True)) for r in rows]
    result = score(load_jsonl(DATA / "seeds.gold.jsonl"), pred)
    assert result["f1"] == 1.0, result
    assert result["authority"] == 1.0, result


def test_region_totals_equal_the_gold_csv(seed_warehouse: Path) -> None:
    with (DATA / "seeds.region_totals.csv").open() as f:
        gold = {
            r["region_code"]: (int(r["intercepted_best"]), int(r["intercepted_high"]), int(r["attacks"]))
            for r in csv.DictReader(f)
        }
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    got = {
        r[0]: r[1:]
        for r in con.execute(
            "select region_code, intercepted_best, intercepted_high, attacks from region_totals"
        ).fetchall()
    }
    con.close()
    assert got == gold


def test_a_naive_sum_would_have_counted_kaluga_three_times(seed_warehouse: Path) -> None:
    con = duckdb.connect(str(seed_warehouse), read_only=True)
    naive = con.execute("select sum(count) from claims where region_code = 'RU-KLU' and count = 40").fetchone()[0]
    events = con.execute(
        "select count(*), max(n_documents) from events where region_code = 'RU-KLU' and amount = 40"
    ).fetchone()
    con.close()
    assert naive == 120
    assert events == (1, 3)
