"""Numbers as the press writes them: digits, words (English and Russian), vague amounts.

Every word comes from `vocab/<lang>/numbers.toml`; this module holds only the grammar that joins
them ("one hundred and twelve", "сто сорок два", "две тысячи", "three dozen") and builds every
pattern and prefilter from the words. Russian words are lemmas: pymorphy3 gives their case forms.

`find_quantities` returns every amount in a sentence with its character span; the claim
rules decide which of them count drones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pipelines.extraction import lexicon, prefilter, vocabulary
from pipelines.extraction.text import (
    fold,
    matches_at_starts,
    padded_fold,
    word_start_fold,
)

MAX_AMOUNT = 10_000_000
# languages whose vocabulary lists lemmas, inflected by pymorphy3 (its dictionary is Russian)
_INFLECTED = ("ru",)
# (a longer run of digits is no count of drones; `int` refuses runs of more than 4,300 digits)
_MAX_DIGITS = len(str(MAX_AMOUNT))


@cache
def _inflections(lang: str, lemma: str) -> dict[str, tuple[bool, bool]]:
    """Every form of `lemma` with (has a singular reading, has a plural reading). A numeral has no
    number: it reads as singular. English words are not inflected here (plurals are built below)."""
    if lang not in _INFLECTED:
        return {lemma: (True, False)}
    out = lexicon.ru_numeral_forms(lemma)  # (kept on disk with the other word forms: see cache.py)
    if not out:
        raise ValueError(f"pymorphy3 knows no numeral or noun {lemma!r} (vocab/{lang}/numbers.toml)")
    return out


def _spellings(forms: Iterable[str]) -> set[str]:
    """Forms as written: "трёх" is also printed "трех"."""
    return {s for f in forms for s in (f, f.replace("ё", "е"))}


def _key(text: str) -> str:
    """The look-up form of a matched phrase: folded as the patterns match, "ё" as "е", single spaces."""
    return " ".join(fold(text).replace("ё", "е").split())


def _phrase(words: str) -> str:
    return re.escape(words).replace(r"\ ", r"\s+")


def _alternation(phrases: Iterable[str]) -> str:
    """A case-insensitive alternation of plain phrases, as a trie (see `lexicon.alternation`)."""
    return lexicon.alternation(phrases)


@dataclass
class Numerals:
    """Number words of the vocabulary files, and the patterns built from them."""

    words: dict[str, int] = field(default_factory=dict)  # units, tens, hundreds, phrases (by `_key`)
    multipliers: dict[str, int] = field(default_factory=dict)  # every form of "dozen", "тысяча", ...
    vague: dict[str, int] = field(default_factory=dict)  # vague amount (by `_key`) -> smallest number it allows
    vague_forms: set[str] = field(default_factory=set)  # the vague amounts as written
    skipped: set[str] = field(default_factory=set)  # article and joiner: no value of their own
    units: set[str] = field(default_factory=set)
    small_units: set[str] = field(default_factory=set)  # the units that may follow a ten (1-9)
    tens: set[str] = field(default_factory=set)
    hundreds: set[str] = field(default_factory=set)
    phrases: set[str] = field(default_factory=set)
    orders: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)  # "small"/"hundred"/"thousand"
    after_modifier: set[str] = field(default_factory=set)  # "тысячи": "более тысячи", else "тысячи" (vague)
    articles: set[str] = field(default_factory=set)
    joiners: set[str] = field(default_factory=set)
    partitives: set[str] = field(default_factory=set)
    case_endings: set[str] = field(default_factory=set)
    group_separators: set[str] = field(default_factory=set)
    label_words: set[str] = field(default_factory=set)
    label_signs: set[str] = field(default_factory=set)
    modifiers: dict[str, list[str]] = field(default_factory=dict)  # above, at_least, approx

    @classmethod
    def from_vocabulary(cls, languages: Iterable[str] = vocabulary.LANGUAGES) -> Numerals:
        n = cls(modifiers={"above": [], "at_least": [], "approx": []})
        for lang in languages:
            n._add(lang, vocabulary.load(lang, "numbers"))
        return n

    def _word(self, text: str, value: int, into: set[str]) -> None:
        into.add(text)
        self.words[_key(text)] = value

    def _vague(self, text: str, low: int) -> None:
        self.vague_forms.add(text)
        self.vague[_key(text)] = low

    def _add(self, lang: str, table: dict[str, Any]) -> None:
        def forms(lemma: str) -> set[str]:  # the forms that may read as singular ("один", not "одни")
            return _spellings(f for f, (sing, _) in _inflections(lang, lemma).items() if sing)

        for section, into in (("units", self.units), ("tens", self.tens), ("hundreds", self.hundreds)):
            for lemma, value in table.get(section, {}).items():
                for form in forms(lemma):
                    self._word(form, value, into)
                    if section == "units" and 1 <= value <= 9:
                        self.small_units.add(form)
        for phrase, value in table.get("phrases", {}).items():
            for form in forms(phrase) if " " not in phrase else {phrase}:
                self._word(form, value, self.phrases)
        grammar = table.get("grammar", {})
        self.articles.update(filter(None, [grammar.get("article")]))
        self.joiners.update(filter(None, [grammar.get("joiner")]))
        self.partitives.update(filter(None, [grammar.get("partitive")]))
        self.skipped.update(self.articles | self.joiners)
        for lemma, spec in table.get("multipliers", {}).items():
            self._add_multiplier(lang, lemma, spec["value"], spec.get("plural"), "article" in grammar)
        for phrase, low in table.get("vague", {}).items():
            for form in _spellings(_inflections(lang, phrase)) if " " not in phrase else {phrase}:
                self._vague(form, low)
        self.case_endings.update(table.get("digits", {}).get("case_endings", []))
        self.group_separators.update(table.get("digits", {}).get("group_separators", []))
        labels = table.get("labels", {})
        self.label_words.update(w for word in labels.get("words", []) for w in (word, word.lower()))
        self.label_signs.update(labels.get("signs", []))
        for kind, phrases in table.get("modifiers", {}).items():
            if kind not in self.modifiers:
                raise ValueError(f"vocab/{lang}/numbers.toml: modifiers are {', '.join(self.modifiers)}, not {kind!r}")
            self.modifiers[kind] += phrases

    def _add_multiplier(self, lang: str, lemma: str, value: int, plural: int | None, has_article: bool) -> None:
        """A multiplier takes the next smaller order before it ("three dozen", "двести тысяч") and
        stands alone after the article or, with none, in a singular form ("a dozen", "тысяча")."""
        order = "small" if value < 100 else "hundred" if value < 1000 else "thousand"
        after_number, alone = self.orders.setdefault(order, (set(), set()))
        inflected = _inflections(lang, lemma)
        if lang not in _INFLECTED:  # (English: the plural is the word and "s")
            inflected = {lemma: (True, False), lemma + "s": (False, True)}
        for form, (sing, plur) in inflected.items():
            for spelled in _spellings([form]):
                self.multipliers[_key(spelled)] = value
                if sing:
                    after_number.add(spelled)
                    if has_article:
                        alone.update(f"{a} {spelled}" for a in self.articles)
                    elif plur:
                        self.after_modifier.add(spelled)  # ("тысячи": of one thousand, or thousands)
                    else:
                        alone.add(spelled)
                elif lang in _INFLECTED:
                    after_number.add(spelled)  # ("пять тысяч"; not "two dozens")
                if plur and plural is not None:
                    self._vague(spelled, plural)
                    for of in self.partitives:
                        self._vague(f"{spelled} {of}", plural)

    # --- patterns -------------------------------------------------------------------------

    def number_pattern(self) -> str:
        """Digits, or number words in orders: a unit or ten ("twenty-three", "three dozen"), hundreds
        ("сто сорок два", "one hundred and twelve"), thousands ("две тысячи триста"). Each order reads
        the one below once and then looks for its multiplier (re tries no part twice)."""
        alt = _alternation

        def order(name: str, below: str, heads: set[str] = frozenset()) -> str:
            after_number, alone = self.orders.get(name, (set(), set()))
            # (a remainder follows only a multiplier of ten or more orders: "a hundred and five", not "a dozen five")
            rest = rf"(?:{joiner}(?:{below}))?" if name != "small" else ""
            firsts = [f"(?:{alt(h)}){rest}" for h in (heads, alone) if h]
            tail = rf"(?:\s+(?:{alt(after_number)}){rest})?" if after_number else ""
            return "|".join([*firsts, f"(?:{below}){tail}"])

        joiner = rf"(?:\s+(?:{alt(self.joiners)})\s+|\s+)" if self.joiners else r"\s+"
        units = rf"(?:{alt(self.tens)})(?:[\s-](?:{alt(self.small_units)}))?|{alt(self.units)}"
        small = order("small", units)  # (a multiplier below a hundred takes a unit: "three dozen", "два десятка")
        hundreds = order("hundred", small, self.hundreds)
        thousands = order("thousand", hundreds)
        words = [alt(self.phrases)] if self.phrases else []
        # digits before a thousand's word: "14 тысяч", "14 thousand"
        after_number, _ = self.orders.get("thousand", (set(), set()))
        digits = self._digits() + (rf"(?:\s+(?:{alt(after_number)})(?![\w-]))?" if after_number else "")
        return "(?:" + "|".join(f"(?:{g})" for g in [digits, *words, thousands]) + ")"

    def _digits(self) -> str:
        # "1,346", "61 407" (groups of three) or a plain run; a Russian case ending may follow ("142-мя")
        grouped = [rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+(?!\d)" for sep in sorted(self.group_separators)]
        ending = rf"(?:-(?:{'|'.join(sorted(map(re.escape, self.case_endings), key=lambda e: (-len(e), e)))}))?"
        runs = "|".join([*grouped, r"\d+(?![\d,.]\d)"])
        return rf"(?:{runs}){ending if self.case_endings else ''}"

    def modifier_pattern(self, kind: str) -> str:
        return "|".join(_phrase(m) for m in sorted(self.modifiers[kind], key=len, reverse=True))

    def vague_pattern(self) -> str:
        return _alternation(self.vague_forms)

    def first_words(self) -> set[str]:
        """The first word of every number or vague amount, but the article ("a" is everywhere)."""
        starts = self.units | self.tens | self.hundreds | self.phrases | self.after_modifier
        for _, alone in self.orders.values():
            starts |= alone
        starts |= self.vague_forms
        return {w.split()[0] for w in starts} - self.articles

    def article_second_words(self) -> set[str]:
        """The words after the article in an amount ("a dozen", "a few")."""
        phrases = [*self.phrases, *self.vague_forms, *(a for _, alone in self.orders.values() for a in alone)]
        return {p.split()[1] for p in phrases if p.split()[0] in self.articles and len(p.split()) > 1}

    def label_pattern(self) -> str:
        words = "|".join(sorted(map(re.escape, self.label_words), key=lambda w: (-len(w), w)))
        signs = "|".join(map(re.escape, sorted(self.label_signs)))
        return rf"(?:\b(?:{words})\.?|{signs})\s*$" if words else rf"(?:{signs})\s*$"

    # --- values ---------------------------------------------------------------------------

    def value(self, text: str) -> int | None:
        """Value of a bare number phrase ("1,346", "142-мя", "twenty-three", "a dozen", "сто сорок два")."""
        if text.isdecimal():  # (most numbers: the digits that `\d` matches, as `int` reads them)
            return _int(text)
        t = _key(text)
        if t[:1].isdecimal():  # "1,346", "61 407", "142-мя": the digits before the ending
            head, _, word = t.rpartition(" ")
            if head and (m := self.multipliers.get(word)) is not None:  # "14 тысяч"
                n = _int("".join(filter(str.isdecimal, head)))
                return None if n is None else n * m
            return _int("".join(filter(str.isdecimal, t.partition("-")[0])))
        if t in self.words:
            return self.words[t]
        total = current = 0
        for word in _PARTS_RE.split(t):
            if word in self.skipped:
                continue
            if (m := self.multipliers.get(word)) is not None:
                current = max(current, 1) * m
                if m >= 1000:  # ("two thousand five hundred": the thousands are done)
                    total, current = total + current, 0
            elif (v := self.words.get(word)) is not None:
                current += v
            else:
                return None
        return total + current


def _int(digits: str) -> int | None:
    digits = digits.lstrip("0") or "0"
    return int(digits) if digits.isdecimal() and len(digits) <= _MAX_DIGITS else None


_PARTS_RE = re.compile(r"[\s-]+")


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


class QuantityReader:
    """The compiled patterns of one `Numerals`, and the amounts they find in a sentence."""

    def __init__(self, numerals: Numerals) -> None:
        n = self.numerals = numerals
        modifiers = [m for kind in ("above", "at_least", "approx") for m in n.modifiers[kind]]
        after_modifier = _alternation(n.after_modifier) if n.after_modifier else r"(?!)"
        self.number = n.number_pattern()
        self.quantity_re = re.compile(
            # a clock time ("09:20 — In Kyiv, ...", "from 18:00") is not an amount: no digit group glued to a colon
            rf"(?<![\w.,:-])(?:(?P<mod>{_alternation(modifiers)})\s+)?"
            # ("тысячи" reads as one thousand only after a modifier, "более тысячи"; else as thousands)
            rf"(?P<num>{self.number}|(?(mod)(?:{after_modifier})|(?!)))(?![\w-]|:\d)"
            rf"|(?<![\w-])(?P<vague>{n.vague_pattern()})(?![\w-])",
            re.IGNORECASE,
        )
        # the first word of a number or vague amount ("a" only with the word after it: it is everywhere)
        self.first_words = n.first_words()
        self.a_second_words = n.article_second_words()
        a_words = [rf"{_phrase(a)}\s+(?:{'|'.join(sorted(self.a_second_words))})" for a in sorted(n.articles)]
        self.a_words = "|".join(a_words)
        # Where a match of quantity_re may start, in `fold(sentence)` after one character of padding
        # (the character before the match): the first word of an amount, alone or after a modifier.
        # Its search skips to the next non-word character in C and tries a few first letters there,
        # where quantity_re tries all its alternatives at every word. (Both alternatives are tries,
        # the first words copied once after all the modifiers: a copy per modifier letter made the
        # search sixfold longer and slower to compile.)
        first_word = rf"\d|{self.a_words}|{lexicon.alternation(self.first_words)}(?!\w)"
        starts_body = rf"{first_word}|{lexicon.alternation(modifiers)}\s+(?:{first_word})"
        self.starts_re = re.compile(rf"[^\w-](?:{starts_body})")
        self.ascii_starts_re = prefilter.word_start_search(starts_body)  # (an ASCII text: a faster scan)
        # "hospital No. 2", "School #5", "Unit 3" name a thing, they do not count it
        self.label_before_re = re.compile(n.label_pattern())
        self._above = {_key(m) for m in n.modifiers["above"]}

    def matches(self, sentence: str) -> Iterator[re.Match[str]]:
        if self.ascii_starts_re is not None and (spaced := word_start_fold(sentence)) is not None:
            return matches_at_starts(self.quantity_re, self.ascii_starts_re, sentence, spaced)
        return matches_at_starts(self.quantity_re, self.starts_re, sentence, padded_fold(sentence))

    def find(self, sentence: str) -> list[Quantity]:
        found = []
        for m in self.matches(sentence):
            if m.group("num") and self.label_before_re.search(sentence, max(0, m.start() - 8), m.start()):
                continue
            if m.group("vague"):
                low = self.numerals.vague[_key(m.group("vague"))]
                found.append(Quantity(m.start(), m.end(), None, low, m.group(0)))
                continue
            value = self.numerals.value(m.group("num"))
            if value is None or not 1 <= value <= MAX_AMOUNT:
                continue  # "0 drones" counts nothing; a 30-digit figure is not a count of drones
            mod = m.group("mod")
            if not mod:
                found.append(Quantity(m.start(), m.end(), value, None, m.group(0)))
            elif _key(mod) in self._above:  # "more than N": N + 1
                found.append(Quantity(m.start(), m.end(), None, value + 1, m.group(0)))
            else:  # "at least N", "about N"
                found.append(Quantity(m.start(), m.end(), None, value, m.group(0)))
        return found


NUMERALS = Numerals.from_vocabulary()
READER = QuantityReader(NUMERALS)

# "more than N" -> N + 1; "at least N" -> N; "about N" -> N (count unknown either way)
ABOVE = NUMERALS.modifier_pattern("above")
AT_LEAST = NUMERALS.modifier_pattern("at_least")
APPROX = NUMERALS.modifier_pattern("approx")
NUMBER = READER.number
QUANTITY_RE = READER.quantity_re
FIRST_WORDS = READER.first_words
A_SECOND_WORDS = READER.a_second_words
A_WORDS = READER.a_words
QUANTITY_STARTS_RE = READER.starts_re
LABEL_BEFORE_RE = READER.label_before_re
parse_number = NUMERALS.value
find_quantities = READER.find
_quantity_matches = READER.matches


def may_hold_quantity(sentence: str) -> bool:
    """Cheap necessary test for `find_quantities` (most sentences hold no number at all)."""
    return QUANTITY_STARTS_RE.search(padded_fold(sentence)) is not None
