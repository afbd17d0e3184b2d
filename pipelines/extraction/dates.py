"""Publication dates and the day policy of ANNOTATION.md.

A time expression is resolved against an anchor: the day of the statement ("said on
Tuesday") when the sentence gives one, else the publication date. Overnight events take
the day the night ends; weekdays the latest such day on or before publication; a month
and day take the publication's year; a window of clock times ("с 20:00 до 23:00 мск") the
day it ends. Weekly or longer tallies have no date.

The words are data (`vocab/<lang>/time.toml`); the patterns below, and the cheap searches that
say where each may match (PATTERN_WORDS, PATTERN_STARTS), are built from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from re import _constants as sre
from re import _parser
from typing import Any

from pipelines.extraction import prefilter
from pipelines.extraction.lexicon import alternation, ru_case_forms
from pipelines.extraction.text import first_letter_alternation, fold, matches_at_starts, word_start_fold
from pipelines.extraction.vocabulary import LANGUAGES, load


def _vocab(key: str) -> list[dict[str, Any]]:
    return [t for lang in LANGUAGES if (t := load(lang, "time").get(key))]


def _singular_forms(lemma: str, cases: tuple[str, ...] = ()) -> frozenset[str]:
    """Every singular case form of a Russian noun (only `cases`, pymorphy3 grammemes, when given),
    with "ё" also written "е"; a word that the dictionary does not know stands for itself."""
    wanted = [frozenset({"sing", c}) for c in cases] or [frozenset({"sing"})]
    return frozenset().union(*(ru_case_forms(lemma, w) for w in wanted)) or frozenset({lemma})


def _lexicon(key: str, cases: tuple[str, ...] = ()) -> dict[str, int]:
    """Word -> number for `key` ("months", "weekdays") of every language: English as written,
    Russian lemmas with their case forms (all, or `cases`); abbreviations as written."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        table = load(lang, "time")
        for word, number in table.get(key, {}).items():
            for form in _singular_forms(word, cases) if not word.isascii() else {word}:
                out[fold(form)] = number
        for word, number in table.get(key.rstrip("s") + "_abbreviations", {}).items():
            out[fold(word)] = number
    return out


MONTHS: dict[str, int] = _lexicon("months")
WEEKDAYS: dict[str, int] = _lexicon("weekdays")
# a weekday on its own names a day in the nominative or accusative ("в среду"); its other cases are
# mostly another word ("окружающей среды") and name a day only inside a night or a full date
_DAY_WEEKDAYS: dict[str, int] = _lexicon("weekdays", ("nomn", "accs"))


def month_number(name: str) -> int | None:
    """The month a matched name stands for; None for a spelling the table lacks (never raises)."""
    return MONTHS.get(fold(name).rstrip("."))


def weekday_number(name: str) -> int | None:
    """The weekday (Monday 0) a matched name stands for; None for a spelling the table lacks."""
    return WEEKDAYS.get(fold(name))


def _minimal_words(words: Iterable[str]) -> tuple[str, ...]:
    """The words that hold no other of `words`: every text that spells one of `words` spells one of these."""
    ws = sorted(set(words), key=len)
    return tuple(w for i, w in enumerate(ws) if not any(v in w for v in ws[:i]))


def _full_months(lang: str) -> list[str]:
    """The month names of `lang` written in full (every case form), for "{month}" in phrases."""
    table = load(lang, "time").get("months", {})
    if lang == "en":
        return [w for w, n in table.items() if all(len(o) <= len(w) for o, m in table.items() if m == n)]
    return [f for w in table for f in _singular_forms(w)]


_MERIDIEM = alternation(w for t in _vocab("window") for w in t.get("meridiem", []))
_MONTH = r"(?P<month>" + alternation(MONTHS) + r")\.?"
_WD = r"(?P<wd>" + alternation(WEEKDAYS) + r")"
_DAY_WD = r"(?P<wd>" + alternation(_DAY_WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_MNUM = r"(?:0[1-9]|1[0-2])"


def _clock(tag: str = "") -> str:
    """A time of day ("9:25", "21.00", "9 p.m."); named groups h, mi, ap (or hh, aa) + `tag` when tagged."""

    def group(name: str) -> str:
        return f"?P<{name}{tag}>" if tag else "?:"

    def meridiem(name: str) -> str:
        return rf"\s*({group(name)}{_MERIDIEM})(?!\w)"

    return (
        rf"(?:({group('h')}[01]?\d|2[0-4])[:.]({group('mi')}[0-5]\d)(?:{meridiem('ap')})?"
        rf"|({group('hh')}1[0-2]|0?\d){meridiem('aa')})"
    )


_PLACEHOLDERS = {"{n}": r"\d+", "{year}": r"20\d\d", "{clock}": _clock(), "{word}": r"\w+"}


def _phrase(phrase: str, lang: str, lower: bool = False) -> str:
    """The regex of one phrase of the vocabulary (syntax in vocab/en/time.toml); `lower` gives its
    lowercase twin for a search of `fold(text)`."""
    placeholders = {**_PLACEHOLDERS, "{month}": "(?:" + alternation(_full_months(lang)) + ")"}
    tokens = phrase.split()
    out = ""
    for i, token in enumerate(tokens):
        optional = token.startswith("[") and token.endswith("]")
        body = token[1:-1] if optional else token
        alts = []
        for word in body.split("|"):
            pieces = re.split(r"(\{\w+\})", fold(word) if lower else word)
            alts.append("".join(placeholders.get(p) or re.escape(p) for p in pieces if p))
        part = "(?:" + "|".join(alts) + ")"
        sep = r"\s+" if i < len(tokens) - 1 else ""
        out += f"(?:{part}{sep})?" if optional else part + sep
    return out


def phrases_pattern(kind: str, lower: bool = False) -> str:
    """The regex of every phrase of one kind of the time vocabulary, in both languages."""
    found = [
        (len(p), _phrase(p, lang, lower))
        for lang in LANGUAGES
        for p in load(lang, "time").get("phrases", {}).get(kind, [])
    ]
    return "|".join(r for _, r in sorted(found, key=lambda x: -x[0]))


def _phrase_starts(*kinds: str, ascii_only: bool = False) -> str:
    """A lowercase search for where a phrase of `kinds` may begin: its first word and, when that is
    plain, its second, grouped by first letter (re rejects most positions on the first letter).
    `ascii_only`: of the phrases that begin with ASCII words only (the search of an ASCII text)."""
    out: set[str] = set()
    for lang in LANGUAGES:
        for kind in kinds:
            for p in load(lang, "time").get("phrases", {}).get(kind, []):
                first, *rest = p.split()
                second = rest[0] if rest and not rest[0].startswith(("[", "{")) and "{" not in rest[0] else None
                for w in first.split("|"):
                    if not rest:
                        out.add(re.escape(fold(w)))
                    elif second is None:
                        out.add(re.escape(fold(w)) + r"\s")
                    else:
                        out.update(re.escape(fold(w)) + r"\s+" + re.escape(fold(w2)) for w2 in second.split("|"))
    return first_letter_alternation(a for a in out if a.isascii() or not ascii_only)


def _words(section: str, key: str) -> list[str]:
    return [w for t in _vocab(section) for w in t.get(key, [])]


def _word_alternation(section: str, key: str, lower: bool = False) -> str:
    return "|".join(_phrase(w, lang, lower) for lang in LANGUAGES for w in load(lang, "time").get(section, {}).get(key, []))  # fmt: skip


def _followers(words: list[str]) -> str:
    """A look-ahead for one of `words` after a phrase (a punctuation mark right away, a word whole)."""
    alts = [rf"\s*{re.escape(w)}" if not w[0].isalnum() else rf"\s+{re.escape(w)}\b" for w in words]
    return "(?=" + "|".join(alts) + ")"


# --- windows of clock times: "с 20:00 до 23:00 мск", "between 12:20 and 15:00 Moscow time" ------
_OPENERS = _word_alternation("window", "openers")
_SEPARATORS = _word_alternation("window", "separators")
_ZONE = r"(?:\s*\(?(?:" + _word_alternation("window", "zones") + r")\)?(?!\w))"


def _numdate(tag: str) -> str:
    """The day a clock time is on: "25.05", "25.05.2025", "22 июня"."""
    return (
        rf"(?:\s+(?P<d{tag}>[0-3]?\d)(?:\.(?P<mo{tag}>{_MNUM})(?:\.(?P<y{tag}>(?:20)?\d\d))?(?![\d])"
        rf"|\s+(?P<mn{tag}>{alternation(MONTHS)})\b))"
    )


_WINDOW = (
    rf"(?<![\w-])(?:{_OPENERS})\s+{_clock('1')}{_ZONE}?{_numdate('1')}?\s*(?:(?:{_SEPARATORS})\s+|[-–]\s*)"
    rf"{_clock('2')}{_ZONE}?{_numdate('2')}?"
)
_BARE_WINDOW = (
    rf"(?<![\d.:])(?P<h1>[01]?\d|2[0-4])[:.](?P<mi1>[0-5]\d)\s*[-–]\s*(?P<h2>[01]?\d|2[0-4])[:.](?P<mi2>[0-5]\d){_ZONE}"
)
# "с 20.00 мск 25.05" with no end: the window runs to the report
_OPEN_WINDOW = rf"(?<![\w-])(?:{_OPENERS})\s+{_clock('1')}{_ZONE}{_numdate('1')}(?!\s*(?:{_SEPARATORS}|[-–]))"

# --- nights: "the night of 10-11 October", "в ночь на среду, 13 сентября" ---------------------
_EN_NIGHT = load("en", "time").get("night_range", {})
_RU_NIGHT = load("ru", "time").get("night_range", {})
_JOINERS = alternation(_EN_NIGHT.get("joiners", []))
_NIGHT_OF = r"\s+".join(map(re.escape, _EN_NIGHT.get("night", "night of").split()))
_V_NOCH = r"\s+".join(map(re.escape, _RU_NIGHT.get("night", "в ночь").split()))
_RU_FROM, _RU_TO = alternation(_RU_NIGHT.get("from", [])), re.escape(_RU_NIGHT.get("to", "на"))
_RU_NIGHT_FROM = rf"(?:(?:{_RU_FROM})\s+(?:[0-3]?\d|{_WD.replace('wd', 'wd0')})\s+)?{_RU_TO}\s+"

_NUMERIC_NOT_AFTER = alternation(_words("numeric_date", "not_followed_by"))

# Order matters: the first pattern that matches a stretch of text claims it.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "long",
        re.compile(
            r"\b(?:(?:"
            + phrases_pattern("long")
            + ")"
            + _followers(_words("long", "not_followed_by")).replace("(?=", "(?!", 1)
            + "|(?:"
            + phrases_pattern("month_alone")
            + r")(?!\s+[0-3]?\d\b))\b",
            re.I,
        ),
    ),
    ("window", re.compile(_WINDOW, re.I)),
    ("window", re.compile(_BARE_WINDOW, re.I)),
    ("window", re.compile(_OPEN_WINDOW, re.I)),
    (
        "night_range",
        re.compile(
            rf"\b{_NIGHT_OF}\s+(?:" + _WD.replace("wd", "wd0") + rf"\s+(?:{_JOINERS})\s+" + _WD + r"|"
            r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+"
            + _MONTH.replace("month", "m1")
            + rf")?\s*(?:{_JOINERS})\s*"
            + _DAY
            + r"(?:\s+"
            + _MONTH
            + r")?|"
            + _MONTH.replace("month", "m2")
            + rf"\s+(?P<d2>[0-3]?\d)\s*(?:{_JOINERS})\s*"
            r"(?P<day2>[0-3]?\d))" + _YEAR,
            re.I,
        ),
    ),
    (
        "night_range_ru",
        re.compile(
            rf"{_V_NOCH}\s+{_RU_NIGHT_FROM}(?:{_WD},?\s+)?{_DAY}(?:\s+{_MONTH}|\.(?P<mnum>{_MNUM})(?:\.(?P<year>(?:20)?\d\d))?(?!\d))",
            re.I,
        ),
    ),
    ("night_range_ru", re.compile(rf"{_V_NOCH}\s+{_RU_NIGHT_FROM}{_WD}\b", re.I)),
    ("weekday_date", re.compile(r"\b" + _WD + r",?\s+(?:the\s+)?" + _DAY + r"\s+" + _MONTH + _YEAR + r"\b", re.I)),
    ("weekday_date", re.compile(r"\b" + _WD + r",?\s+" + _MONTH + r"\s+" + _DAY + _YEAR + r"\b", re.I)),
    ("date", re.compile(r"\b(?P<year>20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "25.05", "25.05.2024" (not "1.05 million")
    (
        "date",
        re.compile(
            rf"(?<![\d.:,/])(?P<day>[0-3]?\d)\.(?P<mnum>{_MNUM})(?:\.(?P<year>(?:20)?\d\d))?(?![\d]|\.\d)"
            rf"(?!\s*(?:{_NUMERIC_NOT_AFTER}))",
            re.I,
        ),
    ),
    ("date", re.compile(r"(?<![\d:.])" + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.I)),
    ("date", re.compile(r"\b" + _MONTH + r"\s+" + _DAY + _YEAR + r"(?![\d:])", re.I)),
    ("yesterday", re.compile(r"\b(?:" + phrases_pattern("yesterday") + r")\b", re.I)),
    ("weekday", re.compile(r"\b" + _DAY_WD + r"\b", re.I)),
    ("today", re.compile(r"\b(?:" + phrases_pattern("today") + r")(?!\w)", re.I)),
    (
        "overnight",
        re.compile(
            r"\b(?:"
            + phrases_pattern("overnight")
            + r")\b|(?<![\w-])(?:"
            + phrases_pattern("at_night")
            + r")"
            + _followers(_words("phrases", "at_night_followers")),
            re.I,
        ),
    ),
]

# "said on Tuesday", "сообщил в пятницу": the day of the statement
_VERBS = _word_alternation("statement", "verbs")
_OBJECT_VERBS = _word_alternation("statement", "verbs_with_object")
_ADVERBS = _word_alternation("statement", "adverbs")
STATEMENT_DAY_RE = re.compile(
    rf"\b(?:{_VERBS}|(?:{_OBJECT_VERBS})\s+\w+)(?:\s+(?:{_ADVERBS}))?\s+(?:"
    + _word_alternation("statement", "before_weekday")
    + r")\s+"
    + _DAY_WD,
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
    day: TimeExpr | None = None  # the date written beside a window of clock times


class Estimate(date):
    """A publication day that no stamp gives, estimated from the latest full date the text writes
    (a photo caption, "on Friday, Aug. 11, 2023"): a weekday is the nearest such day to it, on
    either side, rather than the latest one before it."""

    __slots__ = ()


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


# a page's date stamp on a line of its own at the top ("26 февраля 2025, 09:12", "21.08.2025 07:40",
# "Опубликовано: 5 мая 2025 г."): the full date with its year, and little else on the line
_HEADER_DATE_RES = [
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\s+{_MONTH},?\s+(?P<year>20\d\d)(?!\d)", re.I),
    re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mnum>{_MNUM})\.(?P<year>20\d\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
]
_HEADER_REST_RE = re.compile(r"\d{1,2}[:.]\d\d|[^\w]+|\b(?:г|года?|мск)\b", re.I)
_HEADER_LINES, _HEADER_MAX_LEN, _HEADER_MAX_WORDS = 3, 60, 3


def header_date(text: str) -> date | None:
    """The date stamp of a page: one of its first lines that gives a full date and at most a
    time, a weekday, a place or a label beside it (a sentence that holds a date is no stamp)."""
    lines = [line.strip() for line in (text or "").splitlines()[:12] if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line) > _HEADER_MAX_LEN:
            continue
        for pattern in _HEADER_DATE_RES:
            if not (m := pattern.search(line)):
                continue
            rest = _HEADER_REST_RE.sub(" ", line[: m.start()] + " " + line[m.end() :]).split()
            if len([w for w in rest if fold(w) not in WEEKDAYS]) > _HEADER_MAX_WORDS:
                continue
            gd = m.groupdict()
            month = int(gd["mnum"]) if gd.get("mnum") else month_number(gd.get("month") or "")
            if month and (d := _safe_date(int(gd["year"]), month, int(gd["day"]))):
                return d
    return None


def publication_date(published: object, text: str, url: str | None) -> date | None:
    """From metadata, else the URL path, else a date stamp at the top of the text, else a
    dateline whose year the URL gives, else an `Estimate` from the text."""
    found = parse_published(published)
    if found:
        return found
    return _stamped_date(text, url) or estimated_date(text)


# a full date anywhere in the text: those a stamp may give, and the English month-first one
_FULL_DATE_RES = [
    *_HEADER_DATE_RES,
    re.compile(rf"(?<![\w.]){_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>20\d\d)(?!\d)", re.I),
]


# Every full date writes its year: each pattern is tried only just around one (most texts write no
# year, and a month alternation tried at every character of a text is what estimating costs)
_YEAR_RE = re.compile(r"(?<!\d)20\d\d(?!\d)")
_DATE_REACH = 60  # characters a full date spans before its year ("September 30th, ") and more


def estimated_date(text: str) -> Estimate | None:
    """The latest full date the text writes; None when it writes none."""
    written = []
    for year in _YEAR_RE.finditer(text):
        # (up to the ISO date's "-05-06" and the character after it, which its look-ahead reads)
        lo, hi = max(0, year.start() - _DATE_REACH), year.end() + 7
        for pattern in _FULL_DATE_RES:
            for m in pattern.finditer(text, lo, hi):
                if m.span("year") != year.span():
                    continue  # (another year's date, or one the window's end fooled)
                gd = m.groupdict()
                number = int(gd["mnum"]) if gd.get("mnum") else month_number(gd.get("month") or "")
                if number and (d := _safe_date(int(gd["year"]), number, int(gd["day"]))):
                    written.append(d)
    return Estimate.fromordinal(max(written).toordinal()) if written else None


def _stamped_date(text: str, url: str | None) -> date | None:
    """A date stamp at the top of the text, the URL path, or a dateline whose year the URL gives."""
    if (stamp := header_date(text)) and not (url and _URL_DATE_RE.search(url)):
        return stamp
    if url:
        m = _URL_DATE_RE.search(url)
        if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
            return d
        year = _URL_YEAR_RE.search(url)
        line = next((m for r in _DATELINES if (m := r.match(text or ""))), None)
        if year and line and (month := month_number(line.group("month"))):
            return _safe_date(int(year[1]), month, int(line.group("day")))
    return None


# "the largest attack on the capital since the start of the war", "one of the biggest this year":
# a period that only ranks the event is not the period the number covers
_RANKING_BEFORE_RE = re.compile(
    r"(?:largest|biggest|heaviest|deadliest|worst|highest|most\s+\w+|one\s+of\s+the)\b[^\d.;]{0,60}$", re.I
)
# "| 1 June 2023 |": a page's date stamp between separators dates the page, not the event
_STAMP_BEFORE_RE = re.compile(r"\|\s*$")
_STAMP_AFTER_RE = re.compile(r"\s*\|")

_MONTH_WORDS = _minimal_words(MONTHS)
_WEEKDAY_WORDS = _minimal_words(WEEKDAYS)
# words that every match of the pattern of the same place in PATTERNS spells (see `fold`); None: no
# test (where the search for the pattern's starts, PATTERN_STARTS below, costs less than this test)
PATTERN_WORDS: list[tuple[str, ...] | None] = [
    None,  # long
    None,  # window
    None,
    None,
    None,  # night_range
    None,  # night_range_ru (a date)
    _WEEKDAY_WORDS,  # night_range_ru (a weekday)
    _WEEKDAY_WORDS,  # weekday_date
    _WEEKDAY_WORDS,
    None,  # date
    None,
    _MONTH_WORDS,
    _MONTH_WORDS,
    None,
    _WEEKDAY_WORDS,
    None,
    None,
]

# the phrase kinds of the patterns of each kind that opens with one (their start searches)
_PHRASE_KINDS = {"long": ("long", "month_alone"), "yesterday": ("yesterday",), "today": ("today",), "overnight": ("overnight", "at_night")}  # fmt: skip
_MONTHS_LOWER = first_letter_alternation(map(re.escape, MONTHS))
_WDS_LOWER = first_letter_alternation(map(re.escape, WEEKDAYS))
_DAY_WDS_LOWER = first_letter_alternation(map(re.escape, _DAY_WEEKDAYS))
# how every match of the pattern of the same place in PATTERNS starts, lowercase, in `fold(text)`:
# the pattern is tried only there (see `matches_at_starts`). Built from the same words.
PATTERN_STARTS: list[re.Pattern[str]] = [
    re.compile(_phrase_starts(*_PHRASE_KINDS["long"])),
    re.compile(r"(?:" + _word_alternation("window", "openers", lower=True) + r")\s+\d"),
    re.compile(r"\d\d?[:.]\d\d\s*[-–]"),
    re.compile(r"(?:" + _word_alternation("window", "openers", lower=True) + r")\s+\d"),
    re.compile(_NIGHT_OF.lower()),
    re.compile(_V_NOCH.lower()),
    re.compile(_V_NOCH.lower()),
    re.compile(rf"{_WDS_LOWER},?\s+(?:the\s+)?\d"),
    re.compile(rf"{_WDS_LOWER},?\s+{_MONTHS_LOWER}"),
    re.compile(r"20\d\d-"),
    re.compile(r"\d\d?\.[01]\d"),
    re.compile(rf"\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_LOWER}"),
    _MONTH_FIRST_STARTS := re.compile(rf"{_MONTHS_LOWER}\.?\s+\d"),
    re.compile(_phrase_starts(*_PHRASE_KINDS["yesterday"])),
    _DAY_WD_STARTS := re.compile(_DAY_WDS_LOWER),
    re.compile(_phrase_starts(*_PHRASE_KINDS["today"])),
    re.compile(_phrase_starts(*_PHRASE_KINDS["overnight"])),
]

# The same start searches of an ASCII sentence through its `word_start_fold`, for the phrase kinds whose
# patterns open with `\b` and whose first words are common ("in the", "at", "over the"): a search
# for them after a space skips the many such letters inside words, and re finds a literal space by a
# fast scan. (`\b` lets a phrase begin after "-" too: a sentence that spells "-" needs `[ -]`.)
# The weekday and the month-first date patterns open with `\b` too, and their first letters (a, d, m,
# s, ...) are common: their word-start searches look for the name alone (the rest of their start search
# spells "." or ",", which the word-start fold reads as a space), the pattern tries the rest.
# An ASCII text spells no Russian word: these searches look for the ASCII words alone (re tries
# the alternatives of every first letter after every space that begins none).
_FIRST_WORDS = {_DAY_WD_STARTS: _DAY_WEEKDAYS, _MONTH_FIRST_STARTS: MONTHS}


def _ascii_body(kind: str, starts: re.Pattern[str]) -> str | None:
    if kind in _PHRASE_KINDS:
        return _phrase_starts(*_PHRASE_KINDS[kind], ascii_only=True)
    if starts in _FIRST_WORDS:
        return first_letter_alternation(re.escape(w) for w in _FIRST_WORDS[starts] if w.isascii())
    return None


_ASCII_STARTS: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = [
    (prefilter.word_start_search(body), prefilter.word_start_search(body, after_hyphen=True))
    if (body := _ascii_body(kind, starts))
    else (None, None)
    for (kind, _), starts in zip(PATTERNS, PATTERN_STARTS, strict=True)
]
# start searches that several patterns share (windows, "в ночь"): searched once per sentence
_SHARED_STARTS = [PATTERN_STARTS.count(starts) > 1 for starts in PATTERN_STARTS]


def _start_positions(starts: re.Pattern[str], folded: str) -> list[int]:
    """Every position where `starts` matches in `folded` (as `text.matches_at_starts` finds them):
    patterns that share a start search (the windows, "в ночь") read the list once per sentence."""
    out = []
    pos = 0
    while found := starts.search(folded, pos):
        out.append(pos := found.start())
        pos += 1
    return out


def _matches_at(pattern: re.Pattern[str], positions: list[int], text: str) -> Iterator[re.Match[str]]:
    """`text.matches_at_starts` over start positions found before."""
    pos = 0
    for at in positions:
        if at >= pos and (m := pattern.match(text, at)):
            yield m
            pos = m.end()


# "overnight on Wednesday", "overnight into July 21": the night is the one that ends that day
_NIGHT_TO_DAY_RE = re.compile(r"\s*(?:" + _word_alternation("phrases", "night_to_day") + r")?\s*,?\s*$", re.I)


_DAYS = ("weekday", "date", "weekday_date")
_BESIDE_RE = re.compile(r"[\s,]*$")
_PART_OF_DAY = [{"today", kind} for kind in ("yesterday", *_DAYS)]


def _join_night_and_day(found: list[TimeExpr], sentence: str) -> list[TimeExpr]:
    """One expression of a night or a window and the day written beside it ("overnight on
    Wednesday", "20 июня с 22.00 до 23.55", "с 8.00 до 9.40 мск 5 июля")."""
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "overnight" and t.kind in _DAYS and _NIGHT_TO_DAY_RE.match(sentence, prev.end, t.start):  # fmt: skip
            out[-1] = TimeExpr(prev.start, t.end, t.kind, sentence[prev.start : t.end], t.match)
            continue
        if prev is not None and {prev.kind, t.kind} in _PART_OF_DAY and _BESIDE_RE.match(sentence, prev.end, t.start):
            # "накануне вечером", "в субботу вечером", "утром 13 сентября": the day names the day
            day = prev if prev.kind != "today" else t
            out[-1] = TimeExpr(prev.start, t.end, day.kind, sentence[prev.start : t.end], day.match)
            continue
        if prev is not None and {prev.kind, t.kind} in ({"window", "date"}, {"window", "weekday"}) and _BESIDE_RE.match(sentence, prev.end, t.start):  # fmt: skip
            window, day = (prev, t) if prev.kind == "window" else (t, prev)
            gd = window.match.groupdict()
            if gd.get("d1") is None and gd.get("d2") is None and gd.get("mn1") is None and gd.get("mn2") is None:
                out[-1] = TimeExpr(prev.start, t.end, "window", sentence[prev.start : t.end], window.match, day)
                continue
        out.append(t)
    return out


def _always_spells(items: Any, member: Callable[[Any, Any], bool]) -> bool:
    """Does every match of the parsed sequence `items` (re's parser) spell a character that `member`
    accepts? `member` reads a literal or an item of a character class (op, av). (A look-around,
    whose text is not the match's, counts for nothing.)"""
    for op, av in items:
        if op is sre.LITERAL and member(op, av):
            return True
        if op is sre.IN and all(member(o, a) for o, a in av):
            return True
        if op is sre.SUBPATTERN and _always_spells(av[-1].data, member):
            return True
        if op is sre.BRANCH and all(_always_spells(alt.data, member) for alt in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and _always_spells(av[2].data, member):  # fmt: skip
            return True
    return False


def _digit(op: Any, av: Any) -> bool:
    return (
        (op is sre.CATEGORY and av is sre.CATEGORY_DIGIT)
        or (op is sre.LITERAL and 48 <= av <= 57)
        or (op is sre.RANGE and av[0] >= 48 and av[1] <= 57)
    )


_ASCII = "".join(map(chr, range(128)))


def _spells_digit(pattern: re.Pattern[str]) -> bool:
    """Does every match of `pattern` spell a decimal digit?"""
    return _always_spells(_parser.parse(pattern.pattern, pattern.flags).data, _digit)


def _spells_non_ascii(pattern: re.Pattern[str]) -> bool:
    """Does every match of `pattern` spell a character that no ASCII character matches (under the
    pattern's flags: "в", but not the "ſ" that re.IGNORECASE takes for "s")?"""

    def member(op: Any, av: Any) -> bool:
        return op is sre.LITERAL and re.search(re.escape(chr(av)), _ASCII, pattern.flags) is None

    return _always_spells(_parser.parse(pattern.pattern, pattern.flags).data, member)


_DIGIT_RE = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    r"""Does `text` spell a character that `\d` matches? (An ASCII text: ten plain `in` scans.)"""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    return _DIGIT_RE.search(text) is not None


_Plan = tuple[str, re.Pattern[str], tuple[str, ...] | None, re.Pattern[str], bool, bool]


def _plans(ascii_text: bool, hyphen: bool, digit: bool) -> tuple[_Plan, ...]:
    """What find_time_expressions tries in a sentence of one sort, in the order of PATTERNS: (kind,
    pattern, words of which it must spell one, its start search, whether that reads the sentence's
    `word_start_fold` (else its `fold`), whether the start search is shared). A pattern that cannot
    match in such a sentence is left out: one whose every match spells a digit (most date and clock
    patterns) in a sentence with none, one whose every match spells a non-ASCII letter ("в ночь") in
    an ASCII sentence; and an ASCII sentence tests only the ASCII words (the weekday and month words
    are mostly Russian case forms)."""
    out = []
    for (kind, pattern), words, starts, (ascii_starts, hyphen_starts), shared in zip(
        PATTERNS, PATTERN_WORDS, PATTERN_STARTS, _ASCII_STARTS, _SHARED_STARTS, strict=True
    ):
        if (not digit and _spells_digit(pattern)) or (ascii_text and _spells_non_ascii(pattern)):
            continue
        if ascii_text and words is not None and not (words := _ASCII_WORDS[words]):
            continue
        if ascii_text and ascii_starts is not None:
            out.append((kind, pattern, words, hyphen_starts if hyphen else ascii_starts, True, shared))
        else:
            out.append((kind, pattern, words, starts, False, shared))
    return tuple(out)


# (one tuple of ASCII words for each list of words, so that plans that share a list share a test)
_ASCII_WORDS = {words: tuple(w for w in words if w.isascii()) for words in PATTERN_WORDS if words is not None}
# the plans of every sort of sentence (ASCII, spells "-", spells a digit), built once
_PLANS = {(a, h, d): _plans(a, h, d) for a in (True, False) for h in (True, False) for d in (True, False)}


def find_time_expressions(sentence: str) -> list[TimeExpr]:
    taken: list[tuple[int, int]] = []
    found = []
    folded = fold(sentence)
    spaced = word_start_fold(sentence)  # (None for a sentence that is not ASCII)
    spells: dict[int, bool] = {}  # (by the id of a list of words: several patterns share one)
    positions: dict[int, list[int]] = {}  # (by the id of a shared start search)
    plans = _PLANS[spaced is not None, spaced is not None and "-" in spaced, _has_digit(sentence)]
    for kind, pattern, words, starts, on_spaced, shared in plans:
        if words is not None:
            if (spelt := spells.get(id(words))) is None:
                spelt = spells[id(words)] = any(map(folded.__contains__, words))
            if not spelt:
                continue  # (a pattern that cannot match takes no stretch of text)
        if shared:
            if (at := positions.get(id(starts))) is None:
                at = positions[id(starts)] = _start_positions(starts, folded)
            for m in _matches_at(pattern, at, sentence):
                _take(kind, m, sentence, taken, found)
            continue
        # (`text.matches_at_starts` written out: a generator per pattern and sentence costs more than
        # the search of most sentences, which finds no start)
        text = spaced if on_spaced else folded
        pos = 0
        while start := starts.search(text, pos):  # type: ignore[arg-type]
            if m := pattern.match(sentence, start.start()):
                _take(kind, m, sentence, taken, found)
                pos = m.end()
            else:
                pos = start.start() + 1
    return _join_night_and_day(sorted(found, key=lambda t: t.start), sentence)


def _take(kind: str, m: re.Match[str], sentence: str, taken: list[tuple[int, int]], found: list[TimeExpr]) -> None:
    """Keep a match of a pattern unless an earlier one took its stretch of text."""
    if any(m.start() < e and s < m.end() for s, e in taken):
        return
    if kind == "long" and _RANKING_BEFORE_RE.search(sentence, max(0, m.start() - 80), m.start()):
        return
    taken.append((m.start(), m.end()))
    if kind == "date" and _is_stamp(sentence, m):
        return  # (its stretch stays taken: the day in it is no time expression either)
    found.append(TimeExpr(m.start(), m.end(), kind, m.group(0), m))


def _is_stamp(sentence: str, m: re.Match[str]) -> bool:
    return bool(
        _STAMP_BEFORE_RE.search(sentence, max(0, m.start() - 5), m.start()) and _STAMP_AFTER_RE.match(sentence, m.end())
    )


# how every match of STATEMENT_DAY_RE starts (see PATTERN_STARTS); each match also spells a weekday word
_STATEMENT_DAY_STARTS_RE = re.compile(
    _word_alternation("statement", "verbs", lower=True)
    + "|"
    + _word_alternation("statement", "verbs_with_object", lower=True)  # fmt: skip
)


def statement_day(sentence: str, published: date | None) -> tuple[date | None, tuple[int, int] | None]:
    folded = fold(sentence)
    # (an ASCII sentence spells none of the Russian forms: it tests only the English names)
    if not any(map(folded.__contains__, _ASCII_WORDS[_WEEKDAY_WORDS] if sentence.isascii() else _WEEKDAY_WORDS)):
        return None, None
    m = next(matches_at_starts(STATEMENT_DAY_RE, _STATEMENT_DAY_STARTS_RE, sentence, folded), None)
    if not m:
        return None, None
    span = (m.start("wd"), m.end("wd"))
    # "said on Friday, 4 July": the full date fixes the day (and a contradiction leaves it open)
    for kind, pattern in PATTERNS:
        if kind == "weekday_date" and (full := pattern.match(sentence, m.start("wd"))):
            return resolve(TimeExpr(full.start(), full.end(), kind, full.group(0), full), published, None), span
    wd = weekday_number(m.group("wd"))
    return _latest_weekday(wd, published), span


def _latest_weekday(wd: int | None, ceiling: date | None) -> date | None:
    """The latest such weekday on or before publication; None for the weekday after publication
    (a report dated by another clock or time zone: a day six days back is not what it means).
    Against an estimated publication day, the nearest such weekday."""
    if wd is None or ceiling is None:
        return None
    if isinstance(ceiling, Estimate):
        return ceiling + timedelta(days=(wd - ceiling.weekday() + 3) % 7 - 3)
    if (ceiling.weekday() + 1) % 7 == wd:
        return None
    return ceiling - timedelta(days=(ceiling.weekday() - wd) % 7)


def _month_day(month: int | None, day: int, year: int | None, published: date | None) -> date | None:
    if month is None:
        return None
    if year:
        return _safe_date(year, month, day)
    if not published:
        return None
    d = _safe_date(published.year, month, day)
    # a month and day weeks after publication belong to the year before (a December date in January)
    if d and d > published and (d - published).days > 31:
        d = _safe_date(published.year - 1, month, day)
    return d


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def _minutes(gd: dict[str, str | None], tag: str) -> int | None:
    """Minutes after midnight of the clock time tagged `tag` (24:00 is 1440); None when absent."""
    hour = gd.get(f"h{tag}") or gd.get(f"hh{tag}")
    if hour is None:
        return None
    h, mi = int(hour), int(gd.get(f"mi{tag}") or 0)
    meridiem = fold(gd.get(f"ap{tag}") or gd.get(f"aa{tag}") or "")
    if meridiem.startswith("p") and h < 12:
        h += 12
    elif meridiem.startswith("a") and h == 12:
        h = 0
    return h * 60 + mi


def _written_day(gd: dict[str, str | None], tag: str, published: date | None) -> date | None:
    month = int(gd[f"mo{tag}"]) if gd.get(f"mo{tag}") else month_number(gd.get(f"mn{tag}") or "")
    return _month_day(month, int(gd[f"d{tag}"] or 0), _year(gd.get(f"y{tag}")), published)


def _window_day(
    gd: dict[str, str | None], published: date | None, anchor: date | None, day: TimeExpr | None
) -> date | None:
    """The day a window of clock times ends: its end date when written; the day after its start
    date when it crosses midnight ("с 23:00 23.05 до 07:00"), else that date; a window with no
    end runs to the report; no date written: the day of the statement."""
    if gd.get("d2"):
        return _written_day(gd, "2", published)
    begin, end = _minutes(gd, "1"), _minutes(gd, "2")
    if not gd.get("d1"):
        if day is None:
            return anchor
        start = resolve(day, published, anchor)  # "20 июня с 22.00 до 23.55": the date written beside it
    else:
        start = _written_day(gd, "1", published)
    if start is None or begin is None:
        return None
    if end is None:  # runs to the report, at most into the next day
        return min(published, start + timedelta(days=1)) if published and published >= start else start
    return start + timedelta(days=1) if end < begin else start


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
    if kind == "window":
        d = _window_day(gd, published, anchor, expr.day)
        return None if d is None or (published and d > published + _LEEWAY.get(type(published), timedelta(0))) else d
    wd = weekday_number(gd["wd"]) if gd.get("wd") else None
    if kind == "weekday":
        return _latest_weekday(wd, published)
    year = _year(gd.get("year"))
    if kind in ("night_range", "night_range_ru"):
        if gd.get("wd") and not gd.get("day"):
            return _latest_weekday(wd, published)
        if gd.get("m2"):
            month, day = month_number(gd["m2"]), int(gd["day2"])
        elif gd.get("mnum"):
            month, day = int(gd["mnum"]), int(gd["day"])
        else:
            name = gd.get("month") or gd.get("m1")
            if not name:
                return None
            month, day = month_number(name), int(gd["day"])
        d = _month_day(month, day, year, published)
    elif gd.get("mnum"):
        d = _month_day(int(gd["mnum"]), int(gd["day"]), year, published)
    else:
        d = _month_day(month_number(gd["month"]), int(gd["day"]), year, published)
    if d is None:
        return None
    if gd.get("wd") and d.weekday() != wd:
        return None  # "Saturday, 14 September" when the 14th was a Sunday: contradiction
    if published and d > published + _LEEWAY.get(type(published), timedelta(0)):
        return None
    return d


# how far after an estimated publication day a written day may fall (the nearest weekday's reach)
_LEEWAY = {Estimate: timedelta(days=3)}
