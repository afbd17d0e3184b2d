"""The start searches: `_quantity_matches` and `_singular_matches` try their slow pattern only where a
cheap search on `fold(sentence)` finds a start, so they must find what the pattern's own finditer
finds, in every phrase, in any case, glued or overlapping."""

import re
from collections.abc import Callable, Iterator

import pytest

from pipelines.extraction.numbers import QUANTITY_RE, _quantity_matches
from pipelines.extraction.rules import SINGULAR_RE, _singular_matches
from tests.extraction.test_prefilters import QUANTITY_PHRASES, SINGULAR_PHRASES

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
PIECES = ["the ", "The\n", "-", "_", ", ", ".", ":", "x", " said", "(", "'", "İ", "ı", "K"]


def _texts(phrases: list[str]) -> Iterator[str]:
    pieces = [*PIECES, *phrases]
    yield " ".join(phrases)
    yield "".join(phrases)
    for a in pieces:
        for b in pieces:
            yield a + b
            yield f"{a} {b} drones"


@pytest.mark.parametrize(
    ("pattern", "matches", "phrases"),
    [
        (QUANTITY_RE, _quantity_matches, [*QUANTITY_PHRASES, *MORE_QUANTITIES]),
        (SINGULAR_RE, _singular_matches, [*SINGULAR_PHRASES, *MORE_SINGULARS]),
    ],
    ids=["quantities", "singulars"],
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
