"""The cheap tests of rules.py before a slow search: whole words of an ASCII sentence's
`word_start_fold`, derived from the patterns, must pass wherever the pattern matches."""

import pytest

from pipelines.extraction.rules import (
    _SINGULAR_EN,
    ALL_OF_THEM_RE,
    SINGULAR_RE,
    all_of_them_said,
    may_name_one_drone,
    names_one_drone,
)

# around each phrase: the start of a text, glued punctuation, a hyphen, a line break, the end
CONTEXTS = ["{}", "Witnesses saw {}.", "({})", "x-{}-y", "{}'s wreck", "Near Tver,\n{}", '"{}"', "{}s", "{}-like"]
SINGULAR_PHRASES = [
    *(f"a {noun}" for noun in _SINGULAR_EN),
    "another hostile UAV", "one more Gerbera", "a second 'kamikaze' drone", "yet another quadcopter",
    "беспилотник", "украинский БПЛА", "атака дрона", "one drone", "drones", "a dronelike toy",
]  # fmt: skip


@pytest.mark.parametrize("phrase", SINGULAR_PHRASES)
def test_names_one_drone_is_the_singular_pattern(phrase: str) -> None:
    for context in CONTEXTS:
        for text in (context.format(phrase), context.format(phrase).upper()):
            assert names_one_drone(text) == (SINGULAR_RE.search(text) is not None), text
            if SINGULAR_RE.search(text):
                assert may_name_one_drone(text), text


def test_a_plural_drone_sentence_fails_the_singular_test() -> None:
    assert not may_name_one_drone("Air defences downed 14 drones and a missile over Ryazan.")
    assert may_name_one_drone("Air defences downed a drone over Ryazan.")


ALL_PHRASES = [
    "all of them were shot down", "all the drones were destroyed", "all those were intercepted",
    "All twelve targets were neutralised", "все они были сбиты", "все беспилотники уничтожены",
    "small drones were shot down", "overall, drones were intercepted", "all-of them downed",
]  # fmt: skip


@pytest.mark.parametrize("phrase", ALL_PHRASES)
def test_all_of_them_said_is_the_pattern(phrase: str) -> None:
    for context in CONTEXTS:
        for text in (context.format(phrase), context.format(phrase).upper()):
            assert all_of_them_said(text) == (ALL_OF_THEM_RE.search(text) is not None), text
