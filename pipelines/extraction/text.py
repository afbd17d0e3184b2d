"""Text preparation: character normalisation, boilerplate, headlines, sentence units.

Every transformation keeps character offsets (one character in, one out), so spans
stored with a claim point into the document text as ingested.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

# one-for-one replacements only: offsets must survive. (No replacement is itself replaced, so
# replacing one character after the other is the same as translating all at once.)
_REPLACEMENTS = tuple(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\t": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "\u2013",
        "\u2015": "\u2014",
    }.items()
)
assert not {new for _, new in _REPLACEMENTS} & {old for old, _ in _REPLACEMENTS}

# re.IGNORECASE takes a character for a letter when their (one-character) lowercase forms agree,
# and also counts a few look-alikes as the same letter; `fold` maps those to the letter first
_FOLD_MAP = str.maketrans("\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87", "iisвдосттъѣ")
_FOLD_RE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c87]")


@lru_cache(maxsize=64)  # several prefilters read the same sentence
def fold(text: str) -> str:
    """Lowercase `text` as case-insensitive patterns compare it, one character for one: a pattern
    compiled with re.IGNORECASE that matches `text` spells its (lowercase) literal words in `fold(text)`,
    so `word in fold(text)` is a cheap necessary test before the pattern's own, slower search."""
    # (an ASCII text, most of them, has none of the look-alikes: isascii is a flag, the search a scan)
    if not text.isascii() and _FOLD_RE.search(text):
        text = text.translate(_FOLD_MAP)
    return text.lower()


@lru_cache(maxsize=64)  # several start searches read the same sentence
def padded_fold(text: str) -> str:
    """`fold(text)` after one space: for a start search (`matches_at_starts`) that begins with the
    character before a match, so that a start found at i is a match that may begin at text[i]."""
    return " " + fold(text)


def spells_any(text: str, words: Iterable[str]) -> bool:
    """Does `text` spell one of `words` (lowercase), as a case-insensitive pattern reads it?"""
    folded = fold(text)
    # (a plain loop builds no generator or map object: a fifth faster over the calls of a corpus)
    for word in words:  # noqa: SIM110 - see above
        if word in folded:
            return True
    return False


def spelt(text: str, words: Iterable[str]) -> tuple[str, ...]:
    """The `words` that `text` spells (see `spells_any`). Of a document's words, its sentences
    spell only these (a sentence is a piece of the text, and `fold` maps character for character),
    so a prefilter run on every sentence need test only them."""
    return tuple(filter(fold(text).__contains__, words))  # (filter: no Python frame per word)


# Lines that are site furniture, not reporting (subscription appeals, comment forms, links).
BOILERPLATE_RE = re.compile(
    r"^\s*(?:"
    r"subscribe\b|sign up\b|follow us\b|share this\b|share:|like what you read|support (?:independent|our)"
    r"|read (?:more|also)\b|related:|see also\b|comments?\b|leave a (?:comment|reply)|post comment"
    r"|you must be logged in|log in\b|name \*|email \*|your email address|required fields"
    r"|\d+ comments?\b|we will (?:keep )?updat|this (?:story|page) (?:will be|is being) updated"
    r"|this article was (?:produced|translated)|\(reporting by|editing by|advertisement\b"
    r"|подписывайтесь|читайте также|поделиться"
    r")",
    re.IGNORECASE,
)
# Bracketed editorial notes: "[Translator's note: ...]", "[This text was machine-translated ...]"
NOTE_RE = re.compile(r"\[(?:[^\[\]]{0,400}?(?:note|translat|edited|machine)[^\[\]]{0,400}?)\]", re.IGNORECASE)

_ABBREV = (
    r"a\.m|p\.m|St|Mr|Mrs|Ms|Dr|Gov|Gen|Lt|Col|Maj|Sgt|Rep|Sen|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|etc|km|ул|г|им|т\.е|т\.д|др"
)
# a sentence ends at . ! ? (plus closing quotes/brackets) before a capital, digit or quote on its
# line. (A line continued by the next one ends in : ; or , so no end is followed by a line break.)
# It is searched in a copy of the text where "!" and "?" read "." (`_as_dots`): `re` finds a pattern
# that starts with one literal character by a fast scan, one that starts with a class by testing each
_SENT_END_RE = re.compile(r"\.[\"')\]]*(?=[^\S\n]+[\"'(\[]?[A-ZА-ЯЁ0-9\u2013\u2014-])")
_ABBREV_END_RE = re.compile(rf"(?:\b(?:{_ABBREV})|\b[A-ZА-Я])\.$")
_BULLET_RE = re.compile(r"^\s*(?:[\u2013\u2014\-•*·]|\d+[.)])\s+")
_GLUED_HEADLINE_RE = re.compile(r"(?<![A-Za-z])([a-z]{3,})([A-Z][a-z])")


# not frozen (a frozen one costs 3× to build, by object.__setattr__); never mutated, hashed by value
@dataclass(unsafe_hash=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False


def normalize(text: str) -> str:
    """`text` with typographic quotes, dashes and spaces made plain, one character for one."""
    # (str.translate looks up every character in a dict, ~130 ns each in a non-ASCII text; a
    # replace is a fast scan, and an ASCII text holds only the tab of all the characters replaced)
    if text.isascii():
        return text.replace("\t", " ")
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _mask(text: str) -> tuple[str, list[str]]:
    """Blank out boilerplate lines and editorial notes (same length, offsets kept); the text and its lines."""
    if "[" in text:  # (every note has one, most texts none)
        text = NOTE_RE.sub(_blank, text)
    lines, in_links, dropped = text.split("\n"), False, False
    for i, line in enumerate(lines):
        # bullet lines under a "Read more:" header are links too (an empty line is neither)
        if line and (BOILERPLATE_RE.match(line) or (in_links and _BULLET_RE.match(line))):
            in_links = in_links or line.rstrip().endswith(":")
            lines[i] = " " * len(line)
            dropped = True
        else:
            in_links = False
    return ("\n".join(lines) if dropped else text), lines


def _as_dots(text: str) -> str:
    """`text` with "!" and "?" read as "." (same length), for `_SENT_END_RE`."""
    return text.replace("!", ".").replace("?", ".")


def _split_line(line: str, offset: int, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of `line`, which starts at `offset` in the text, given the spans of the
    matches of `_SENT_END_RE` in it."""
    spans, start = [], 0
    for m_start, m_end in found:
        cut = m_start + 1 - offset  # after the . ! ?
        # an abbreviation is at most 7 characters: 10 show it and the boundary before it
        if _ABBREV_END_RE.search(line, max(start, cut - 10), cut):
            continue
        spans.append((offset + start, m_end))
        start = m_end - offset
    spans.append((offset + start, offset + len(line)))
    return spans


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(words) <= 30 and not re.search(r"[.!?:\"']$", stripped)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence units of a normalised text.

    Paragraphs are lines; a line ending in ':' absorbs the bullet lines that follow it
    (a total followed by a listed breakdown is one unit). A first line that reads as a
    headline, or a headline glued to the first sentence ("...overnightThe governor"),
    is marked `headline`.
    """
    masked, lines = _mask(text)
    # the sentence ends of the whole text at once (most lines have none: one bisect tells)
    ends = [m.span() for m in _SENT_END_RE.finditer(_as_dots(masked))]
    end_starts = [start for start, _ in ends]
    raw: list[tuple[int, int, int, bool]] = []  # start, end, paragraph, headline
    pos, paragraph, first_content = 0, 0, True
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        line_start = pos
        pos += len(line) + 1
        i += 1
        if not line.strip():
            continue
        end = line_start + len(line)
        # a list introduced by a colon continues on bullet lines (each but the last ending in ; or ,)
        while line.rstrip().endswith((":", ";", ",")) and i < n and _BULLET_RE.match(lines[i]):
            line = lines[i]
            end = pos + len(line)
            pos += len(line) + 1
            i += 1
        if first_content:
            first_content = False
            block = masked[line_start:end]
            glued = _GLUED_HEADLINE_RE.search(block)
            if glued and _looks_like_headline(block[: glued.end(1)]):
                cut = line_start + glued.end(1)
                raw.append((line_start, cut, paragraph, True))
                line_start = cut
            elif _looks_like_headline(block):
                raw.append((line_start, end, paragraph, True))
                paragraph += 1
                continue
        k = bisect_left(end_starts, line_start)
        if k < len(ends) and end_starts[k] < end:
            found = ends[k : bisect_left(end_starts, end, k)]
            for s, e in _split_line(masked[line_start:end], line_start, found):
                raw.append((s, e, paragraph, False))
        else:
            raw.append((line_start, end, paragraph, False))
        paragraph += 1
    out: list[Sentence] = []
    unmasked = masked is text  # (most texts: then a stripped piece of `masked` is the sentence's text)
    for s, e, para, headline in raw:
        seg = masked[s:e]
        stripped = seg.strip()
        if not stripped:
            continue
        start = s + len(seg) - len(seg.lstrip())
        end = start + len(stripped)
        out.append(Sentence(len(out), start, end, stripped if unmasked else text[start:end], para, headline))
    return out


def first_letter_alternation(alternatives: Iterable[str]) -> str:
    """A case-sensitive alternation of regex `alternatives` (each starting with a plain letter), grouped
    by first letter: re skips a group on its first letter at once, where a flat one tries every word."""
    rests: dict[str, set[str]] = {}
    for a in alternatives:
        rests.setdefault(a[0], set()).add(a[1:])
    groups = (f"{c}(?:{'|'.join(sorted(r, key=len, reverse=True))})" for c, r in sorted(rests.items()))
    return "(?:" + "|".join(groups) + ")"


def matches_at_starts(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, folded: str
) -> Iterator[re.Match[str]]:
    r"""`pattern.finditer(text)`, trying `pattern` only where `starts` finds a match in `folded`.

    A case-insensitive pattern that begins with a look-behind, `\b` or a group tries all its
    alternatives at every character; `starts`, a plain lowercase search, rejects most positions on
    their first letter. `folded` is `fold(text)` (a start at i means a match may begin at i), or
    `padded_fold(text)` for a `starts` that begins with the character before a match. `starts` must
    find every position where `pattern` matches (more do no harm), and `pattern` must never match
    the empty string. Tests in tests/extraction/test_match_starts.py and test_start_searches.py
    check each pair, one phrase per alternative: a new alternative needs its start and its phrase.
    """
    pos = 0
    while start := starts.search(folded, pos):
        if m := pattern.match(text, start.start()):
            yield m
            pos = m.end()
        else:
            pos = start.start() + 1  # (starts may overlap: every one is tried)
