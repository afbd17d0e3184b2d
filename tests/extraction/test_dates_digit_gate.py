"""find_time_expressions skips the patterns whose every match spells a digit in a sentence with none:
the flag is derived from each pattern, and must hold for every match the patterns find."""

from pipelines.extraction.dates import _PLANS, _has_digit, find_time_expressions
from tests.extraction.test_start_searches import TIME_TEXTS


def test_a_pattern_flagged_as_needing_a_digit_matches_only_text_with_one() -> None:
    flagged = [(kind, pattern) for kind, pattern, needs_digit, *_ in _PLANS if needs_digit]
    assert {"window", "date"} <= {kind for kind, _ in flagged}
    assert not any(needs for kind, _, needs, *_ in _PLANS if kind in ("weekday", "yesterday", "overnight"))
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
