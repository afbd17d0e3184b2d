"""Dates in English reporting (invented sentences): clock windows in Moscow time, "overnight on
<day>", "this past night", the night of two dates, datelines, clock times, page stamps, and the
weekday after publication.

Weekdays (2025): 8 Oct Wed, 9 Oct Thu, 10 Oct Fri, 11 Oct Sat, 12 Oct Sun; 20 Nov Thu."""

from datetime import date

import pytest

from pipelines.extraction import extract_document
from pipelines.extraction.dates import Estimate, find_time_expressions, publication_date

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, launch

CASES = [
    case(
        "window-in-moscow-time",
        "Air defences destroyed 8 drones over the Lipetsk region between 10:15 and 13:40 Moscow time, the "
        "Russian Defence Ministry said.",
        intercept("RU-LIP", 8, MOD, "2025-10-10"),
        published="2025-10-10",
    ),
    case(
        "window-across-midnight-takes-publication-day",
        "Between 11 p.m. and 5 a.m., 6 drones were shot down over the Kaluga region, the Russian Defence Ministry said.",
        intercept("RU-KLU", 6, MOD, "2025-10-11"),
        published="2025-10-11",
    ),
    case(
        "overnight-on-weekday",
        "Russia launched 52 drones at Ukraine overnight on Thursday, the air force said.",
        launch("UA", 52, AF, "2025-10-09"),
        published="2025-10-11",
    ),
    case(
        "overnight-on-month-day",
        "Ukraine's air force said it shot down 40 drones overnight on October 9.",
        intercept("UA", 40, AF, "2025-10-09"),
        published="2025-10-10",
    ),
    case(
        "night-of-two-days",
        "On the night of 10-11 October, 15 drones were destroyed over the Bryansk region, the Russian "
        "Defence Ministry said.",
        intercept("RU-BRY", 15, MOD, "2025-10-11"),
        published="2025-10-12",
    ),
    case(
        "this-past-night",
        '"This past night, air defences destroyed 19 drones over the Oryol region," the Russian Defence Ministry said.',
        intercept("RU-ORL", 19, MOD, "2025-10-12"),
        published="2025-10-12",
    ),
    case(
        "dateline-month-day-takes-publication-year",
        "KALININGRAD, October 9 /Agency/. Air defences destroyed 4 drones over the Pskov region, the Russian "
        "Defence Ministry said.",
        intercept("RU-PSK", 4, MOD, "2025-10-09"),
        published="2025-10-09",
    ),
    case(
        "clock-time-is-the-statement-day",
        "At 06:40, governor Oleg Kuvshinnikov said 2 drones had been destroyed over the Vologda region.",
        intercept("RU-VLG", 2, gov("RU-VLG"), "2025-10-08"),
        published="2025-10-08",
    ),
    case(
        "yesterday-evening",
        "Yesterday evening, 3 drones were shot down over the Tver region, governor Igor Rudenya said.",
        intercept("RU-TVE", 3, gov("RU-TVE"), "2025-10-07"),
        published="2025-10-08",
    ),
    case(
        "weekday-after-publication-is-none",
        "Governor Igor Rudenya said on Friday that 3 drones were shot down over the Tver region.",
        intercept("RU-TVE", 3, gov("RU-TVE")),
        published="2025-11-20",
    ),
    case(
        "weekday-earlier-in-the-week",
        "Governor Igor Rudenya said on Tuesday that 3 drones were shot down over the Tver region.",
        intercept("RU-TVE", 3, gov("RU-TVE"), "2025-11-18"),
        published="2025-11-20",
    ),
    case(
        "page-stamp-is-no-time-expression",
        "Drones over Tver | 9 October 2025 | Three drones were shot down over the Tver region, governor "
        "Igor Rudenya said.",
        intercept("RU-TVE", 3, gov("RU-TVE")),
        published="2025-10-09",
    ),
    case(
        "window-of-clock-times-on-a-weekday-is-that-day",
        "Air defences destroyed 30 drones over the Oryol region in the period from 8 p.m. to 11 p.m. Moscow "
        "time on Monday, the Russian Defence Ministry said.",
        intercept("RU-ORL", 30, MOD, "2025-05-12"),
        published="2025-05-14",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_dates_en(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_dateline_gives_publication_day_with_the_url_year() -> None:
    text = "KALININGRAD, October 9 /Agency/. Air defences destroyed 4 drones over the Pskov region."
    assert str(publication_date(None, text, "https://example.org/2025/news/1")) == "2025-10-09"


def test_undated_text_is_estimated_from_the_latest_full_date_it_writes() -> None:
    # each form of a full date, the latest last; years that date nothing (a plan "for 2030", a
    # figure of 20255) and a date in another form's window do not count
    text = (
        "Photo: archive, 2023-04-02. The drone plan for 2030 was signed on 3 March 2024 and revised "
        "on 14.06.2024; 20255 units were ordered. Updated Sept. 30th, 2024, after a raid on 2024-10-01."
    )
    estimate = publication_date(None, text, None)
    assert isinstance(estimate, Estimate) and str(estimate) == "2024-10-01"
    assert publication_date(None, text.replace("2024-10-01", "Monday"), None) == date(2024, 9, 30)
    assert publication_date(None, "Drones were shot down over Kursk on Monday, 20 drones in all.", None) is None


@pytest.mark.parametrize(
    "text",
    [
        "On ſeptember 4 and İn June and ſunday, 7 drones were shot down over the Kursk region.",
        "In Sept. 4 on the night of 3 to 4 Sept, 7 drones were destroyed over the Kursk region on Tuesday.",
        "FrIday, ſEPT. 5, 2025: 7 drones were shot down over the Kursk region, on Monday.",
    ],
)
def test_look_alike_letters_never_raise(text: str) -> None:
    """The matcher reads ı, İ and ſ as i, i and s: every look-up of what it matched must too."""
    for t in find_time_expressions(text):
        assert t.text
    assert extract_document("x", text, published=None) is not None
    assert extract_document("x", text, published="2025-09-20") is not None
