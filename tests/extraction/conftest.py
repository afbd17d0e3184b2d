"""Shared helpers for the extraction tests.

Every test case feeds one short, original text to ``extract_document`` and compares the
EXACT multiset of claims it returns, each reduced to the scored tuple

    (event_type, region_code, count, count_low, authority, date_iso_or_None, is_total)

``localities`` are informative only (ANNOTATION.md) and are not compared.

Build the expected side with ``intercept`` / ``launch`` / ``attack``:

    intercept("RU-KRS", 5, MOD, "2025-05-14")          # exact count
    intercept("RU", 22, MOD, total=True)                # country total of a breakdown
    intercept("RU-RYA", "2+", gov("RU-RYA"))            # vague: count None, count_low 2
    intercept("UA-30", "~20", gov("UA-30"))             # approximate: count None, count_low 20

and wrap each text in ``case(id, text, *claims, published=..., url=..., title=...)``; a module
then needs a single parametrised test:

    @pytest.mark.parametrize(CASE_FIELDS, CASES)
    def test_x(text, published, url, title, expected):
        assert claims_of(text, published, url, title=title) == expected
"""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extraction import extract_document

# --- authorities -------------------------------------------------------------------------

MOD = "defence_ministry:RU"
AF = "air_force:UA"
UNKNOWN = "unknown"


def gov(code: str) -> str:
    return f"governor:{code}"


def mayor(code: str) -> str:
    return f"mayor:{code}"


# --- claim tuples ------------------------------------------------------------------------


def _sort_key(row: tuple) -> tuple:
    # None-safe, deterministic ordering for tuples that mix ints, strings and None
    return tuple((v is None, str(v)) for v in row)


def _to_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def claims_of(
    text: str,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str = "t",
) -> list[tuple]:
    """Run the extractor on one text; return its claims as sorted scored tuples."""
    claims = extract_document(doc_id, text, published=_to_date(published), url=url, title=title)
    rows = []
    for c in claims:
        assert c.doc == doc_id, f"claim carries doc {c.doc!r}, expected {doc_id!r}"
        if c.count is not None:
            assert c.count_low is None, f"count_low must be None when count is set: {c}"
        rows.append(
            (
                c.event_type,
                c.region_code,
                c.count,
                c.count_low,
                c.authority,
                c.date.isoformat() if c.date else None,
                bool(c.is_total),
            )
        )
    return sorted(rows, key=_sort_key)


def claim(
    event_type: str,
    region: str,
    n: int | str,
    authority: str = UNKNOWN,
    date: str | None = None,
    total: bool = False,
) -> tuple:
    """One expected claim tuple.

    ``n`` is an int for an exact count, or a string for a vague amount whose lower bound
    goes to ``count_low``: "41+" (more than 40, at least 41) or "~30" (about 30).
    """
    if isinstance(n, int):
        count, low = n, None
    else:
        count, low = None, int(n.strip().lstrip("~").rstrip("+").replace(",", ""))
    return (event_type, region, count, low, authority, date, total)


def intercept(region, n, authority=UNKNOWN, date=None, total=False):
    return claim("intercept", region, n, authority, date, total)


def launch(region, n, authority=UNKNOWN, date=None, total=False):
    return claim("launch", region, n, authority, date, total)


def attack(region, n, authority=UNKNOWN, date=None, total=False):
    return claim("attack", region, n, authority, date, total)


def expect(*claims: tuple) -> list[tuple]:
    return sorted(claims, key=_sort_key)


# --- parametrisation -----------------------------------------------------------------------

CASE_FIELDS = "text, published, url, title, expected"


def case(
    case_id: str,
    text: str,
    *claims: tuple,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
):
    """One test case: a text and the exact multiset of claims it must yield (none = distractor)."""
    return pytest.param(text, published, url, title, expect(*claims), id=case_id)


def known_gap(param, reason: str):
    """A case the extractor gets wrong today: kept with its gold, expected to fail."""
    return param._replace(marks=(pytest.mark.xfail(strict=True, reason=reason),))
