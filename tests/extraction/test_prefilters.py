"""The speed prefilters: a cheap test that a sentence spells a word skips a slow regex search, so
every match of the regex must spell one of the words (in `fold`, which must agree with re.IGNORECASE)."""

import re
import sys

import pytest

from pipelines.extraction import extract_document
from pipelines.extraction.authorities import ROLE_RE, ROLE_WORDS, _role_matches
from pipelines.extraction.dates import PATTERN_WORDS, PATTERNS
from pipelines.extraction.document import _drone_word_sentences, _drone_words, may_hold_claims
from pipelines.extraction.gazetteer import ANAPHOR_RE, ANAPHOR_WORDS
from pipelines.extraction.numbers import QUANTITY_RE, may_hold_quantity
from pipelines.extraction.rules import DRONE_RE
from pipelines.extraction.text import fold, split_sentences
from pipelines.extraction.vocabulary import load

LETTERS = "abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def test_fold_keeps_offsets() -> None:
    assert len(fold(EVERY_CHARACTER)) == len(EVERY_CHARACTER)


def test_fold_maps_every_case_insensitive_match_of_a_letter_to_that_letter() -> None:
    candidates = set(re.findall("|".join(LETTERS), EVERY_CHARACTER, re.IGNORECASE))
    for c in candidates:
        assert {letter for letter in LETTERS if re.fullmatch(letter, c, re.IGNORECASE)} == {fold(c)}, c
    assert len(candidates) > 2 * len(LETTERS)


def test_fold_keeps_word_characters_and_digits() -> None:
    folded = fold(EVERY_CHARACTER)
    assert re.sub(r"\w", "", folded) == re.sub(r"\w", "", EVERY_CHARACTER).lower()
    assert [m.start() for m in re.finditer(r"\w", folded)] == [m.start() for m in re.finditer(r"\w", EVERY_CHARACTER)]
    assert [m.start() for m in re.finditer(r"\d", folded)] == [m.start() for m in re.finditer(r"\d", EVERY_CHARACTER)]


# one phrase per alternative of the patterns
ROLE_PHRASES = [
    "head of the Kyiv city military administration", "regional military administration", "city military chief",
    "the city's defence council", "governor", "Gov. Smith", "regional leader", "head of the republic",
    "the region's head", "head of Bashkortostan", "rais", "глава региона", "губернатора",
    "head of the regional administration", "regional state administration", "mayor", "мэра", "сити-менеджер",
    "Defence Ministry", "ministry of defence", "the MoD", "Минобороны", "министерства обороны", "the ministry",
    "ведомства", "air force", "Повітряні сили", "ВВС", "ВКС", "general staff", "Генштаба", "Генерального штаба",
    "president's", "Zelenskyy", "Putin", "президента", "State Emergency Service", "emergencies ministry", "SES",
    "МЧС", "southern defence forces", "defence forces of the north", "Israel Defense Forces", "the IDF",
    "the army said", "the military reported", "armed forces said", "navy said", "coalition said",
    "CENTCOM said", "central command said",
]  # fmt: skip
ANAPHOR_PHRASES = [
    "the region", "the regional capital", "the regional centre", "the krai", "the republic", "the oblast",
    "the city", "the capital", "the Ukrainian capital", "региона", "области", "города", "столице",
]  # fmt: skip


SINGULAR_PHRASES = [
    "a drone", "an enemy UAV", "another unmanned aerial vehicle", "a Shahed", "one more Geran-2", "a quadcopter",
    "a single aerial target", "a loitering munition", "беспилотник", "вражеский дрон", "FPV-дрон",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "words", "phrases"),
    [
        (ROLE_RE, ROLE_WORDS, ROLE_PHRASES),
        (ANAPHOR_RE, ANAPHOR_WORDS, ANAPHOR_PHRASES),
    ],
)
def test_every_match_spells_a_prefilter_word(
    pattern: re.Pattern[str], words: tuple[str, ...], phrases: list[str]
) -> None:
    for phrase in phrases:
        for text in (phrase, phrase.upper()):
            m = pattern.search(text)
            assert m, text
            assert any(w in fold(m.group(0)) for w in words), text


def test_fold_keeps_spaces_hyphens_and_non_word_characters() -> None:
    folded = fold(EVERY_CHARACTER)
    for pattern in (r"\s", r"[^\w-]"):
        assert [m.start() for m in re.finditer(pattern, folded)] == [
            m.start() for m in re.finditer(pattern, EVERY_CHARACTER)
        ]


def test_role_matches_are_those_of_role_re() -> None:
    """`_role_matches` tries ROLE_RE only where its derived start search finds a start: it must find what
    ROLE_RE.finditer finds, in every phrase, in any case, glued or overlapping."""
    pieces = [*ROLE_PHRASES, "the ", "The\n", "-", "_", ", ", "x", " said", "theministry", "ſes ", "İdf "]
    texts = [*ROLE_PHRASES, " ".join(ROLE_PHRASES), "".join(ROLE_PHRASES)]
    texts += [a + b for a in pieces for b in pieces]
    for text in texts:
        for t in (text, text.upper(), text.title()):
            expected = [(m.start(), m.end(), m.lastgroup) for m in ROLE_RE.finditer(t)]
            assert [(m.start(), m.end(), m.lastgroup) for m in _role_matches(t)] == expected, t


QUANTITY_PHRASES = [
    "12 drones", "1,346", "٣ drones", "one", "twenty-three", "ninety nine", "a hundred", "two hundred and five",
    "half a dozen", "a dozen", "three dozen", "more than 40", "at least ten", "about fifty", "several", "a few",
    "a number of", "multiple", "a couple of", "dozens of", "scores of", "hundreds", "thousands of", "два",
    "четырёх", "несколько", "десятки", "сотни", "тысячи",
]  # fmt: skip


def test_every_quantity_passes_the_quantity_prefilter() -> None:
    for phrase in QUANTITY_PHRASES:
        for text in (f"so {phrase} were", f"SO {phrase.upper()} WERE", f"({phrase})"):
            assert QUANTITY_RE.search(text), text
            assert may_hold_quantity(text), text
    assert not may_hold_quantity("Someone saw drones, often at the station.")


# one phrase per alternative of each pattern of dates.PATTERNS that has prefilter words
TIME_PHRASES = [
    "over the past week", "in the last 3 days", "during the previous seven days", "this month", "last year",
    "in a week", "weekly", "since the start", "since the beginning", "since March", "since 2024",
    "за прошедшую неделю", "с начала", "in June", "in the whole of September", "in early March", "in mid-October",
    "night of Saturday to Sunday", "night of 3 to 4 May", "night of 3rd May and 4th May", "night of May 3-4, 2025",
    "в ночь на 5 мая", "в ночь с 4 на 5 мая", "Friday, 4 July", "Friday the 4th of July 2025", "Monday, Sept. 1",
    "в пятницу, 4 июля", "4 July", "4th of July, 2025", "5 мая", "July 4", "Sept 4, 2025", "yesterday",
    "the day before", "вчера", "Tuesday", "в среду", "в субботу", "в понедельник", "во вторник", "в четверг",
    "в воскресенье", "overnight", "last night", "during the past night", "through the night", "this night",
    "at night, the", "in the early hours", "during the small hours", "during the night", "минувшей ночью",
    "этой ночью", "прошедшей ночью", "в течение прошедшей ночи", "ночью", "в ночь на среду", "в ночь со среды на четверг",
]  # fmt: skip


def test_every_time_expression_spells_its_patterns_words() -> None:
    for phrase in TIME_PHRASES:
        for text in (f"so {phrase} were", f"SO {phrase.upper()} WERE"):
            hits = 0
            for (_kind, pattern), words in zip(PATTERNS, PATTERN_WORDS, strict=True):
                for m in pattern.finditer(text):
                    hits += 1
                    assert words is None or any(w in fold(m.group(0)) for w in words), (text, pattern.pattern[:40])
            assert hits, text


def test_every_character_folded_to_a_letter_matches_that_letter() -> None:
    """The reverse of the test above: `_drone_word_sentences` takes a folded drone word for a match of
    DRONE_RE without searching, so whatever folds to a letter must match it under re.IGNORECASE."""
    folded = fold(EVERY_CHARACTER)
    changed = [(c, f) for c, f in zip(EVERY_CHARACTER, folded, strict=True) if f != c and f in LETTERS]
    assert changed and all(re.fullmatch(f, c, re.IGNORECASE) for c, f in changed)


def test_drone_word_test_is_the_drone_word_pattern() -> None:
    phrases = ["drones", "a UAV", "Unmanned", "SHAHED-136", "Geran-2", "беспилотник", "БПЛА", "BPLA", "дроны",
               "air targets", "aerial target", "air-target", "targets", "the ſhahed", "uAv", "no such word", "dr one"]  # fmt: skip
    for text in [*phrases, *(a + " " + b for a in phrases for b in phrases[::3])]:
        for t in (text, text.upper(), text.title()):
            sentences = split_sentences(t)
            assert _drone_word_sentences(_drone_words(t), sentences) == [
                bool(DRONE_RE.search(s.text)) for s in sentences
            ], t


def test_drone_words_of_the_whole_text_are_those_of_its_sentences() -> None:
    """`_drone_word_sentences` searches the whole text once: a word across a sentence end is no sentence's."""
    texts = ["Two drones were downed. The air\n\ntargets were hit.", "An air target. Drone", "AIR TARGETS! uav? ШАХЕД",
             "Headline about a Shahed\nThe aerial targets, the dr\none and the UAVs.", "target. air. Air\ttargets: 3.",
             "No such word here. Not even targets.", "droneDRONE drone. unmanned-aerial target"]  # fmt: skip
    for text in texts:
        sentences = split_sentences(text)
        assert _drone_word_sentences(_drone_words(text), sentences) == [
            bool(DRONE_RE.search(s.text)) for s in sentences
        ], text


# every number word the English vocabulary spells ("thirteen" was once missing from a hand-kept list
# in the document prefilter, and a text that counted thirteen drones in words gave no claim)
_EN_NUMBERS = {**load("en", "numbers")["units"], **load("en", "numbers")["tens"]}


_COUNTS = {**{w: n for w, n in _EN_NUMBERS.items() if n}, "twenty-three": 23, "forty four": 44}


@pytest.mark.parametrize("word", sorted(_COUNTS))
def test_a_count_in_words_passes_the_document_prefilter(word: str) -> None:
    text = f"{word.capitalize()} drones were shot down over the Kursk region, the governor said."
    assert may_hold_claims(text)
    assert [c.count for c in extract_document("d", text)] == [_COUNTS[word]]


def test_every_singular_drone_phrase_is_a_drone_word() -> None:
    """The claim loop asks `names_one_drone` only of sentences with a drone word (`_drone_words`):
    whatever SINGULAR_RE matches must spell one."""
    from pipelines.extraction.lexicon import ru_singular_nouns
    from pipelines.extraction.rules import _RU_ABBREVIATIONS, _SINGULAR_EN, SINGULAR_RE

    phrases = [
        *(f"a {noun}" for noun in _SINGULAR_EN),
        *(f"Over the town {noun} crashed." for noun in ru_singular_nouns()),
        *(f"украинский {abbreviation}" for abbreviation in _RU_ABBREVIATIONS),
        "атака беспилотника", "удар дрона", "another hostile UAV", "one more 'kamikaze' drone",
    ]  # fmt: skip
    singular = [t for t in [*phrases, *(p.upper() for p in phrases)] if SINGULAR_RE.search(t)]
    assert len(singular) > len(phrases)  # (most of them, in both cases)
    for text in singular:
        assert _drone_words(text), text
