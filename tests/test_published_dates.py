"""A publication date is taken only when the metadata names its day: dateutil would otherwise fill the
missing day from today's date, and the same input would give other dates on other days."""

from datetime import date

import pytest

from pipelines.ingestion.inbox import _published


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-07-03", date(2024, 7, 3)),
        ("March 9, 2025", date(2025, 3, 9)),
        ("09.03.2025", date(2025, 3, 9)),
        ("2024-07", None),
        ("July 2024", None),
        ("Tuesday", None),
        ("not a date", None),
    ],
)
def test_a_publication_date_needs_its_day(raw: str, expected: date | None) -> None:
    assert _published(raw) == expected
