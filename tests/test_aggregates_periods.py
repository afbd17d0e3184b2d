"""The period a time expression states, and which of one authority's statements make its figure."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest

from pipelines.events.figures import Statement, counted
from pipelines.events.periods import Period, classify, with_periods

NIGHT = Period("night", -240, 480)


@pytest.mark.parametrize(
    ("date_text", "sentence", "expected"),
    [
        ("between 19:30 and 22:00 Moscow time", "", Period("window", 1170, 1320)),
        ("from 9 a.m. to 1 p.m.", "", Period("window", 540, 780)),
        # crossing midnight: dated by the day it ends, so it starts the day before
        ("с 22:00 3 мая до 06:00 мск 4 мая", "", Period("window", -120, 360)),
        ("during the past night", "", NIGHT),
        ("минувшей ночью", "", NIGHT),
        ("this evening", "", Period("window", 1080, 1440)),
        ("за минувшие сутки", "", Period("day")),
        ("in the last 24 hours", "", Period("day")),
        ("since midnight", "", Period("running")),
        ("today", "So far today 12 drones were downed", Period("running")),
        ("today", "In total, 12 drones were downed today", Period("day")),
        ("today", "12 drones were downed today", Period("unstated", weak=True)),
        (None, "Всего над областью сбиты 12 беспилотников", Period("day")),
        # a night total stays a night, whatever the sentence sums
        ("overnight", "In all, 12 drones were downed overnight", NIGHT),
        ("during the day", "", Period("window", 480, 1200, weak=True)),
        ("during the day", "a total of 12, in all, during the day", Period("day")),
        # "midnight" is no night
        ("after midnight", "", Period("unstated", weak=True)),
    ],
)
def test_period_of_a_time_expression(date_text, sentence, expected):
    assert classify(date_text, sentence) == expected


def test_a_summing_word_of_a_breakdown_belongs_to_the_total_not_its_parts():
    assert classify("statement day", "Всего 12: 7 над X и 5 над Y", is_part=True).kind == "unstated"


def test_the_frame_version_classifies_as_the_function_does():
    cases = [
        ("overnight", "x", None),
        ("today", "so far 5 drones", None),
        ("today", "in all 5 drones", None),
        ("today", "in all 5 drones", "a-total"),
        (None, "5 drones", None),
        ("с 08:00 до 12:00", "5", None),
    ]
    frame = with_periods(pl.DataFrame(cases, schema=["date_text", "evidence", "total_claim_id"], orient="row"))
    for row, (text, sentence, total) in zip(frame.iter_rows(named=True), cases, strict=True):
        p = classify(text, sentence, is_part=total is not None)
        assert (row["period_kind"], row["period_start"], row["period_end"]) == (
            p.kind,
            p.start if p.kind in ("window", "night") else None,
            p.end if p.kind in ("window", "night") else None,
        )


D1, D2 = date(2025, 5, 3), date(2025, 5, 4)


def s(event_id, amount, kind="unstated", start=None, end=None, on=D1, **positions):
    return Statement(event_id, amount, kind, start, end, on, positions)


def ids(statements):
    return sorted(x.event_id for x in counted(statements))


def test_disjoint_windows_add_up_and_overlapping_ones_do_not():
    windows = [s("a", 4, "window", 0, 360), s("b", 6, "window", 360, 720), s("c", 9, "window", 300, 500)]
    assert ids(windows) == ["a", "b"]
    assert ids([*windows, s("d", 12, "window", 200, 700)]) == ["d"]


def test_a_day_total_supersedes_everything_and_the_latest_day_total_wins():
    rows = [s("w1", 9, "window", 0, 300), s("w2", 9, "window", 300, 600), s("r", 20, "running"), s("d", 12, "day")]
    assert ids(rows) == ["d"]
    assert ids([*rows, s("d2", 10, "day", on=D2)]) == ["d2"]


def test_a_later_statement_of_the_same_window_corrects_an_earlier_one():
    first, fix = s("first", 11, "night", -240, 480, doc=1), s("fix", 9, "night", -240, 480, doc=4)
    assert ids([first, fix]) == ["fix"]
    # in different documents of one day neither is later: the larger stands
    assert ids([s("x", 11, "night", -240, 480, a=1), s("y", 9, "night", -240, 480, b=4)]) == ["x"]


def test_a_running_total_replaces_the_windows_it_covers_unless_they_say_more():
    parts = [s("n", 9, "night", -240, 480), s("a", 4, "window", 720, 1080)]
    assert ids([*parts, s("r", 17, "running")]) == ["r"]
    assert ids([*parts, s("r", 10, "running")]) == ["a", "n"]
    assert ids([s("r1", 30, "running", on=D1), s("r2", 25, "running", on=D2)]) == ["r2"]
