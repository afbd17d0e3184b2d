"""Property-based: any text in, no exception, bounded time, and only schema-valid claims out."""

from __future__ import annotations

import time
from datetime import date

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.extraction.batch import claims_frame, extract_one
from pipelines.ingestion.inbox import Document, content_hash
from pipelines.validation.schemas import ClaimSchema, validate

PHRASES = [
    "Air defences destroyed {n} drones over the Kursk region overnight, the governor said.",
    "The Defence Ministry said {n} Ukrainian UAVs were intercepted: {n} over the Bryansk region, {n} over the Black Sea.",
    "Ukraine's air force said it shot down {n} of the {n} Shahed drones Russia launched.",
    "A drone hit a house in the village of Ivanovka on Monday.",
    "More than {n} drones were shot down over Moscow, the mayor wrote.",
    "Минобороны: над территорией Курской области уничтожены {n} беспилотников.",
    "two each over the Tula and Oryol regions, including one flying towards Moscow",
    "Kursk ({n} drones), Oryol ({n}), the rest over the Tver region.",
    "On the night of 14 to 15 May, {n} drones vanished from radar.",
    "Read more: Subscribe to our channel",
]
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**30).map(str),
    st.sampled_from(["a dozen", "several", "dozens", "twenty-three", "1,346", "over two dozen", "0", "-5", "3.5"]),
)


@st.composite
def news_like(draw) -> str:
    parts = draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=12))
    noise = draw(st.text(max_size=200))
    repeat = draw(st.integers(min_value=1, max_value=60))
    text = " ".join(p.replace("{n}", draw(NUMBERS)) for p in parts)
    return (noise + " " + text) * (repeat if len(text) * repeat < 200_000 else 1)


def check(text: str, published: date | None) -> None:
    doc = Document("fuzz", content_hash(text or " "), text, None, None, published, "fuzz.txt")
    started = time.monotonic()
    rows, rejects = extract_one(doc)
    elapsed = time.monotonic() - started
    assert elapsed < 5, f"extraction took {elapsed:.1f}s"
    assert not [r for r in rejects if r.check == "extractor_error"], rejects
    good, bad = validate(claims_frame(rows), ClaimSchema, "claim_id", "fuzz")
    assert bad.is_empty(), bad.to_dicts()
    assert good.height == len(rows)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.text(max_size=3000), st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))))
def test_arbitrary_unicode(text, published):
    check(text, published)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(news_like(), st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1))))
def test_mixes_of_real_phrasings_huge_numbers_and_repetition(text, published):
    check(text, published)


def test_pathological_repetition_is_bounded():
    text = ("over the Kursk, " * 20_000) + "12 drones were destroyed over the " + ("Bryansk and " * 20_000) + "regions."
    check(text, date(2025, 1, 1))


def test_empty_frame_schema_is_stable():
    assert claims_frame([]).schema == pl.DataFrame(schema=claims_frame([]).schema).schema
