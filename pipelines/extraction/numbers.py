"""Numbers as the press writes them: digits, words (English and Russian), vague amounts.

`find_quantities` returns every amount in a sentence with its character span; the claim
rules decide which of them count drones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extraction.text import first_letter_alternation, fold, matches_at_starts, padded_fold

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
RU_WORDS = {
    "один": 1,
    "одна": 1,
    "одно": 1,
    "одного": 1,
    "одному": 1,
    "одним": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "двумя": 2,
    "три": 3,
    "трёх": 3,
    "трех": 3,
    "тремя": 3,
    "четыре": 4,
    "четырёх": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
}
# Vague amounts: the smallest number the words allow (ANNOTATION.md).
VAGUE_WORDS = {
    "several": 2,
    "a few": 2,
    "a number of": 2,
    "multiple": 2,
    "a couple of": 2,
    "dozens of": 24,
    "dozens": 24,
    "scores of": 40,
    "hundreds of": 200,
    "hundreds": 200,
    "тысячи": 2000,
    "thousands of": 2000,
    "несколько": 2,
    "десятки": 24,
    "десятка": 24,
    "сотни": 200,
}
# "more than N" -> N + 1; "at least N" -> N; "about N" -> N (count unknown either way)
ABOVE = r"more\s+than|over|upwards\s+of|in\s+excess\s+of|более|свыше|больше"
AT_LEAST = (
    r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|не\s+менее|по\s+меньшей\s+мере|как\s+минимум"
)
APPROX = (
    r"about|around|some|approximately|roughly|nearly|almost|up\s+to|close\s+to|an\s+estimated|"
    r"около|примерно|порядка|почти|до"
)

_word_num = (
    r"(?:(?:" + "|".join(TENS) + r")(?:[\s-](?:" + "|".join(k for k in UNITS if k != "zero") + r"))?"
    r"|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")"
)
_digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.]\d)"
_hundreds = r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?" + _word_num + r")?"
_dozen = r"(?:half\s+a\s+dozen|a\s+dozen|(?:two|three|four|five)\s+dozen)"
_ru = r"|".join(sorted(RU_WORDS, key=len, reverse=True))
_vague = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in VAGUE_WORDS), key=len, reverse=True))

NUMBER = rf"(?:{_digits}|{_hundreds}|{_dozen}|{_word_num}|{_ru})"
QUANTITY_RE = re.compile(
    # a clock time ("09:20 — In Kyiv, ...", "from 18:00") is not an amount: no digit group glued to a colon
    rf"(?<![\w.,:-])(?:(?P<mod>{ABOVE}|{AT_LEAST}|{APPROX})\s+)?(?P<num>{NUMBER})(?![\w-]|:\d)"
    rf"|(?<![\w-])(?P<vague>{_vague})(?![\w-])",
    re.IGNORECASE,
)


# the first word of a number or vague amount ("a" only with the word after it: it is everywhere)
FIRST_WORDS = {"half", *UNITS, *TENS, *RU_WORDS, *(k.split()[0] for k in VAGUE_WORDS)} - {"a"}
_WORDS = [w + r"(?!\w)" for w in FIRST_WORDS]
A_WORDS = r"a\s+(?:hundred|dozen|few|number|couple)"
_FIRST_WORD = rf"(?:\d|{A_WORDS}|{first_letter_alternation(_WORDS)})"
# Where a match of QUANTITY_RE may start, in `fold(sentence)` after one character of padding (the
# character before the match): the first word of an amount, alone or after a modifier. Its search
# skips to the next non-word character in C and tries a few first letters there, where QUANTITY_RE
# tries all its alternatives at every word.
QUANTITY_STARTS = [*_WORDS, A_WORDS, *(rf"{m}\s+{_FIRST_WORD}" for m in f"{ABOVE}|{AT_LEAST}|{APPROX}".split("|"))]
QUANTITY_STARTS_RE = re.compile(rf"[^\w-](?:\d|{first_letter_alternation(QUANTITY_STARTS)})")


def may_hold_quantity(sentence: str) -> bool:
    """Cheap necessary test for `find_quantities` (most sentences hold no number at all)."""
    return QUANTITY_STARTS_RE.search(padded_fold(sentence)) is not None


def _quantity_matches(sentence: str) -> Iterator[re.Match[str]]:
    return matches_at_starts(QUANTITY_RE, QUANTITY_STARTS_RE, sentence, padded_fold(sentence))


MAX_AMOUNT = 10_000_000


# not frozen (a frozen one costs 3× to build, by object.__setattr__); never mutated, hashed by value
@dataclass(unsafe_hash=True)
class Quantity:
    start: int
    end: int
    count: int | None
    count_low: int | None
    text: str

    @property
    def amount(self) -> int:
        return self.count if self.count is not None else (self.count_low or 0)


# (compiled once: the functions below run for every number of every sentence)
_SPACES_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"[\d,]+")
_PARTS_RE = re.compile(r"[\s-]")
_ABOVE_RE = re.compile(ABOVE, re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """Value of a bare number phrase ("1,346", "twenty-three", "a dozen", "две")."""
    if text.isdecimal():  # (most numbers: the digits that `\d` matches, as `int` reads them)
        return int(text)
    t = _SPACES_RE.sub(" ", text.strip().lower())
    if _DIGITS_RE.fullmatch(t):
        return int(t.replace(",", ""))
    if t in UNITS:
        return UNITS[t]
    if t in RU_WORDS:
        return RU_WORDS[t]
    if "dozen" in t:
        return {"half a dozen": 6, "a dozen": 12}.get(t) or UNITS[t.split()[0]] * 12
    if "hundred" in t:
        head, _, rest = t.partition("hundred")
        head = head.strip()
        base = 100 * (1 if head in ("a", "one") else UNITS[head])
        rest = rest.replace("and", "").strip()
        return base + (parse_number(rest) or 0) if rest else base
    parts = _PARTS_RE.split(t)
    if parts[0] in TENS:
        return TENS[parts[0]] + (UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


# "hospital No. 2", "School #5", "Unit 3" name a thing, they do not count it
LABEL_BEFORE_RE = re.compile(r"(?:\b(?:No|Nos|no|Number|number)\.?|#|№)\s*$")


def find_quantities(sentence: str) -> list[Quantity]:
    found = []
    for m in _quantity_matches(sentence):
        if m.group("num") and LABEL_BEFORE_RE.search(sentence, max(0, m.start() - 8), m.start()):
            continue
        if m.group("vague"):
            low = VAGUE_WORDS[_SPACES_RE.sub(" ", fold(m.group("vague")))]
            found.append(Quantity(m.start(), m.end(), None, low, m.group(0)))
            continue
        value = parse_number(m.group("num"))
        if value is None or not 1 <= value <= MAX_AMOUNT:
            continue  # "0 drones" counts nothing; a 30-digit figure is not a count of drones
        mod = m.group("mod")
        if not mod:
            found.append(Quantity(m.start(), m.end(), value, None, m.group(0)))
        elif _ABOVE_RE.fullmatch(mod.lower()):
            found.append(Quantity(m.start(), m.end(), None, value + 1, m.group(0)))
        else:  # "at least N", "about N"
            found.append(Quantity(m.start(), m.end(), None, value, m.group(0)))
    return found
