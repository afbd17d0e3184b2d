"""find_time_expressions skips the patterns whose every match spells a digit in a sentence with none,
and those whose every match spells a non-ASCII letter in an ASCII sentence: the flags are derived from
each pattern, and must hold for every match the patterns find."""

from pipelines.extraction.dates import PATTERNS, _has_digit, _spells_digit, _spells_non_ascii, find_time_expressions
from tests.extraction.test_start_searches import TIME_TEXTS


def test_a_pattern_flagged_as_needing_a_digit_matches_only_text_with_one() -> None:
    flagged = [(kind, pattern) for kind, pattern in PATTERNS if _spells_digit(pattern)]
    assert {"window", "date"} <= {kind for kind, _ in flagged}
    assert not any(_spells_digit(p) for kind, p in PATTERNS if kind in ("weekday", "yesterday", "overnight"))
    for text in TIME_TEXTS:
        for _, pattern in flagged:
            for m in pattern.finditer(text):
                assert _has_digit(m.group(0)), (pattern.pattern[:40], text)


def test_has_digit_reads_any_decimal_digit() -> None:
    assert _has_digit("at 7 pm") and not _has_digit("at seven pm")
    assert _has_digit("в ночь на ٣ мая") and not _has_digit("в ночь на среду")


def test_a_sentence_without_digits_still_finds_its_weekday_and_night() -> None:
    kinds = [t.kind for t in find_time_expressions("Air defences downed them overnight into Friday.")]
    assert kinds == ["weekday"]


def test_a_pattern_flagged_as_non_ascii_matches_only_text_with_such_a_letter() -> None:
    flagged = [(kind, pattern) for kind, pattern in PATTERNS if _spells_non_ascii(pattern)]
    assert {kind for kind, _ in flagged} == {"night_range_ru"}
    for text in TIME_TEXTS:
        for _, pattern in flagged:
            for m in pattern.finditer(text):
                assert not m.group(0).isascii(), (pattern.pattern[:40], text)


def test_an_ascii_sentence_still_finds_its_dates() -> None:
    kinds = [
        t.kind for t in find_time_expressions("Officials said on Sunday that 14 drones flew in the night of 3-4 May.")
    ]
    assert kinds == ["weekday", "night_range"]
