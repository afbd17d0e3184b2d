"""The start searches: a pattern is tried only where a cheaper, plain pattern finds a possible start
in the folded text (see `fold`), so the start-searched result must be the pattern's own, on every
input: every phrase of every alternative, glued to another, with odd characters, in any case."""

import re
import sys

import pytest

from pipelines.extraction.authorities import (
    _ACTOR_OWNER_STARTS_RE,
    _SPEECH_STARTS_RE,
    _UNKNOWN_STARTS_RE,
    ACTOR_OWNER_RE,
    SPEECH_RE,
    UNKNOWN_RE,
    _found,
)
from pipelines.extraction.dates import (
    _ASCII_STARTS,
    _STATEMENT_DAY_STARTS_RE,
    MONTHS,
    PATTERN_STARTS,
    PATTERNS,
    STATEMENT_DAY_RE,
    WEEKDAYS,
    statement_day,
)
from pipelines.extraction.document import (
    _AMOUNT_NEAR_FOLDED_RE,
    _AMOUNT_NEAR_RE,
    _is_word_or_hyphen,
    _whole_words,
    may_hold_claims,
)
from pipelines.extraction.gazetteer import (
    ANAPHOR_WORDS,
    _anaphors,
    _coordinated_oblasts,
    _named_places,
    find_places,
)
from pipelines.extraction.rules import DRONE_RE
from pipelines.extraction.text import fold, matches_at_starts, spells_any, word_start_fold

EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
# characters that fold or case mapping treats specially (long s, dotted and dotless i, Kelvin sign)
# and the separators that decide word boundaries
ODD = ["ſ", "İ", "ı", "\u212a", "\n", "-", "_", " ", "'", "1"]


# Cyrillic letters and their case-insensitive look-alikes (U+1C80-U+1C87), which `fold` maps back
_CYRILLIC_TWINS = str.maketrans("вдосттъ", "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86")


def _odd_spellings(phrase: str) -> list[str]:
    """`phrase` with the letters that have a non-ASCII case-insensitive twin spelt by that twin."""
    return [
        phrase.replace("s", "ſ"),
        phrase.replace("i", "İ"),
        phrase.replace("i", "ı"),
        phrase.replace("k", "\u212a"),
        phrase.translate(_CYRILLIC_TWINS),
    ]


def _cased(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(c for t in texts for c in (t, t.lower(), t.upper(), t.title())))


def _texts(phrases: list[str], glue: list[str], stride: int = 1) -> list[str]:
    """Each phrase alone, with odd spellings, all joined, every phrase glued before and after every
    short piece, and pairs of phrases glued (every `stride`-th pair: the long lists are cut for
    speed, each phrase still meets `len(phrases) / stride` others), in every case."""
    singles = [*phrases, *(o for p in phrases for o in _odd_spellings(p))]
    short = [*glue, *ODD]
    texts = [*singles, " ".join(phrases), "".join(phrases), "\n".join(phrases)]
    texts += [a + b for a in [*phrases, *short] for b in short]
    texts += [a + b for a in short for b in phrases]
    texts += [a + b for i, a in enumerate(phrases) for j, b in enumerate(phrases) if (i + j) % stride == 0]
    return _cased(texts)


def _spans(matches) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


# --- authorities: SPEECH_RE and ACTOR_OWNER_RE, tried where their start patterns find a start

# one phrase per alternative of SPEECH_RE
SPEECH_PHRASES = [
    "said", "says", "say", "saying", "reported", "reports", "report", "reporting", "wrote", "writes",
    "announced", "announces", "announcement", "confirmed", "confirms", "confirming", "stated", "states",
    "stating", "added", "adds", "told", "tells", "posted", "noted", "noting", "claimed", "claims", "informed",
    "warned", "specified", "revealed", "revealing", "emphasised", "emphasized", "insisted", "published",
    "issued", "сообщил", "сообщила", "написал", "написали", "заявил", "заявила", "уточнил", "рассказал",
    "подчеркнул", "according to", "according\nto", "citing", "cited", "as per", "по его словам",
    "по её словам", "по ее словам", "по их словам", "по данным", "по информации", "по сведениям", "согласно",
    "statement", "summary", "update", "data", "figures", "post", "telegram", "video address",
    "сообщили в", "put the number", "put its figure", "put their tally", "put the daily count",
    "put the two-day toll",
]  # fmt: skip
# one phrase per alternative of ACTOR_OWNER_RE (which ends at the end of the text)
ACTOR_OWNER_PHRASES = [
    "forces of the", "units of", "systems of the", "assets of", "troops of the", "groups of", "defences of",
    "defenses of", "defence of the", "defense of", "down by the", "destroyed by", "intercepted by the",
    "downed by", "repelled by the", "neutralised by", "neutralized by", "eliminated by the",
    "suppressed by", "shot down by the Air Force", "forces of Kyiv Region", "units of the Big Red",
]  # fmt: skip
ACTOR_OWNER_PHRASES = [f"{phrase} " for phrase in ACTOR_OWNER_PHRASES]  # (a match ends in a space)
# one phrase per alternative of UNKNOWN_RE
UNKNOWN_PHRASES = [
    "according to official sources", "according to local reports", "according to media data",
    "according to unofficial media", "according to officials information", "according to preliminary reports",
    "according to initial media reports", "authorities said", "officials say", "sources reported",
    "local media report", "media reports confirmed", "media report cited", "was reported", "reportedly",
    "operational headquarters said", "operational HQ says", "operational staff reported",
    "operational staff reports", "citing residents", "citing local witnesses", "citing eyewitnesses",
    "citing sources", "citing people", "citing users", "citing social media", "citing Telegram channels",
    "citing local channels",
]  # fmt: skip
UNKNOWN_GLUE = ["the ", "x", ", ", "-", "was ", "local "]
SPEECH_GLUE = ["the ", "The ", "un", "x", ", ", "-", "по ", "Sobyanin ", "it ", "unsaid"]
ACTOR_OWNER_GLUE = ["the ", "The ", "Air ", "air ", "x", "forces", " of", " by", "Navy "]


def _agrees(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> None:
    folded = fold(text)
    assert _found(pattern, starts, text, folded) == bool(pattern.search(text)), text


def _agrees_in_windows(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> None:
    """As `_found` is called: on a piece of the text, given the same piece of the text's fold."""
    folded = fold(text)
    for lo in range(len(text) + 1):
        for hi in (lo + 1, lo + 7, len(text)):
            piece = text[lo:hi]
            assert _found(pattern, starts, piece, folded[lo:hi]) == bool(pattern.search(piece)), (text, lo, hi)


@pytest.mark.parametrize(
    ("pattern", "starts", "phrases", "glue"),
    [
        (SPEECH_RE, _SPEECH_STARTS_RE, SPEECH_PHRASES, SPEECH_GLUE),
        (ACTOR_OWNER_RE, _ACTOR_OWNER_STARTS_RE, ACTOR_OWNER_PHRASES, ACTOR_OWNER_GLUE),
        (UNKNOWN_RE, _UNKNOWN_STARTS_RE, UNKNOWN_PHRASES, UNKNOWN_GLUE),
    ],
    ids=["speech", "actor_owner", "unknown"],
)
def test_found_is_whether_the_pattern_is_found(
    pattern: re.Pattern[str], starts: re.Pattern[str], phrases: list[str], glue: list[str]
) -> None:
    """`_found(pattern, starts, text, folded)` is `bool(pattern.search(text))`."""
    for phrase in phrases:
        assert pattern.search(phrase), phrase  # (the phrases are the pattern's)
    for text in _texts(phrases, glue):
        _agrees(pattern, starts, text)
    for text in _cased([*phrases, *(o for p in phrases for o in _odd_spellings(p))]):
        _agrees_in_windows(pattern, starts, f"x {text} y")
        _agrees_in_windows(pattern, starts, f"{text} ")


@pytest.mark.parametrize(
    ("pattern", "starts", "phrases"),
    [
        (SPEECH_RE, _SPEECH_STARTS_RE, SPEECH_PHRASES),
        (ACTOR_OWNER_RE, _ACTOR_OWNER_STARTS_RE, ACTOR_OWNER_PHRASES),
        (UNKNOWN_RE, _UNKNOWN_STARTS_RE, UNKNOWN_PHRASES),
    ],
    ids=["speech", "actor_owner", "unknown"],
)
def test_every_match_starts_where_the_start_pattern_finds_a_start(
    pattern: re.Pattern[str], starts: re.Pattern[str], phrases: list[str]
) -> None:
    """What `_found` rests on: wherever the pattern matches, its start pattern matches in the fold
    (a `bool` alone hides a missed match when another one follows)."""
    for text in _texts(phrases, ["x", " "], stride=5):
        folded = fold(text)
        for i in range(len(text)):
            if pattern.match(text, i):
                assert starts.match(folded, i), (text, i)


# --- dates: every pattern of PATTERNS with its start pattern of PATTERN_STARTS, and STATEMENT_DAY_RE

# one phrase per alternative of each pattern of PATTERNS, in its order
TIME_PHRASES = [
    # long
    "over the past week", "in the last month", "during the previous year", "for the past seven days",
    "over the last 12 days", "this week", "this month", "this year", "last week", "last month", "last year",
    "in a week", "weekly", "since the start", "since the beginning", "since january", "since may",
    "since december", "since 2023", "за неделю", "за прошедшую неделю", "с начала", "in april",
    "in the whole of june", "in the month of july", "in the of august", "in early march", "in late october",
    "in mid-november", "in midfebruary", "in september alone", "in december 9",
    # night_range
    "night of monday to tuesday", "night of friday into saturday", "night of 3 to 4", "night of 3rd may to 4th",
    "night of 30 june-1 july", "night of 12–13 march, 2025", "night of 7 into 8 sep.", "night of 1 and 2 мая",
    "night of aug. 9-10 2024", "night of sept 9 – 10",
    # window (with and without dates), bare window, open window
    "с 20:00 до 23:00 мск", "в период с 8.00 до 9.40", "between 12:20 and 15:00 moscow time",
    "from 9 p.m. to 7 a.m.", "с 10.00 мск 25.05 до 8.00 мск 26.05.2025", "за период с 7.00 по 9.00 по московскому времени",
    "between 22:00 (local time) and 06:00 gmt", "20.00–24.00 мск", "21:30-23:00 utc", "с 20.00 мск 25.05",
    # night_range_ru
    "в ночь на 5 мая", "в ночь с 4 на 5 июня", "в ночь на 21st декабря", "в ночь на среду, 13 сентября",
    "в ночь на 13.09", "в ночь на 13.09.2025", "в ночь на среду", "в ночь с пятницы на субботу", "в ночь на воскресенье",
    # weekday_date (day month)
    "friday, 4 july", "wednesday the 1st of jan 2025", "sunday 30 november, 2024", "в пятницу, 4 июля",
    "среда 3 марта",
    # weekday_date (month day)
    "monday, sept. 1", "thursday oct 2, 2025", "воскресенье, мая 5",
    # date (ISO)
    "2025-07-04",
    # date (numeric)
    "25.05", "25.05.2024", "1.12.25",
    # date (day month)
    "4 july", "4th of july, 2025", "21 мая", "3rd dec. 2026", "٣ may",
    # date (month day)
    "july 4", "sept 14, 2025", "feb. 28", "мая 9",
    # yesterday
    "yesterday", "the day before", "вчера",
    # weekday
    "tuesday", "saturday", "понедельник", "вторник", "среду", "среда", "четверг", "пятницу", "пятница",
    "субботу", "суббота", "воскресенье",
    # today
    "today", "this morning", "this afternoon", "this evening", "tonight", "earlier today", "since midnight",
    "earlier in the day", "later in the day", "in the past hour", "in the last few hours", "in the past 3 hours",
    "since the early hours", "at dawn", "during the day", "over the past day", "over the past 24 hours",
    "as of 9:30", "as of 18.00", "at 05:52", "at about 9:25 a.m.", "around 7 pm", "сегодня", "этим утром", "утром",
    "днём", "днем", "вечером", "в течение дня", "за день", "за прошедшие сутки", "в течение последних суток",
    "по состоянию на 8:00", "около 21.30 мск",
    # overnight
    "overnight", "last night", "during the night", "in the past night", "through the previous night",
    "over the last night", "this night", "at night, the", "at night over", "at night enemy",
    "in the early hours", "during the small hours", "in the wee hours", "минувшей ночью", "этой ночью",
    "прошедшей ночью", "в течение ночи", "в течение прошедшей ночи", "ночью", "this past night", "the past night",
    "сегодня ночью", "за прошедшую ночь",
    # every spelling of a month or a weekday, in each pattern that names one
    "in the past week", "in the previous month", "for the last year", "during the past 2 days", "22nd of may",
    "over the previous week", "during the last month", "for the previous year",
]  # fmt: skip
_DAYS = ("1", "2nd", "13", "23rd", "30th", "9")
TIME_PHRASES += [f"in {month}" for month in MONTHS if month.isascii() and len(month) > 3 and month != "sept"]
TIME_PHRASES += [f"{_DAYS[i % 6]} {month}" for i, month in enumerate(MONTHS)]
TIME_PHRASES += [f"{month} {_DAYS[i % 6].rstrip('dhnrst')}" for i, month in enumerate(MONTHS)]
_WDS = [*WEEKDAYS] * 3  # (as many as MONTHS)
TIME_PHRASES += [f"{wd}, {_DAYS[i % 6]} {m}" for i, (m, wd) in enumerate(zip(MONTHS, _WDS, strict=False))]
TIME_PHRASES += [f"{wd} {m}. {i % 28 + 1}" for i, (m, wd) in enumerate(zip(MONTHS, _WDS[::-1], strict=False))]
TIME_GLUE = ["on ", "the ", "x", "2", "12", ", ", ".", ":", "-", "–", " alone", " of", "in ", "since "]

# one phrase per alternative of STATEMENT_DAY_RE
STATEMENT_DAY_PHRASES = [
    "said on monday", "says on tuesday", "reported on wednesday", "reports on thursday", "wrote on friday",
    "announced on saturday", "stated on sunday", "added on понедельник", "told reporters on вторник",
    "confirmed on среду", "posted on среда", "noted on четверг", "said later on пятницу",
    "said earlier on пятница", "said early on субботу", "said late on суббота", "said on воскресенье",
]  # fmt: skip
STATEMENT_DAY_GLUE = ["the army ", "x", "un", " morning", ", 4 july", "on ", "said ", "told ", " friday"]


def test_time_phrases_are_the_patterns() -> None:
    """Every phrase is matched whole by one of the patterns (so each alternative is exercised)."""
    for phrase in TIME_PHRASES:
        assert any(p.search(phrase) for _kind, p in PATTERNS), phrase
    for phrase in STATEMENT_DAY_PHRASES:
        assert STATEMENT_DAY_RE.fullmatch(phrase), phrase


TIME_TEXTS = _texts(TIME_PHRASES, TIME_GLUE, stride=29)


@pytest.mark.parametrize(("index"), range(len(PATTERNS)), ids=[f"{i}-{kind}" for i, (kind, _) in enumerate(PATTERNS)])
def test_finditer_finds_what_each_time_pattern_finds(index: int) -> None:
    """`matches_at_starts(pattern, starts, sentence, fold(sentence))` is `pattern.finditer(sentence)`."""
    (_kind, pattern), starts = PATTERNS[index], PATTERN_STARTS[index]
    assert len(PATTERN_STARTS) == len(PATTERNS)
    hits = 0
    for text in TIME_TEXTS:
        expected = _spans(pattern.finditer(text))
        hits += bool(expected)
        assert _spans(matches_at_starts(pattern, starts, text, fold(text))) == expected, text
    assert hits  # (the texts exercise the pattern)


_ASCII_TIME = [i for i, (spaced, _) in enumerate(_ASCII_STARTS) if spaced is not None]


@pytest.mark.parametrize(("index"), _ASCII_TIME, ids=[f"{i}-{PATTERNS[i][0]}" for i in _ASCII_TIME])
def test_an_ascii_sentence_s_word_start_search_finds_what_each_time_pattern_finds(index: int) -> None:
    """Through `word_start_fold`, a phrase after a space, other punctuation, or first, is found; after
    "-" by the search that find_time_expressions takes for a sentence that spells "-"."""
    pattern, (spaced, hyphen) = PATTERNS[index][1], _ASCII_STARTS[index]
    texts = [t for t in TIME_TEXTS if t.isascii()]
    hits = 0
    for text in [*texts, *(t.replace(" ", "-") for t in texts)]:
        expected = _spans(pattern.finditer(text))
        hits += bool(expected)
        starts = hyphen if "-" in text else spaced
        assert _spans(matches_at_starts(pattern, starts, text, word_start_fold(text))) == expected, text
    assert hits


def test_finditer_finds_what_statement_day_re_finds() -> None:
    texts = _texts(STATEMENT_DAY_PHRASES, STATEMENT_DAY_GLUE)
    for text in texts:
        expected = _spans(STATEMENT_DAY_RE.finditer(text))
        found = _spans(matches_at_starts(STATEMENT_DAY_RE, _STATEMENT_DAY_STARTS_RE, text, fold(text)))
        assert found == expected, text
        # statement_day (which also skips a sentence that spells no weekday word) takes the first match
        first = STATEMENT_DAY_RE.search(text)
        assert statement_day(text, None)[1] == (first.span("wd") if first else None), text


# --- gazetteer: the ASCII fast path of find_places against the general path


def _general_places(sentence: str) -> list:
    """`find_places(sentence)` by its general path (any sentence, not only the ASCII ones)."""
    places = _named_places(sentence)
    if places:
        places += _coordinated_oblasts(sentence, places)
    if spells_any(sentence, ANAPHOR_WORDS):
        places += _anaphors(sentence, places)
    return sorted(places, key=lambda p: p.start)


PLACE_PHRASES = [
    "Kyiv", "Kyiv region", "Kyiv Oblast", "Belgorod", "Bryansk region", "Moscow", "Moscow Oblast",
    "Rostov-on-Don", "Ust-Luga", "the Black Sea", "Crimea", "Crimean", "Republic of Adygea",
    "the Autonomous Republic of Crimea", "Adygeya", "the region", "the regional capital", "the regional centre",
    "the krai", "the republic", "the oblast", "the city", "the capital", "the Russian capital",
    "the Ukrainian capital", "the city's", "the capital of", "the region of",
]  # fmt: skip
# word characters all ASCII; other characters not ASCII (dashes, quotes, spaces, a combining accent)
PLACE_GLUE = [
    " ", "x", "-", "_", ", ", "\n", "\u2013", "\u2014", "\u00ab", "\u00bb", "\u2019s ", "\u00a0", "\u2009",
    "\u0301", "\u00b0", "1", " of ", " region", "\udc80",
]  # fmt: skip


def test_ascii_fast_path_of_find_places_finds_what_the_general_path_finds() -> None:
    """A sentence whose word characters are all ASCII takes find_places's fast path: it must find the
    places (positions, codes, kinds, names) and anaphors that the general path finds."""
    texts = [t for t in _cased(_texts(PLACE_PHRASES, PLACE_GLUE)) if not re.search(r"[^\W\x00-\x7f]", t)]
    assert any(not t.isascii() for t in texts)
    hits = 0
    for text in texts:
        expected = _general_places(text)
        hits += bool(expected)
        assert find_places(text) == expected, repr(text)
    assert hits > len(texts) // 3


# --- document: the prefilter `may_hold_claims`, DRONE_RE tried where its start search finds a start

DRONE_WORD_PHRASES = [
    "drone", "UAV", "unmanned", "Shahed", "Geran", "беспилотник", "БПЛА", "BPLA", "дрон", "air targets",
    "aerial target", "air\ntarget", "unmannedrone", "bplair target", "shahedrone",
]  # fmt: skip
AMOUNT_NEAR_PHRASES = [
    "a",
    "an",
    "One",
    "dozens",
    "Hundreds",
    "несколько",
    "ещё",
    "еще",
    "3",
    "٣",
    "ſeven",
    "xa",
    "ana",
]


def _may_hold_claims_by_the_patterns(text: str) -> bool:
    """`may_hold_claims` as first written: every match of DRONE_RE, _AMOUNT_NEAR_RE in its window."""
    for m in DRONE_RE.finditer(text):
        window = max(0, m.start() - 120), m.start() + 200
        if not text[m.start()].isascii() or _AMOUNT_NEAR_RE.search(text, *window):
            return True
    return False


def test_may_hold_claims_is_the_patterns_test() -> None:
    far = " " + "x" * 118 + " "  # an amount just inside or outside the window before or after a drone word
    texts = [
        *_texts(DRONE_WORD_PHRASES, ["the ", "x", "-", "s"], stride=3),
        *(
            f"{before}{gap}{drone}{after}"
            for drone in DRONE_WORD_PHRASES
            for amount in AMOUNT_NEAR_PHRASES
            for gap in ("", " ", far, far + "yy", far + "y" * 80)
            for before, after in ((amount, ""), ("", gap[::-1] + amount), (amount, "z" + amount))
        ),
    ]
    for text in _cased(texts):
        assert may_hold_claims(text) == _may_hold_claims_by_the_patterns(text), text


def test_whole_words_are_the_surname_pattern_matches() -> None:
    """`_whole_words` finds what the pattern it replaces finds, overlapping and glued occurrences too."""
    words = ["Kalitin", "a.a", "aa", "O'Neil", "Гладков", "x"]
    pieces = ["", " ", "-", "_", "1", "é", "ſ", ".", ":", "\n", "Ⅻ", "a", "aa"]
    for word in words:
        texts = [a + word + b + word + c for a in pieces for b in pieces for c in pieces[:5]]
        texts += [word * 3, f"{word}.{word}.{word}", f"{word[:-1]}{word}"]
        for text in texts:
            expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
            assert list(_whole_words(text, word)) == expected, (word, text)


def test_word_or_hyphen_is_the_pattern_class() -> None:
    assert all(_is_word_or_hyphen(c) == bool(re.match(r"[\w-]", c)) for c in EVERY_CHARACTER)


def test_patterns_searched_on_the_fold_are_lowercase() -> None:
    """`_AMOUNT_NEAR_FOLDED_RE` is its case-insensitive pattern,
    compiled without re.IGNORECASE to search `fold(text)`: a capital letter in them would never match
    there (and a capital escape, \\W or \\S, would not be the class its lowercase one is)."""
    assert _AMOUNT_NEAR_RE.flags & re.IGNORECASE
    assert _AMOUNT_NEAR_RE.pattern == _AMOUNT_NEAR_RE.pattern.lower(), _AMOUNT_NEAR_RE.pattern
    assert _AMOUNT_NEAR_FOLDED_RE.pattern == _AMOUNT_NEAR_RE.pattern
