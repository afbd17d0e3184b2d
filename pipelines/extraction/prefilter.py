"""Prefilters derived from the patterns themselves, never written by hand.

A slow case-insensitive pattern (one alternative per vocabulary word, look-behinds, groups) tries
all its alternatives at every character. Every one of its matches begins with one of a few
literal strings, which the pattern's own parse tree gives (`re._parser`, the parser `re.compile`
uses). A plain lowercase search for those strings in `fold(text)` finds every position where the
pattern may match (`starts_of`), and "does the text spell any of them" is a necessary test for a
whole text (`words_of`). Because both are computed from the compiled pattern, a word added to a
vocabulary file reaches its prefilter with no second edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser

from pipelines.extraction.cache import persistent
from pipelines.extraction.text import fold, padded_fold, word_start_fold

MAX_PREFIX = 8  # characters of a match's beginning worth knowing; longer ones select no better
_SKIP = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}  # they consume nothing
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_SMALL_CLASS = 8  # a character class of at most this many literals is an alternation of letters
# whitespace in a prefix: one space character (`\s`), or a run of them (`\s+`)
_SPACE, _SPACES = "\x00", "\x01"
_SPACE_CLASS = [(sre.CATEGORY, sre.CATEGORY_SPACE)]


def _firsts(items: list, budget: int) -> set[str]:
    """Strings one of which begins every match of the sequence `items` (each at most `budget` long);
    "" when a match may begin with anything."""
    if budget <= 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is sre.LITERAL:
        return {chr(av) + s for s in _firsts(rest, budget - 1)}
    if op in _SKIP:
        return _firsts(rest, budget)
    if op is sre.SUBPATTERN:
        return _firsts(list(av[-1].data) + rest, budget)
    if op is sre.BRANCH:
        return set().union(*(_firsts(list(alt.data) + rest, budget) for alt in av[1]))
    if op in _REPEATS and list(av[2].data) == [(sre.IN, _SPACE_CLASS)]:
        out = {_SPACES + t for t in _firsts(rest, budget - 1)}
        return out | _firsts(rest, budget) if av[0] == 0 else out
    if op is sre.IN and av == _SPACE_CLASS:
        return {_SPACE + t for t in _firsts(rest, budget - 1)}
    if op in _REPEATS:
        low, high, sub = av
        # a group repeated more than once may be followed by itself: its own beginning is all that is sure
        out = _firsts(list(sub.data) + rest, budget) if high == 1 else _firsts(list(sub.data), budget)
        return out | _firsts(rest, budget) if low == 0 else out
    if op is sre.IN and len(av) <= _SMALL_CLASS and all(o is sre.LITERAL for o, _ in av):
        tails = _firsts(rest, budget - 1)
        return {chr(c) + s for _, c in av for s in tails}
    return {""}  # a category, a class, any character: the beginning is known up to here


def _by_identity(derive):
    """Memoise on the pattern object itself: hashing a compiled pattern hashes its whole program,
    which for a vocabulary-sized pattern costs more than the search it saves."""
    memo: dict[int, tuple[re.Pattern[str], object]] = {}

    def get(pattern: re.Pattern[str]):
        hit = memo.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            hit = memo[id(pattern)] = (pattern, derive(pattern))
        return hit[1]

    get.__doc__ = derive.__doc__
    return get


@_by_identity
def prefixes_of(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercase strings, one of which every match of `pattern` spells at its start in `fold(text)`;
    None when some match may begin with anything (then no prefilter can help)."""
    return _prefixes(pattern.pattern, pattern.flags)


@persistent  # (parsing a vocabulary-sized pattern takes tens of milliseconds: once per extractor version)
def _prefixes(source: str, flags: int) -> frozenset[str] | None:
    found = {fold(s) for s in _firsts(list(_parser.parse(source, flags).data), MAX_PREFIX)}
    if "" in found:
        return None
    # "dro" makes "drone" redundant: keep the shortest of each family
    return frozenset(p for p in found if not any(q != p and p.startswith(q) for q in found))


def _regex(prefix: str) -> str:
    return re.escape(prefix).replace(_SPACE, r"\s").replace(_SPACES, r"\s+")


@persistent
def _word_initial(source: str, flags: int) -> str | None:
    r"""The class of the character before every match, when the pattern opens with a look-behind that
    says so (`(?<![\w-])`, `(?<!\w)`): then a start is searched only after such a character."""
    items = _parser.parse(source, flags).data
    if not items or items[0][0] is not sre.ASSERT_NOT or items[0][1][0] != -1:
        return None
    inner = list(items[0][1][1].data)
    if len(inner) != 1 or inner[0][0] is not sre.IN:
        return None
    members = set(inner[0][1])
    if members == {(sre.CATEGORY, sre.CATEGORY_WORD), (sre.LITERAL, ord("-"))}:
        return r"[^\w-]"
    if members == {(sre.CATEGORY, sre.CATEGORY_WORD)}:
        return r"\W"
    return None


@_by_identity
def starts_of(
    pattern: re.Pattern[str],
) -> tuple[re.Pattern[str], bool, re.Pattern[str] | None, re.Pattern[str] | None] | None:
    r"""A plain search of `fold(text)` that finds every position where `pattern` may match, whether it
    is searched in `padded_fold(text)` (it then takes the character before the match as well), and
    the same search for an ASCII text's `word_start_fold`, when the pattern starts a word after
    [^\w-] or \W: a literal space there (re scans for it fast), every other non-word character a space
    too; for \W, last, the search for a text that spells "-" (which may stand before a match too)."""
    prefixes = prefixes_of(pattern)
    if prefixes is None:
        return None
    before = _word_initial(pattern.pattern, pattern.flags)
    body = _alternation(prefixes)
    if before is None:
        return re.compile(body), False, None, None
    # (a prefix that is not ASCII never starts a match in an ASCII text; `_spaced` reads punctuation
    # as the word-start fold does, so both searches exist)
    spaced = _alternation({_spaced(p) for p in prefixes if p.isascii()}) or "(?!)"
    after_hyphen = word_start_search(spaced, after_hyphen=True) if before == r"\W" else None
    return re.compile(f"{before}(?:{body})"), True, word_start_search(spaced), after_hyphen


def word_start_search(body: str, after_hyphen: bool = False) -> re.Pattern[str] | None:
    r"""`[^\w-](?:body)`, a start search of `padded_fold(text)`, as a search of an ASCII text's
    `word_start_fold`: ` (?:body)`; with `after_hyphen`, `[ -](?:body)` (the starts of a pattern that
    opens with `\b`, which a "-" before it does not stop). None when `body` spells a character that
    is neither a word character, "-" nor whitespace (the word-start fold reads it as a space: it
    would match no more)."""
    if _punctuated(body):
        return None
    return re.compile(f"[ -](?:{body})" if after_hyphen else f" (?:{body})")


@persistent  # (parsing a vocabulary-sized body takes tens of milliseconds)
def _punctuated(body: str) -> bool:
    return _spells_punctuation(_parser.parse(body).data)


def _spells_punctuation(items) -> bool:
    for op, av in items:
        if op is sre.LITERAL and not (chr(av).isalnum() or chr(av) in "_-" or chr(av).isspace()):
            return True
        if op is sre.IN and any(o is sre.LITERAL and not (chr(c).isalnum() or chr(c) in "_-") for o, c in av):
            return True
        if op is sre.SUBPATTERN and _spells_punctuation(av[-1].data):
            return True
        if op is sre.BRANCH and any(_spells_punctuation(alt.data) for alt in av[1]):
            return True
        if op in _REPEATS and _spells_punctuation(av[2].data):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _spells_punctuation(av[1].data):
            return True
    return False


def _alternation(prefixes: set[str] | frozenset[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for p in sorted(prefixes, key=lambda p: (-len(p), p)):  # (a fixed order: the same pattern, cached)
        by_first.setdefault(p[0], []).append(_regex(p[1:]))
    # grouped by first character: re rejects a position on its first letter at once
    return "|".join(f"{_regex(c)}(?:{'|'.join(rests)})" for c, rests in sorted(by_first.items()))


def _spaced(prefix: str) -> str:
    """`prefix` as `word_start_fold` spells it: a character that is neither a word character nor "-"
    reads a space (the markers of whitespace stay: they match a space)."""
    return "".join(c if c in (_SPACE, _SPACES) or c.isalnum() or c in "_-" else " " for c in prefix)


MAX_HEADS = 16  # `str.find` scans a text faster than a start search up to this many words...
MIN_HEAD = 3  # ... of at least this many letters


@_by_identity
def _ascii_heads(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For an ASCII text: the first words of the pattern's ASCII prefixes, one of which `fold(text)`
    spells where every match begins (a prefix that is not ASCII begins none there). Each found by
    `str.find` costs less than a start search trying its alternatives at every character; None when
    they are many or one is short."""
    words = _words_of(pattern)
    if words is None:
        return None
    heads = {w for w in words if w.isascii()}
    if len(heads) > MAX_HEADS or min(map(len, heads), default=0) < MIN_HEAD:
        return None  # ("a", the head of "a drone", is in most words: the start search selects better)
    return tuple(sorted(h for h in heads if not any(g != h and h.startswith(g) for g in heads)))


def _head_starts(heads: tuple[str, ...], folded: str) -> list[int]:
    """Where in `folded` one of `heads` is spelt, in order."""
    starts = []
    for head in heads:
        at = folded.find(head)
        while at >= 0:
            starts.append(at)
            at = folded.find(head, at + 1)
    return sorted(set(starts)) if len(heads) > 1 else starts


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, tried only at the positions its derived start search finds."""
    found = starts_of(pattern)
    if found is None:
        yield from pattern.finditer(text)
        return
    if found[2] is None and text.isascii() and (heads := _ascii_heads(pattern)) is not None:
        pos = 0
        for start in _head_starts(heads, fold(text)):
            if start >= pos and (m := pattern.match(text, start)):
                yield m
                pos = max(m.end(), start + 1)
        return
    starts, folded = _start_search(found, text)
    pos = 0
    while start := starts.search(folded, pos):
        if m := pattern.match(text, start.start()):
            yield m
            pos = max(m.end(), start.start() + 1)
        else:
            pos = start.start() + 1


def search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` through the derived start search."""
    end = len(text) if endpos is None else endpos
    found = starts_of(pattern)
    if found is None:
        return pattern.search(text, pos, end)
    starts, folded = _start_search(found, text)
    # (a padded text is one character longer: a start there may reach text[end - 1], at folded[end])
    limit = end + 1 if len(folded) > len(text) else end
    while (start := starts.search(folded, pos, limit)) is not None:
        if m := pattern.match(text, start.start(), end):
            return m
        pos = start.start() + 1
    return None


def start_search(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """The derived start search of a pattern that has one (`starts_of`), and the text it reads."""
    found = starts_of(pattern)
    if found is None:
        raise ValueError(f"no start search: every match of {pattern.pattern[:40]!r} may begin anywhere")
    return _start_search(found, text)


def _start_search(
    found: tuple[re.Pattern[str], bool, re.Pattern[str] | None, re.Pattern[str] | None], text: str
) -> tuple[re.Pattern[str], str]:
    """The start search and the text it reads (in a padded one, a start found at i is a match that
    may begin at text[i])."""
    starts, padded, ascii_starts, after_hyphen = found
    if ascii_starts is not None and (spaced := word_start_fold(text)) is not None:
        return after_hyphen if after_hyphen is not None and "-" in text else ascii_starts, spaced
    return starts, padded_fold(text) if padded else fold(text)


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """A cheap necessary test: does `text` spell one of the pattern's prefixes?"""
    words = _words_of(pattern)
    if words is None:
        return True
    folded = fold(text)
    return any(w in folded for w in words)


@_by_identity
def _words_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The prefixes up to their first space: plain strings that a text must spell."""
    prefixes = prefixes_of(pattern)
    if prefixes is None:
        return None
    words = {re.split("[\x00\x01]", p)[0] for p in prefixes}
    return None if "" in words else tuple(sorted(words))


@_by_identity
def _start_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    r"""For a pattern whose matches begin a word after [^\w-] (its start search has an ASCII twin):
    strings one of which an ASCII text's `word_start_fold` spells wherever it matches, each prefix's
    first word between spaces (" all ", where `may_match` asks for "all", which "small" spells too).
    None when the pattern has no such start search."""
    found = starts_of(pattern)
    if found is None or found[2] is None or found[3] is not None:
        return None  # (after \W, a match may follow "-" as well: no word between spaces to ask for)
    words = set()
    for prefix in prefixes_of(pattern):
        if not prefix.isascii():
            continue  # (it never starts a match in an ASCII text)
        word = re.split("[\x00\x01]", prefix, maxsplit=1)[0]
        if not word:
            return None
        words.add(f" {_spaced(word)} " if len(word) < len(prefix) else f" {_spaced(word)}")
    return tuple(sorted(words))


def may_start(pattern: re.Pattern[str], text: str) -> bool:
    """`may_match`, sharper for an ASCII text and a pattern that begins a word: its prefixes' whole
    first words (`_start_words`) in the text's `word_start_fold`."""
    words = _start_words(pattern)
    spaced = word_start_fold(text) if words is not None else None
    if spaced is None:
        return may_match(pattern, text)
    for word in words:  # noqa: SIM110 - (a plain loop: no generator to build)
        if word in spaced:
            return True
    return False
