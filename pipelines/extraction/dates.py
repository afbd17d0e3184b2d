"""Publication dates and the day policy of ANNOTATION.md.

A time expression is resolved against an anchor: the day of the statement ("said on
Tuesday") when the sentence gives one, else the publication date. Overnight events take
the day the night ends; weekdays the latest such day on or before publication; a month
and day take the publication's year. Weekly or longer tallies have no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipelines.extraction.text import fold, matches_at_starts

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"

# Order matters: the first pattern that matches a stretch of text claims it.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "long",
        re.compile(
            r"\b(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:week|month|year|seven\s+days|\d+\s+days)"
            r"|this\s+(?:week|month|year)|last\s+(?:week|month|year)|in\s+a\s+week|weekly|since\s+the\s+start"
            r"|since\s+the\s+beginning|since\s+(?:january|february|march|april|may|june|july|august|september|"
            r"october|november|december|20\d\d)|за\s+(?:прошедшую\s+)?неделю|с\s+начала"
            # "in June alone", "in the whole of September": a month with no day is a monthly tally
            r"|in\s+(?:the\s+(?:whole\s+|month\s+)?of\s+|early\s+|late\s+|mid-?)?(?:january|february|march|april|"
            r"june|july|august|september|october|november|december)(?!\s+[0-3]?\d\b))\b",
            re.I,
        ),
    ),
    (
        "night_range",
        re.compile(
            r"\bnight\s+of\s+(?:" + _WD.replace("wd", "wd0") + r"\s+(?:to|into)\s+" + _WD + r"|"
            r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+"
            + _MONTH.replace("month", "m1")
            + r")?\s*(?:to|-|–|into|and)\s*"
            + _DAY
            + r"(?:\s+"
            + _MONTH
            + r")?|"
            + _MONTH.replace("month", "m2")
            + r"\s+(?P<d2>[0-3]?\d)\s*(?:to|-|–)\s*"
            r"(?P<day2>[0-3]?\d))" + _YEAR,
            re.I,
        ),
    ),
    ("night_range_ru", re.compile(r"в\s+ночь\s+(?:с\s+[0-3]?\d\s+)?на\s+" + _DAY + r"\s+" + _MONTH, re.I)),
    ("weekday_date", re.compile(r"\b" + _WD + r",?\s+(?:the\s+)?" + _DAY + r"\s+" + _MONTH + _YEAR + r"\b", re.I)),
    ("weekday_date", re.compile(r"\b" + _WD + r",?\s+" + _MONTH + r"\s+" + _DAY + _YEAR + r"\b", re.I)),
    ("date", re.compile(r"\b(?P<year>20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("date", re.compile(r"(?<![\d:.])" + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.I)),
    ("date", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + _YEAR + r"(?![\d:])", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|the\s+day\s+before|вчера)\b", re.I)),
    ("weekday", re.compile(r"\b" + _WD + r"\b", re.I)),
    (
        "today",
        re.compile(
            r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today|since\s+midnight|"
            r"(?:earlier|later)\s+in\s+the\s+day|"  # the day of the statement, as "earlier today"
            r"in\s+the\s+(?:past|last)\s+(?:hour|few\s+hours|\d+\s+hours)|since\s+the\s+early\s+hours|at\s+dawn|"
            r"during\s+the\s+day|over\s+the\s+past\s+(?:day|24\s+hours)|as\s+of\s+\d{1,2}[:.]\d\d|"
            r"сегодня|этим\s+утром|утром|днём|днем|вечером)\b",
            re.I,
        ),
    ),
    (
        "overnight",
        re.compile(
            r"\b(?:overnight|last\s+night|(?:during|in|through|over)\s+the\s+(?:past\s+|previous\s+|last\s+)?night|"
            r"this\s+night|(?<![\w-])at\s+night(?=\s*,|\s+(?:the|an?|over|in|on|Russia|Ukraine|enemy)\b)|"  # "этой ночью", "ночью" machine-translated
            r"(?:in|during)\s+the\s+(?:early|small|wee)\s+hours|"  # the small hours end a night, as "overnight"
            r"during\s+the\s+night|минувшей\s+ночью|этой\s+ночью|прошедшей\s+ночью|в\s+течение\s+(?:прошедшей\s+)?ночи|ночью)\b",
            re.I,
        ),
    ),
]

# "said on Tuesday", "reported on Saturday morning": the day of the statement
STATEMENT_DAY_RE = re.compile(
    r"\b(?:said|says|reported|reports|wrote|announced|stated|added|told\s+\w+|confirmed|posted|noted)"
    r"(?:\s+(?:later|earlier|early|late))?\s+on\s+" + _WD,
    re.I,
)

_URL_DATE_RE = re.compile(r"(?<!\d)(20\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?!\d)")
_URL_YEAR_RE = re.compile(r"/(20\d\d)/")
_DATELINES = [
    re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-' ]{1,40},\s+" + _MONTH + r"\s+" + _DAY + r"\b", re.I),
    re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё\-' ]{1,40},\s+" + _DAY + r"\s+" + _MONTH, re.I),
]


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str
    text: str
    match: re.Match[str]


def parse_published(value: object) -> date | None:
    """ISO date or datetime (string, date or datetime); None when absent or unparseable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(20\d\d)-(\d\d)-(\d\d)", value.strip())
        return _safe_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def publication_date(published: object, text: str, url: str | None) -> date | None:
    """From metadata, else the URL path, else a dateline whose year the URL gives."""
    found = parse_published(published)
    if found:
        return found
    if url:
        m = _URL_DATE_RE.search(url)
        if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
            return d
        year = _URL_YEAR_RE.search(url)
        line = next((m for r in _DATELINES if (m := r.match(text or ""))), None)
        if year and line:
            return _safe_date(int(year[1]), MONTHS[line.group("month").lower().rstrip(".")], int(line.group("day")))
    return None


# "the largest attack on the capital since the start of the war", "one of the biggest this year":
# a period that only ranks the event is not the period the number covers
_RANKING_BEFORE_RE = re.compile(
    r"(?:largest|biggest|heaviest|deadliest|worst|highest|most\s+\w+|one\s+of\s+the)\b[^\d.;]{0,60}$", re.I
)


_FULL_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")  # fmt: skip
_MONTH_WORDS = (*(m for m in MONTHS if len(m) == 3), "sept", *(m for m in MONTHS if not m.isascii()))
_WEEKDAY_WORDS = ("day", "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресенье")
# words that every match of the pattern of the same place in PATTERNS spells (see `fold`); None: no
# test (where the search for the pattern's starts, PATTERN_STARTS below, costs less than this test)
PATTERN_WORDS: list[tuple[str, ...] | None] = [
    None,
    None,
    None,
    _WEEKDAY_WORDS,
    _WEEKDAY_WORDS,
    None,
    _MONTH_WORDS,
    _MONTH_WORDS,
    ("yesterday", "before", "вчера"),
    _WEEKDAY_WORDS,
    None,
    ("night", "hour", "ноч"),
]


_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WDS = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_FULL_MONTH = "|".join(_FULL_MONTHS)
# how every match of the pattern of the same place in PATTERNS starts, lowercase (see `fold`): the
# pattern is tried only there. Case-insensitive patterns that begin with \b try all their
# alternatives at every character; these plain ones, whose every alternative begins with a letter
# (not a group), let re skip the characters that begin none at once.
PATTERN_STARTS: list[re.Pattern[str]] = [
    re.compile(
        r"over\s+the\s+(?:past|last|previous)\s|during\s+the\s+(?:past|last|previous)\s"
        r"|for\s+the\s+(?:past|last|previous)\s|this\s+(?:week|month|year)|last\s+(?:week|month|year)|weekly|since\s"
        rf"|in\s+(?:a\s+week|the\s+(?:past|last|previous|whole|month|of)|early|late|mid|{_FULL_MONTH})"
        r"|за\s|с\s+начала"
    ),
    re.compile(r"night\s+of\s"),
    re.compile(r"в\s+ночь\s"),
    re.compile(rf"(?:{_WDS}),?\s+(?:the\s+)?\d"),
    re.compile(rf"(?:{_WDS}),?\s+(?:{_MONTHS})"),
    re.compile(r"20\d\d-"),
    re.compile(rf"\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})"),
    re.compile(rf"(?:{_MONTHS})\.?\s+\d"),
    re.compile(r"yesterday|the\s+day\s+before|вчера"),
    re.compile(_WDS),
    re.compile(
        r"today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s|later\s|since\s|in\s+the\s+(?:past|last)\s"
        r"|at\s+dawn|during\s+the\s+day|over\s+the\s+past\s|as\s+of\s|сегодня|этим\s+утром|утром|днём|днем|вечером"
    ),
    re.compile(
        r"overnight|last\s+night|this\s+night|at\s+night|during\s+the\s|in\s+the\s|through\s+the\s|over\s+the\s"
        r"|минувшей\s+ночью|этой\s+ночью|прошедшей\s+ночью|в\s+течение\s|ночью"
    ),
]


def find_time_expressions(sentence: str) -> list[TimeExpr]:
    taken: list[tuple[int, int]] = []
    found = []
    folded = fold(sentence)
    spells: dict[int, bool] = {}  # (by the id of a list of words: several patterns share one)
    for (kind, pattern), words, starts in zip(PATTERNS, PATTERN_WORDS, PATTERN_STARTS, strict=True):
        if words is not None:
            if (spelt := spells.get(id(words))) is None:
                spelt = spells[id(words)] = any(map(folded.__contains__, words))
            if not spelt:
                continue  # (a pattern that cannot match takes no stretch of text)
        for m in matches_at_starts(pattern, starts, sentence, folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "long" and _RANKING_BEFORE_RE.search(sentence, max(0, m.start() - 80), m.start()):
                continue
            taken.append((m.start(), m.end()))
            found.append(TimeExpr(m.start(), m.end(), kind, m.group(0), m))
    return sorted(found, key=lambda t: t.start)


# how every match of STATEMENT_DAY_RE starts (see PATTERN_STARTS); each match also spells a weekday word
_STATEMENT_DAY_STARTS_RE = re.compile(
    r"said|says|reported|reports|wrote|announced|stated|added|told\s|confirmed|posted|noted"
)


def statement_day(sentence: str, published: date | None) -> tuple[date | None, tuple[int, int] | None]:
    folded = fold(sentence)
    if not any(map(folded.__contains__, _WEEKDAY_WORDS)):
        return None, None
    m = next(matches_at_starts(STATEMENT_DAY_RE, _STATEMENT_DAY_STARTS_RE, sentence, folded), None)
    if not m:
        return None, None
    span = (m.start("wd"), m.end("wd"))
    # "said on Friday, 4 July": the full date fixes the day (and a contradiction leaves it open)
    for kind, pattern in PATTERNS:
        if kind == "weekday_date" and (full := pattern.match(sentence, m.start("wd"))):
            return resolve(TimeExpr(full.start(), full.end(), kind, full.group(0), full), published, None), span
    return (_latest_weekday(WEEKDAYS[m.group("wd").lower()], published) if published else None), span


def _latest_weekday(wd: int, ceiling: date) -> date:
    return ceiling - timedelta(days=(ceiling.weekday() - wd) % 7)


def _month_day(month: int, day: int, year: int | None, published: date | None) -> date | None:
    if year:
        return _safe_date(year, month, day)
    if not published:
        return None
    d = _safe_date(published.year, month, day)
    # a month and day weeks after publication belong to the year before (a December date in January)
    if d and d > published and (d - published).days > 31:
        d = _safe_date(published.year - 1, month, day)
    return d


def resolve(expr: TimeExpr, published: date | None, anchor: date | None) -> date | None:
    """The day an expression names; None when it cannot be fixed or contradicts publication."""
    m, kind = expr.match, expr.kind
    gd = m.groupdict()
    anchor = anchor or published
    if kind == "long":
        return None
    if kind in ("today", "overnight"):
        return anchor
    if kind == "yesterday":
        return anchor - timedelta(days=1) if anchor else None
    if kind == "weekday":
        return _latest_weekday(WEEKDAYS[gd["wd"].lower()], published) if published else None
    year = int(gd["year"]) if gd.get("year") else None
    if kind in ("night_range", "night_range_ru"):
        if gd.get("wd"):
            return _latest_weekday(WEEKDAYS[gd["wd"].lower()], published) if published else None
        if gd.get("m2"):
            month_name, day = gd["m2"], int(gd["day2"])
        else:
            month_name, day = gd.get("month") or gd.get("m1"), int(gd["day"])
        if not month_name:
            return None
        d = _month_day(MONTHS[month_name.lower().rstrip(".")], day, year, published)
    elif gd.get("mnum"):
        d = _safe_date(int(gd["year"]), int(gd["mnum"]), int(gd["day"]))
    else:
        d = _month_day(MONTHS[gd["month"].lower().rstrip(".")], int(gd["day"]), year, published)
    if d is None:
        return None
    if kind == "weekday_date" and d.weekday() != WEEKDAYS[gd["wd"].lower()]:
        return None  # "Saturday, 14 September" when the 14th was a Sunday: contradiction
    if published and d > published:
        return None
    return d
