"""Pandera schemas: bad rows are quarantined with the failed check, good rows pass."""

from __future__ import annotations

from datetime import date

import polars as pl

from pipelines.extraction.batch import CLAIM_SCHEMA, claims_frame, extract_one
from pipelines.ingestion.inbox import Document, content_hash
from pipelines.validation.schemas import ClaimSchema, validate
from tests.test_events import claim


def frame(*rows):
    return pl.DataFrame(list(rows), schema=CLAIM_SCHEMA)


def test_valid_claims_pass_untouched():
    df = frame(claim("aaaaaaaa1", "d1"), claim("aaaaaaaa2", "d1", region="SEA-BLACK", authority="defence_ministry:RU"))
    good, rejects = validate(df, ClaimSchema, "claim_id", "validate_claims")
    assert good.height == 2 and rejects.is_empty()


def test_each_kind_of_bad_row_is_rejected_with_its_check():
    late = claim("bbbbbbbb3", "d1", day=date(2025, 5, 6))
    late["published"] = date(2025, 5, 5)
    df = frame(
        claim("bbbbbbbb1", "d1", region="XX-99"),
        claim("bbbbbbbb2", "d1", authority="governor-of-kaluga"),
        late,
        claim("bbbbbbbb4", "d1", count=0),
        claim("bbbbbbbb5", "d1", event_type="sighting"),
        claim("bbbbbbbb6", "d1", count=None),
        claim("bbbbbbbb7", "d1"),
    )
    good, rejects = validate(df, ClaimSchema, "claim_id", "validate_claims")
    assert good["claim_id"].to_list() == ["bbbbbbbb7"]
    checks = dict(zip(rejects["claim_id"], rejects["check"], strict=True))
    assert "region_code_is_iso_or_sea" in checks["bbbbbbbb1"]
    assert "authority_format" in checks["bbbbbbbb2"]
    assert "date_not_after_publication" in checks["bbbbbbbb3"]
    assert "greater_than_or_equal_to(1)" in checks["bbbbbbbb4"]
    assert "isin" in checks["bbbbbbbb5"]
    assert "count_or_count_low" in checks["bbbbbbbb6"]


def test_duplicate_claim_ids_are_rejected():
    df = frame(claim("cccccccc1", "d1"), claim("cccccccc1", "d2"))
    good, rejects = validate(df, ClaimSchema, "claim_id", "validate_claims")
    assert good.is_empty() and rejects.height == 2


def test_the_same_figure_for_two_days_in_one_sentence_gives_two_valid_claims():
    text = (
        "On Monday two drones were downed over the Kursk region, on Tuesday two drones were downed "
        "over the Kursk region, the governor said."
    )
    rows, _ = extract_one(Document("d", content_hash(text), text, None, None, date(2025, 6, 4), "d.txt"))
    good, bad = validate(claims_frame(rows), ClaimSchema, "claim_id", "validate_claims")
    assert sorted(good["date"].to_list()) == [date(2025, 6, 2), date(2025, 6, 3)]
    assert bad.is_empty()
