"""The words of a sentence whose word characters are all ASCII, found by translating bytes (gazetteer's
fast paths), must be the words and spans that the token patterns find, on any such text: runs of
hyphens, hyphens at either end, the "-led" words, odd characters, a lone surrogate, asked in any order."""

import random
import re

from pipelines.extraction.gazetteer import (
    _LOWER_WORD_BYTES,
    _NON_ASCII_WORD_RE,
    _TOKEN_RE,
    _ascii_country_words,
    _country_words,
    _padded_words,
    _WordSpans,
)

PIECES = [
    "a", "B", "1", "_", "-", "--", " ", "  ", "led", "made", "Led", "ledx", "Kyiv", "US", "us", "'s", ".", ",",
    "\n", "\u2014", "\u00ab", "\u0301", "\udc80", "?",
]  # fmt: skip


def _texts(n: int = 20_000) -> list[str]:
    rng = random.Random(7)
    texts = ["", " ", "-", "a-", "-a", "a--b", "a---b", "a - b", "Saudi-led-led-x", "Saudi-led", "Guinea-Bissau"]
    texts += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(n)]
    return [t for t in texts if not _NON_ASCII_WORD_RE.search(t)]


def _check_spans(words: list[str], span, expected: list[tuple[int, int]], rng: random.Random, text: str) -> None:
    # in order, then in a random order (each call goes on from the word asked for last)
    for i in [*range(len(words)), *(rng.randrange(len(words)) for _ in range(2 * len(words)) if words)]:
        assert span(i) == expected[i], (text, i)


def test_padded_words_are_the_token_pattern_words() -> None:
    rng = random.Random(1)
    for text in _texts():
        padded = _padded_words(text, _LOWER_WORD_BYTES)
        tokens = list(_TOKEN_RE.finditer(text))
        words = padded.split()
        assert len(padded) == len(text) + 2
        assert words == [t.group(0).casefold() for t in tokens], repr(text)
        _check_spans(words, _WordSpans(padded, words), [t.span() for t in tokens], rng, text)


def test_ascii_country_words_are_the_country_pattern_words() -> None:
    rng = random.Random(2)
    for text in _texts():
        words, span = _ascii_country_words(text)
        expected_words, expected_span = _country_words(text)
        assert words == expected_words, repr(text)
        _check_spans(words, span, [expected_span(i) for i in range(len(words))], rng, text)


def test_word_spans_of_a_long_repetition_are_quick() -> None:
    text = "over Kursk, " * 20_000
    padded = _padded_words(text, _LOWER_WORD_BYTES)
    words = padded.split()
    span = _WordSpans(padded, words)
    starts = [span(i)[0] for i in range(len(words))]  # (quadratic, this would take minutes)
    assert starts == [m.start() for m in re.finditer(r"\w+", text)]
