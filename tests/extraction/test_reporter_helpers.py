"""The reporter helpers of authorities.py read the sentence in place (patterns matched from a position
or up to one, quick tests before slow searches): they must give what the plain versions below, which
slice the sentence, give, on any text."""

import random
import re

from pipelines.extraction import prefilter
from pipelines.extraction.authorities import (
    _ASCII_ROLE_WORDS,
    _NAME_AFTER_RE,
    _NAME_BEFORE_RE,
    _NAME_LATER_RE,
    _NOT_NAME_RE,
    _SPEECH_STARTS_RE,
    _SPELLINGS,
    _TITLE_AFTER_RE,
    _TITLE_BEFORE_RE,
    _UNKNOWN_STARTS_RE,
    ROLE_RE,
    ROLE_WORDS,
    SPEECH_NEAR_RE,
    SPEECH_RE,
    SPEECH_VERBS,
    UNKNOWN_RE,
    _adjacent_place,
    _found,
    _name_near,
    _role_matches,
    _signature,
    find_reporters,
    has_unknown_marker,
    speech_near,
)
from pipelines.extraction.gazetteer import Place, find_countries
from pipelines.extraction.lexicon import ru_phrase_forms
from pipelines.extraction.phrases import tokens
from pipelines.extraction.text import fold, spells_any, word_start_fold
from pipelines.extraction.vocabulary import LANGUAGES, load
from tests.extraction.test_start_searches import SPEECH_GLUE, SPEECH_PHRASES, _agrees_in_windows, _cased, _odd_spellings
from tests.extraction.test_start_searches import _texts as _glued

PIECES = [
    "Ivan", "Petrov", "A.", "Vyacheslav", "Gladkov", "O'Neil", "Jean-Luc", "Иван", "Федоров", "Kursk", "Region",
    "region", "Oblast", "the", "The", "who", "heads", "and", "of", "said", "wrote", "governor", "mayor", "head",
    "republic", "regional", "'s", "x", "7", ",", ".", ";", ":", "-", "'",
]  # fmt: skip
GLUE = [" ", " ", " ", "", "  ", "\n", "\t", "\u2003", ", ", ",\n"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(GLUE) for _ in range(rng.randint(0, 14))) + rng.choice(["", " ", "\n"])
        for _ in range(n)
    ]


def _sliced_name_near(sentence: str, start: int, end: int) -> str | None:
    after = _NAME_AFTER_RE.match(sentence[end:])
    if after and not _NOT_NAME_RE.match(after.group(1)):
        return after.group(1)
    later = _NAME_LATER_RE.match(sentence[end:])
    if later:
        return later.group(1)
    before = _NAME_BEFORE_RE.search(sentence[:start])
    return before.group(1) if before else None


def test_name_near_is_that_of_slices() -> None:
    rng = random.Random(1)
    for text in _texts(4000, 2):
        for _ in range(4):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert _name_near(text, start, end) == _sliced_name_near(text, start, end), (text, start, end)
    # the shapes the quick test must let through
    for text in ("Ivan Petrov, the governor", "Ivan Petrov,\tgovernor", "Ivan Petrov, who heads the region"):
        start = len(text) - len(text.split()[-1])
        assert _name_near(text, start, len(text)) == "Ivan Petrov", text


def _sliced_adjacent_place(places: list[Place], start: int, end: int, sentence: str) -> Place | None:
    for p in places:
        if p.kind not in ("region", "city"):
            continue
        if start <= p.start and p.end <= end:
            return p
        before = sentence[p.end : start] if p.end <= start else ""
        after = sentence[end : p.start]
        if p.start < start and start - p.end <= 12 and _TITLE_BEFORE_RE.fullmatch(before):
            return p
        if 0 <= p.start - end <= 40 and _TITLE_AFTER_RE.fullmatch(after):
            return p
    return None


def test_adjacent_place_is_that_of_slices() -> None:
    rng = random.Random(3)
    for text in _texts(3000, 4):
        for _ in range(4):
            places = []
            for _ in range(rng.randint(1, 3)):
                p_start = rng.randint(0, len(text))
                p_end = rng.randint(p_start, min(len(text), p_start + 15))
                places.append(Place(p_start, p_end, "RU-KRS", rng.choice(["region", "city", "sea"]), ""))
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            expected = _sliced_adjacent_place(places, start, end, text)
            assert _adjacent_place(places, start, end, text) == expected, (text, places, start, end)


def test_signature_counts_words_as_split_does() -> None:
    for text in _texts(3000, 5):
        words = text.split()
        expected = 0 < len(words) <= 10 and not text.rstrip().endswith((".", "?", "!", ":", ";", ",", '"'))
        assert _signature(text) == expected, text


def _starts(pattern: re.Pattern[str], folded: str) -> list[int]:
    found, pos = [], 0
    while m := pattern.search(folded, pos):
        found.append(m.start())
        pos = m.start() + 1
    return found


def test_ascii_role_starts_are_those_of_role_starts() -> None:
    # ROLE_RE's derived start searches (prefilter.py): the one of an ASCII text's word-start fold
    # finds every start the search of its padded fold finds
    search, _, ascii_search, _ = prefilter.starts_of(ROLE_RE)
    phrases = ["air force", "the army said", "head of the", "ses", "MoD", "Israel Defense Forces", "governor"]
    texts = [*_texts(1000, 6), " ".join(phrases), "".join(phrases)]
    texts += [f"{chr(c)}{p}" for c in range(128) for p in phrases]
    ascii_texts = [text for text in texts if text.isascii()]
    assert len(ascii_texts) > 1000
    for text in ascii_texts:
        starts = _starts(search, " " + fold(text))
        assert set(starts) <= set(_starts(ascii_search, word_start_fold(text))), text


def test_a_vice_president_reports_nothing() -> None:
    for text in ("Vice President X said", "the vice-president said", "VICE -\tpresident said", "vİce president"):
        assert [r.role for r in find_reporters(text, [], list)] == [], text
    assert [r.role for r in find_reporters("the vice mayor and the president said", [], list)] == [
        "mayor",
        "president",
    ]


# one phrase per alternative of UNKNOWN_RE
UNKNOWN_PHRASES = [
    "according to official sources", "according to locally reports", "according to media data",
    "according to unofficial media", "according\nto officials information", "according to preliminary reports",
    "according to initial media reports", "authorities said", "officials say", "sources reported",
    "local media report", "media reports confirmed", "media report cited", "was reported", "reportedly",
    "operational headquarters said", "operational HQ says", "operational staff reported", "operational staff reports",
    "citing residents", "citing local witnesses", "citing eyewitnesses", "citing sources", "citing people",
    "citing users", "citing social media", "citing Telegram channels", "citing local channels",
]  # fmt: skip
UNKNOWN_GLUE = ["the ", "The ", "x", ", ", "-", "un", "according to ", "citing ", "was "]


def test_has_unknown_marker_is_whether_unknown_re_is_found() -> None:
    for phrase in UNKNOWN_PHRASES:
        assert UNKNOWN_RE.fullmatch(phrase), phrase  # (the phrases are the pattern's)
    for text in _glued(UNKNOWN_PHRASES, UNKNOWN_GLUE):
        assert has_unknown_marker(text) == bool(UNKNOWN_RE.search(text)), text
    for text in _cased([*UNKNOWN_PHRASES, *(o for p in UNKNOWN_PHRASES for o in _odd_spellings(p))]):
        _agrees_in_windows(UNKNOWN_RE, _UNKNOWN_STARTS_RE, f"x {text} y")


def test_every_unknown_marker_starts_where_its_start_pattern_finds_a_start() -> None:
    for text in _glued(UNKNOWN_PHRASES, ["x", " "], stride=5):
        folded = fold(text)
        for i in range(len(text)):
            if UNKNOWN_RE.match(text, i):
                assert _UNKNOWN_STARTS_RE.match(folded, i), (text, i)


def test_speech_near_is_whether_the_pattern_is_found_in_the_window() -> None:
    phrases = [*SPEECH_PHRASES, ":", " : x", "\n\t:", "x:"]
    texts = [*_glued(phrases, [*SPEECH_GLUE, "Kalitin ", "Kalitin", " ", "\u2003"], stride=3)]
    texts += _cased([f"Kalitin {o} said" for p in SPEECH_PHRASES for o in _odd_spellings(p)])
    for text in texts:
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo + 2, lo + 9, len(text) + 5):
                assert speech_near(text, lo, hi) == bool(SPEECH_NEAR_RE.search(text[lo:hi])), (text, lo, hi)


# --- the searches built from vocab/<lang>/roles.toml: every phrase of the files, spelt every way the
# phrase syntax allows, is found by its pattern, its start search and its prefilter words


def _spellings(phrase: str) -> list[str]:
    """Every text that `phrase` describes (a gap as no word and as one name, a run-on word as is)."""
    out = [""]
    for t in tokens(phrase, _SPELLINGS):
        words = ["", "Kyiv"] if t.gap else [*t.alternatives, *([""] if t.optional else [])]
        out = [f"{o} {w}".strip() if w else o for o in out for w in words]
    return out


def _role_texts() -> list[tuple[str, str]]:
    texts = []
    for lang in LANGUAGES:
        for role, table in load(lang, "roles").get("roles", {}).items():
            phrases = [*table.get("phrases", []), *table.get("whole", []), *table.get("anaphors", [])]
            if lang == "en":
                texts += [(role, t) for p in phrases for t in _spellings(p)]
            else:
                texts += [(role, f) for p in table.get("phrases", []) for f in ru_phrase_forms(p)]
            texts += [(role, f) for f in table.get("fixed", [])]
            texts += [(role, f"{t} Bashkortostan") for p in table.get("before_name", []) for t in _spellings(p)]
    return texts


def test_every_role_phrase_is_found_by_the_generated_searches() -> None:
    texts = _role_texts()
    assert len(texts) > 200
    for role, phrase in texts:
        for before, text in ((0, phrase), (0, phrase.upper()), (2, f"x {phrase} said"), (1, f"«{phrase.title()}»")):
            # (a match of that role where the phrase begins; a shorter phrase of it may take the match)
            found = [(m.lastgroup, m.start()) for m in _role_matches(text)]
            assert (role, before) in found, (text, found)
            assert spells_any(text, ROLE_WORDS), text
            if text.isascii():
                assert spells_any(text, _ASCII_ROLE_WORDS), text
                assert prefilter.starts_of(ROLE_RE)[2].search(word_start_fold(text)), text


def test_generated_role_starts_find_every_role_match() -> None:
    texts = [p for _, p in _role_texts()]
    for text in [*texts, " ".join(texts), "-".join(texts[::7]), "x".join(texts[::5])]:
        for t in (text, text.upper()):
            expected = [(m.span(), m.lastgroup) for m in ROLE_RE.finditer(t)]
            assert [(m.span(), m.lastgroup) for m in _role_matches(t)] == expected, t


def test_every_speech_word_is_found_by_speech_re_and_its_start_search() -> None:
    words = [*SPEECH_VERBS]
    for lang in LANGUAGES:
        speech = load(lang, "roles").get("speech", {})
        words += [t for key in ("citing", "carriers") for p in speech.get(key, []) for t in _spellings(p)]
    assert len(words) > 100
    for word in words:
        for text in (f"x {word} y", f"{word.upper()}.", f"({word.title()})"):
            assert SPEECH_RE.search(text), text
            assert _found(SPEECH_RE, _SPEECH_STARTS_RE, text, fold(text)), text


def test_every_unknown_phrase_is_found_by_unknown_re_and_its_start_search() -> None:
    texts = []
    for lang in LANGUAGES:
        voc = load(lang, "roles")
        unknown, citing = voc.get("unknown", {}), voc.get("speech", {}).get("citing", [])
        texts += [f"{c} {t}" for p in unknown.get("credited", []) for t in _spellings(p) for c in citing]
        texts += [
            f"{t} {v}"
            for p in unknown.get("sources", [])
            for t in _spellings(p)
            for v in unknown.get("source_verbs", [])
        ]
        texts += [t for p in unknown.get("phrases", []) for t in _spellings(p)]
    assert len(texts) > 100
    for phrase in texts:
        for text in (f"x {phrase}, y", phrase.upper()):
            assert has_unknown_marker(text), text


def test_the_armed_forces_in_general_report_only_as_the_subject_of_a_speech_verb() -> None:
    def roles(text: str) -> list[str]:
        return [r.authority for r in find_reporters(text, [], lambda: find_countries(text))]

    assert roles("The Russian army said that") == ["defence_ministry:RU"]
    assert roles("Shot down, said the Ukrainian military.") == ["air_force:UA"]
    assert roles("сообщили украинские военные") == ["air_force:UA"]
    assert roles("The Polish army reported") == ["military:PL"]
    assert roles("The Russian army shot down 5 drones") == []
    assert roles("the General Staff of the Armed Forces said") == ["unknown"]  # (its country from context)
    assert [r.role for r in find_reporters("the General Staff of the Armed Forces said", [], list)] == ["general_staff"]
