"""Every prefilter is derived from its pattern (`prefilter.py`), so it must find every match the
pattern finds: checked on strings that hypothesis draws from each pattern itself, glued to noise,
in any case, for every compiled pattern of the extraction package."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.extraction import authorities, dates, document, gazetteer, numbers, prefilter, rules
from pipelines.extraction.text import fold, word_start_fold

PATTERNS = {
    f"{m.__name__.rsplit('.', 1)[-1]}.{name}": value
    for m in (rules, numbers, authorities, dates, document, gazetteer)
    for name, value in vars(m).items()
    if isinstance(value, re.Pattern) and prefilter.prefixes_of(value) is not None
}
NOISE = st.sampled_from(["", " ", "x", "-", "ſ", "İ", "ı", "\n", "the ", "Ё", "3", "a "])


def test_the_vocabulary_patterns_have_prefilters() -> None:
    for name in ("rules.DRONE_RE", "rules.VERB_RE", "rules.SINGULAR_RE"):
        assert name in PATTERNS, name


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_derived_search_finds_what_the_pattern_finds(name: str, data: st.DataObject) -> None:
    pattern = PATTERNS[name]
    try:
        body = data.draw(st.from_regex(pattern))
    except Exception:  # noqa: BLE001 - hypothesis cannot draw from some look-arounds: noise only then
        body = "x"
    text = data.draw(NOISE) + data.draw(st.sampled_from([body, body.upper(), body.title()])) + data.draw(NOISE)
    expected = [(m.start(), m.end()) for m in pattern.finditer(text)]
    assert [(m.start(), m.end()) for m in prefilter.finditer(pattern, text)] == expected
    if expected:
        assert prefilter.may_match(pattern, text)
        assert prefilter.starts_of(pattern)[0].search(
            prefilter.padded_fold(text) if prefilter.starts_of(pattern)[1] else fold(text)
        )


def test_a_word_added_to_a_pattern_reaches_its_prefilter() -> None:
    base = re.compile(r"(?<![\w-])(?:drones?|UAVs?)\b", re.I)
    grown = re.compile(r"(?<![\w-])(?:drones?|UAVs?|Gerberas?)\b", re.I)
    assert not prefilter.may_match(base, "Two Gerberas were shot down")
    assert prefilter.may_match(grown, "Two GERBERAS were shot down")
    assert [m.group(0) for m in prefilter.finditer(grown, "Two GERBERAS and a drone")] == ["GERBERAS", "drone"]


def test_an_ascii_text_is_searched_for_the_first_words_of_the_prefixes() -> None:
    pattern = re.compile(r"air\s+targets?|drones?|(?:anti-)?UAVs?", re.I)
    assert prefilter._ascii_heads(pattern) == ("air", "anti-uav", "drone", "uav")
    text = "Air  targets, antidrones, anti-UAVs and UAVS: the airport saw drones, a drone-drone pair."
    assert [m.span() for m in prefilter.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    # a head in most words ("a" of "a drone") selects nothing: the start search stays
    assert prefilter._ascii_heads(re.compile(r"a\s+drone|one\s+drone", re.I)) is None


def test_a_pattern_that_may_begin_anywhere_has_no_prefilter() -> None:
    assert prefilter.prefixes_of(re.compile(r"\d+\s+drones")) is None
    assert prefilter.starts_of(re.compile(r"(?:drones)?\w")) is None
    assert prefilter.prefixes_of(re.compile(r"(?:drones)?x")) == {"x", "dronesx"}
    assert list(prefilter.finditer(re.compile(r"\w+ly"), "quickly, slowly")) != []


def test_an_ascii_text_is_searched_at_its_word_starts() -> None:
    # (an ASCII text's start search reads every character but word characters and "-" as a space)
    pattern = re.compile(r"(?<![\w-])(?:u\.s\.\s+drones?|drones?)\b", re.I)
    text = "(Drones) and U.S. drones, not re-drones: 'drone'"
    assert prefilter.starts_of(pattern)[2] is not None
    found = [m.group(0) for m in prefilter.finditer(pattern, text)]
    assert found == [m.group(0) for m in pattern.finditer(text)] == ["Drones", "U.S. drones", "drone"]
    assert prefilter.search(pattern, text, 9).group(0) == "U.S. drones"


def test_a_pattern_after_a_non_word_character_is_searched_at_word_starts_and_after_hyphens() -> None:
    # (?<!\w) lets "-" stand before a match: an ASCII text that spells one is searched after it too
    pattern = re.compile(r"(?<!\w)(?:told|stated),?\s+(?:\w+\s+)?$", re.I)
    found = prefilter.starts_of(pattern)
    assert found[2] is not None and found[3] is not None
    for text in ("the mayor told reporters ", "the mayor-told them ", "Stated, ", "untold sums ", "re-stated"):
        assert [m.span() for m in prefilter.finditer(pattern, text)] == [m.span() for m in pattern.finditer(text)]
    assert prefilter.search(pattern, "the mayor-told them ").group(0) == "told them "
    assert prefilter.search(pattern, "untold sums ") is None


def test_a_start_search_that_spells_punctuation_has_no_word_start_twin() -> None:
    assert prefilter.word_start_search(r"u\.s\.|drones?") is None  # (the fold reads "." as a space)
    spaced = prefilter.word_start_search(r"\d|drones?\s+of|anti-drone")
    assert spaced is not None
    assert [m.start() for m in spaced.finditer(word_start_fold("(12 anti-drone, drones of"))] == [1, 4, 16]
    # (a pattern that opens with \b may match after "-" as well)
    hyphen = prefilter.word_start_search(r"drones?", after_hyphen=True)
    assert [m.start() for m in hyphen.finditer(word_start_fold("anti-drone, drones"))] == [5, 12]


def test_a_search_with_an_end_finds_a_match_that_reaches_that_end() -> None:
    # (a padded start search reads one character more than the text: its end moves with it)
    pattern = re.compile(r"(?<![\w-])(?:over|над)\s+(?:the\s+)?$", re.I)
    for text in ("shot down Over the Lisbon area", "сбиты НАД Тверью и над Ладогой"):
        for end in range(len(text) + 1):
            for pos in range(end + 1):
                expected = pattern.search(text, pos, end)
                found = prefilter.search(pattern, text, pos, end)
                assert (found and found.span()) == (expected and expected.span()), (text, pos, end)
