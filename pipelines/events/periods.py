"""What part of its day a statement covers: a window, a night, the whole day, or a running total.

Pure: a claim's time expression (`date_text`) and its sentence go in, a `Period` comes out. The
words are data (`periods.toml`). Aggregates (`figures.py`) use periods to decide which of one
authority's statements of one day and place add up: disjoint windows do, a day total or a later
running total supersedes the rest.

Kinds: `window` (a stated clock window or a named part of the day, with its minutes), `night`
(a window too: the night that ends on the statement's date), `day` (the whole day), `running`
(from the day's start up to the statement) and `unstated` (no part of the day: "today", a
weekday, a date, or no time expression).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

DATA = Path(__file__).with_name("periods.toml")
WINDOW_KINDS = ("window", "night")
# a statement's kind when its claims disagree: the first of these that any claim has
KIND_ORDER = ("day", "running", "window", "night", "unstated")


@dataclass(frozen=True)
class Period:
    kind: str  # window | night | day | running | unstated
    start: int | None = None  # minutes from 00:00 of the statement's date (windows and nights)
    end: int | None = None
    weak: bool = False  # a summing or running word in the sentence overrides it


UNSTATED = Period("unstated", weak=True)


@cache
def _table() -> dict:
    with DATA.open("rb") as f:
        return tomllib.load(f)


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def pattern(phrases: list[str]) -> str:
    """A regex (Python's and Polars' syntax alike) finding any phrase at a word start in folded text."""
    alternatives = sorted((r"\s+".join(re.escape(w) for w in p.split()) for p in phrases), key=len, reverse=True)
    return r"\b(?:" + "|".join(alternatives) + ")"


@cache
def _compiled(section: str, key: str) -> re.Pattern[str]:
    return re.compile(pattern(_table()[section][key]))


@cache
def _clock() -> re.Pattern[str]:
    meridiem = "|".join(re.escape(m) for m in sorted(_table()["clock"]["am"] + _table()["clock"]["pm"], key=len))
    return re.compile(rf"(?<![\d.:])(\d{{1,2}})(?:[:.](\d{{2}})(?!\d))?(?:\s*({meridiem})(?!\w))?")


def _clock_minutes(text: str) -> list[int]:
    """Minutes after midnight of every clock time in `text` (a bare number is no clock time)."""
    pm = set(_table()["clock"]["pm"])
    out = []
    for m in _clock().finditer(text):
        hour, minute, meridiem = int(m[1]), m[2], m[3]
        if minute is None and meridiem is None:
            continue
        if meridiem is not None:
            hour = hour % 12 + (12 if meridiem in pm else 0)
        if hour <= 24 and int(minute or 0) < 60:
            out.append(hour * 60 + int(minute or 0))
    return out


@cache
def time_period(date_text: str | None) -> Period:
    """The period a time expression states, on its own (no sentence words)."""
    if not date_text:
        return UNSTATED
    text = fold(date_text)
    clocks = _clock_minutes(text)
    if len(clocks) >= 2:
        start, end = clocks[0], clocks[-1]
        # a window is dated by the day it ends: one that crosses midnight starts the day before
        return Period("window", start - 1440 if end <= start else start, end)
    if _compiled("day", "time").search(text):
        return Period("day")
    if _compiled("running", "time").search(text):
        return Period("running")
    for name, part in _table()["parts"].items():
        if re.search(pattern(part["words"]), text):
            return Period("night" if name == "night" else "window", part["start"], part["end"], part.get("weak", False))
    return UNSTATED


def classify(date_text: str | None, sentence: str, is_part: bool = False) -> Period:
    """The period of a statement: its time expression's, unless that names no definite part of the
    day and the sentence sums ("in all today": the day; not for a part of a breakdown, whose
    summing word belongs to the total) or runs ("so far 37": a running total)."""
    period = time_period(date_text)
    if not period.weak:
        return period
    folded = fold(sentence)
    if not is_part and _compiled("day", "totals").search(folded):
        return Period("day")
    if _compiled("running", "sentence").search(folded):
        return Period("running")
    return period


def with_periods(claims: pl.DataFrame) -> pl.DataFrame:
    """`claims` (date_text, evidence, total_claim_id) with period_kind, period_start, period_end:
    `classify` over a frame, the time expressions looked up once each."""
    texts = claims.select("date_text").unique()
    periods = [time_period(t) for t in texts["date_text"]]
    lookup = texts.with_columns(
        _kind=pl.Series([p.kind for p in periods], dtype=pl.String),
        _start=pl.Series([p.start for p in periods], dtype=pl.Int64),
        _end=pl.Series([p.end for p in periods], dtype=pl.Int64),
        _weak=pl.Series([p.weak for p in periods], dtype=pl.Boolean),
    )
    folded = pl.col("evidence").str.to_lowercase().str.replace_all("ё", "е", literal=True)
    sums = folded.str.contains(pattern(_table()["day"]["totals"])) & pl.col("total_claim_id").is_null()
    runs = folded.str.contains(pattern(_table()["running"]["sentence"]))
    kind = (
        pl.when(~pl.col("_weak"))
        .then(pl.col("_kind"))
        .when(sums)
        .then(pl.lit("day"))
        .when(runs)
        .then(pl.lit("running"))
        .otherwise(pl.col("_kind"))
    )
    windowed = kind.is_in(WINDOW_KINDS)
    return (
        claims.join(lookup, on="date_text", how="left", nulls_equal=True)
        .with_columns(
            period_kind=kind,
            period_start=pl.when(windowed).then(pl.col("_start")),
            period_end=pl.when(windowed).then(pl.col("_end")),
        )
        .drop("_kind", "_start", "_end", "_weak")
    )
