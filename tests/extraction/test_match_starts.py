"""The start searches (`text.matches_at_starts`) try a slow pattern only where a cheap search on
`fold(sentence)` finds a start, so they must find what the pattern's own finditer finds, in every
phrase, in any case, glued or overlapping."""

import random
import re
from collections.abc import Callable, Iterator

import pytest

from pipelines.extraction import prefilter
from pipelines.extraction.numbers import QUANTITY_RE, _quantity_matches
from pipelines.extraction.rules import (
    _PO_END_RE,
    ANOTHER_BEFORE_RE,
    AREA_WORDS,
    BOTH_RE,
    COUNTRY_AREA_RE,
    DRONE_RE,
    FIGURE_BEFORE_RE,
    HITS_OF_RE,
    SINGULAR_RE,
    SUBSET_BEFORE_RE,
    VERB_RE,
    _amount_kinds,
    _both_matches,
    _ends_with,
    _hits_of_before,
    _singular_matches,
    _speaks_of_drones,
    _subset_before,
)
from pipelines.extraction.text import fold
from tests.extraction.test_prefilters import QUANTITY_PHRASES, SINGULAR_PHRASES
from tests.extraction.test_start_searches import _odd_spellings

MORE_QUANTITIES = [
    "more than 40", "over 300", "upwards of 20", "in excess of 1,000", "at least ten", "no fewer than 5",
    "no less than six", "a minimum of 12", "about fifty", "around a dozen", "some 20", "approximately 7",
    "roughly two hundred", "nearly forty-two", "almost 9", "up to 100", "close to 50", "an estimated 30",
    "более 20", "свыше ста", "больше 15", "не менее 10", "по меньшей мере 3", "как минимум два", "около 40",
    "примерно 25", "порядка 30", "почти 20", "до 12", "zero", "No. 5", "1.5", "09:20", "3-year", "5th",
    "twenty three", "nine hundred and ninety nine", "half a  dozen", "a\tfew", "ſeven", "ſome 5", "İn excess of 9",
]  # fmt: skip
MORE_SINGULARS = [
    "a second drone", "a third Shahed", "a single UAV", "still another drone", "yet another quadcopter",
    "a Russian-made drone", "an (unidentified) drone", "a 'kamikaze' drone", "a drone attack", "an air target",
    "a Geran-2", "украинский беспилотник", "вражеский дрон", "FPV-дрон", "дрон-камикадзе", "an unmanned aerial vehicle",
    "a drones", "the drone", "one more UAV", "ſtill another drone", "a ſhahed", "a UAV's",
]  # fmt: skip
# one phrase per alternative of VERB_RE
VERB_PHRASES = [
    "could launch", "can send", "may use", "might fire", "would attack", "will strike", "plans to hit",
    "plan to shoot down", "intends to intercept", "intend to destroy", "threatens to down", "threatened to launch",
    "threaten to launch", "is expected to launch", "are likely to send", "is preparing to attack",
    "are planning to strike", "is going to hit", "could possibly launch", "expects attacks", "anticipated strikes",
    "predicting launches", "forecast waves", "fears salvos", "expect massive new attacks", "destroy", "destroyed",
    "destroys", "destroying", "shot down", "shoots down", "shooting down", "shoot down", "downed", "downing",
    "intercept", "intercepted", "intercepts", "intercepting", "interception", "neutralised", "neutralizes",
    "neutralising", "neutralise", "neutralisation", "eliminated", "eliminates", "eliminate", "eliminating", "repel",
    "repelled", "repels", "repelling", "repulsed", "brought down", "bring down", "brings down", "bringing down",
    "taken down", "knocked out", "landed", "suppressed", "jammed", "forced down", "thwarted", "foiled",
    "destruction", "detected and destroyed", "сбиты", "сбили", "уничтожены", "перехвачены", "перехватили",
    "подавлены", "подавил", "нейтрализованы", "ликвидированы", "отражена", "отразили", "посажены", "посадили",
    "hit by", "struck by", "attacked by", "targeted by", "came under attack from", "come under heavy attack by",
    "comes under attack from", "coming under attack by", "was under attack from", "were under drone attack by",
    "is under attack from", "are under attack by", "used in an attack", "used in a strike", "used to attack",
    "used to strike", "used to hit", "attacked Kyiv with", "attacking with", "attack with", "pounded the city with",
    "pounding with", "pounds with", "pound with", "battered it with", "battering with", "batters with",
    "batter with", "bombarded with", "bombarding with", "bombards with", "bombard with", "targeted X with",
    "targeting with", "struck with", "hit with", "strikes with", "striking with", "launch", "launched", "launches",
    "launching", "sent", "fired", "deployed", "used", "запустили", "выпустили", "struck", "strikes", "hit", "hits",
    "attacked", "attacks", "targeted", "damaged", "slammed into", "dropped an explosive device on",
    "dropped explosives on", "dropped grenades on", "dropped a munition on", "атаковали", "ударили", "попали",
    "поразили", "атакованы", "vanished", "disappeared", "lost", "dropped off", "went off", "spotted", "sighted",
    "seen", "seeing", "detected", "recorded", "tracked", "produced", "produce", "delivered", "assembled",
    "assemble", "manufactured", "bought", "supplied", "registered", "banned", "flying", "flying towards", "flew",
    "локационно", "потеряны", "down",
]  # fmt: skip
BOTH_PHRASES = [
    "both", "Both drones", "on BOTH sides", "boths", "both-", "-both", "bothboth", "ſoboth", "bоth", "both's", "bother",
]  # fmt: skip
PIECES = ["the ", "The\n", "-", "_", ", ", ".", ":", "x", " said", "(", "'", "İ", "ı", "K"]


def _texts(phrases: list[str]) -> Iterator[str]:
    yield " ".join(phrases)
    yield "".join(phrases)
    for a in [*PIECES, *phrases]:
        for b in PIECES:
            yield from (a + b, b + a, f"{a} {b} drones", f"{b} {a} drones")


@pytest.mark.parametrize(
    ("pattern", "matches", "phrases"),
    [
        (QUANTITY_RE, _quantity_matches, [*QUANTITY_PHRASES, *MORE_QUANTITIES]),
        (SINGULAR_RE, _singular_matches, [*SINGULAR_PHRASES, *MORE_SINGULARS]),
        (VERB_RE, lambda t: prefilter.finditer(VERB_RE, t), VERB_PHRASES),
        (BOTH_RE, _both_matches, [*BOTH_PHRASES, *(f"{p}, both" for p in BOTH_PHRASES)]),
    ],
    ids=["quantities", "singulars", "verbs", "both"],
)
def test_matches_are_those_of_the_pattern(
    pattern: re.Pattern[str], matches: Callable[[str], Iterator[re.Match[str]]], phrases: list[str]
) -> None:
    found = 0
    for text in _texts(phrases):
        for t in (text, text.upper(), text.title()):
            expected = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(t)]
            assert [(m.start(), m.end(), m.groupdict()) for m in matches(t)] == expected, t
            found += len(expected)
    assert found > 1000


@pytest.mark.parametrize(
    ("pattern", "words", "texts"),
    [
        (
            FIGURE_BEFORE_RE,
            ("at",),
            ["officials put the overnight figure for the Lipetsk region at ", "gave its count at\t"],
        ),
        (ANOTHER_BEFORE_RE, ("another", "ещё", "еще"), ["two were shot down, another ", "и ещё\n", "еще  "]),
        (
            SUBSET_BEFORE_RE,
            ("including", "them", "which", "числе"),
            ["drones, including ", "among  them", "of which\n", "of them ", "в том числе "],
        ),
        (_PO_END_RE, ("по",), ["по ", "в Курской области по\n"]),
    ],
)
def test_a_phrase_before_an_amount_ends_with_its_word(
    pattern: re.Pattern[str], words: tuple[str, ...], texts: list[str]
) -> None:
    for text in texts:
        assert pattern.search(text), text
        for t in (text, text.upper(), text.title(), text + "\n", "x " + text + " \n"):
            if pattern.search(t):  # ("по" is lowercase only)
                assert _ends_with(t + "12 drones", len(t), words), t


AREA_PHRASES = [
    "over Russia", "across the territory of Ukraine", "in the skies of Russia", "Russian regions",
    "Ukrainian territory", "Russian cities", "Ukrainian airspace", "over several regions", "in border regions",
    "across 5 southern regions", "southern Russia", "eastern Ukraine", "the Volga region", "the north,",
    "the west and", "the east of the country", "the country", "the entire front", "ſouthern Ruſſia",
]  # fmt: skip


def test_every_country_area_spells_an_area_word() -> None:
    for phrase in AREA_PHRASES:
        for text in (f"so {phrase} were", f"SO {phrase.upper()} WERE"):
            m = COUNTRY_AREA_RE.search(text)
            assert m, text
            assert any(w in fold(m.group(0)) for w in AREA_WORDS), text


def test_the_amount_kinds_of_a_sentence_hold_its_amounts() -> None:
    """`_drone_amounts` reads only the kinds of amount that `_amount_kinds` allows (an ASCII sentence read as
    plain words): a number, a singular drone or "both" found by its own search must be allowed."""
    phrases = [*QUANTITY_PHRASES, *MORE_QUANTITIES, *SINGULAR_PHRASES, *MORE_SINGULARS, "both", "Both drones"]
    words = [*phrases, "a", "air", "aerial", "unmanned", "loitering", "fewer", "numbers", "Su-34", "x2", "_5", "ы"]
    rng = random.Random(7)
    texts = [*_texts(phrases)]
    texts += [rng.choice(["", " "]).join(rng.choices([*words, *PIECES, "\t", "  ", "-"], k=6)) for _ in range(20000)]
    found = [0, 0, 0]
    for text in texts:
        for t in (text, text.upper(), text.title()):
            kinds = _amount_kinds(t)
            for i, pattern in enumerate((QUANTITY_RE, SINGULAR_RE, BOTH_RE)):
                if pattern.search(t):
                    assert kinds[i], (t, pattern)
                    found[i] += 1
    assert min(found) > 1000


# phrases around an amount at position 40 (after the clause start at 5), for the searches that a cheap
# test of the folded text skips
BEFORE_AMOUNT = [
    "xx; Hits of ballistic missiles and of ", "Impacts by the ", "strike by ", "HITS OF ", "hit  of the ",
    "strikes of missiles and by ", "ſtrikes of ", "ſome hits on Kyiv by ", "drones, including ", "among them ",
    "of which ", "OF THEM\n", "в том числе ", "В ТОМ ЧИСЛЕ ", "said that ", "hitting ", "",
]  # fmt: skip


def test_searches_before_an_amount_are_those_of_their_patterns() -> None:
    for phrase in BEFORE_AMOUNT:
        for head in ("", "The air force said: ", "a; b "):
            for text in (head + phrase, (head + phrase).upper()):
                t = text + "4 drones were shot down"
                pos, start = len(text), min(5, len(text))
                assert _hits_of_before(t, start, pos) == bool(HITS_OF_RE.search(t, start, pos)), t
                assert _subset_before(t, pos) == bool(SUBSET_BEFORE_RE.search(t, max(0, pos - 25), pos)), t


def test_a_sentence_that_spells_a_drone_word_speaks_of_drones() -> None:
    words = ["drone", "UAV", "Shahed", "Geran", "quadcopter", "quadrocopter", "беспилотник", "БПЛА", "дрон", "BPLA"]
    for word in [*words, *(o for w in words for o in _odd_spellings(w)), "unmanned aerial vehicle", "air targets"]:
        for text in (word, f"Two {word}s were seen", f"x{word.upper()}x", word.title()):
            assert _speaks_of_drones(text, False) == bool(DRONE_RE.search(text)), text
    assert not _speaks_of_drones("Two missiles were seen", False)
