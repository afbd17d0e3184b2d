"""Text preparation: character normalisation, boilerplate, headlines, sentence units.

Every transformation keeps character offsets (one character in, one out), so spans
stored with a claim point into the document text as ingested.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

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


# an ASCII byte that is a word character or "-" stays (lowercase), any other reads a space
_WORD_START_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if c < 128 and (chr(c).isalnum() or chr(c) in "_-") else 32 for c in range(256)
)


@lru_cache(maxsize=64)  # several start searches read the same sentence
def word_start_fold(text: str) -> str | None:
    r"""For an ASCII text: `padded_fold(text)` with every character that is neither a word character
    nor "-" read as a space, so that a start search for a word after such a character opens with a
    literal space, which re finds by a fast scan (a class such as [^\w-] is a test at every
    character). None for a text that is not ASCII."""
    if not text.isascii():
        return None
    return f" {text}".encode().translate(_WORD_START_BYTES).decode()


def spells_any(text: str, words: Iterable[str]) -> bool:
    """Does `text` spell one of `words` (lowercase), as a case-insensitive pattern reads it?"""
    folded = fold(text)
    # (a plain loop builds no generator or map object: a fifth faster over the calls of a corpus)
    for word in words:  # noqa: SIM110 - see above
        if word in folded:
            return True
    return False


# Lines that are site furniture, not reporting (subscription appeals, comment forms, links), matched
# at the start of a line (one with no line break in it)
BOILERPLATE_RE = re.compile(
    r"[^\S\n]*(?:"
    r"subscribe\b|sign up\b|follow us\b|share this\b|share:|like what you read|support (?:independent|our)"
    r"|read (?:more|also)\b|related:|see also\b|comments?\b|leave a (?:comment|reply)|post comment"
    r"|you must be logged in|log in\b|name \*|email \*|your email address|required fields"
    r"|\d+ comments?\b|we will (?:keep )?updat|this (?:story|page) (?:will be|is being) updated"
    r"|this article was (?:produced|translated)|\(reporting by|editing by|advertisement\b"
    r"|подписывайтесь|читайте также|поделиться"
    r")",
    re.IGNORECASE,
)
# In `fold(text)`: the line breaks before lines that may be boilerplate, by how each alternative of
# BOILERPLATE_RE starts (a plain search: `re` scans for its first character, a line break, fast)
_BOILERPLATE_STARTS_RE = re.compile(
    r"\n[^\S\n]*(?:subscribe|sign up|follow us|share|like what you read|support |read |related:|see also|comment"
    r"|leave a |post comment|you must be logged in|log in|name \*|email \*|your email address|required fields"
    r"|\d|we will |this |\(reporting by|editing by|advertisement|подписывайтесь|читайте также|поделиться)"
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
# (group 1: the spaces before the next sentence)
_SENT_END_RE = re.compile(r"\.[\"')\]]*(?=([^\S\n]+)[\"'(\[]?[A-ZА-ЯЁ0-9\u2013\u2014-])")
_ABBREV_END_RE = re.compile(rf"(?:\b(?:{_ABBREV})|\b[A-ZА-Я])\.$")
_BULLET = r"(?:[\u2013\u2014\-•*·]|\d+[.)])"
_BULLET_RE = re.compile(rf"[^\S\n]*{_BULLET}[^\S\n]")  # at the start of a line
# a paragraph's text, from its first non-space character to its last: a line, and the bullet lines
# that follow one ending in : ; or , (each but the last ending in one of them too)
_CONTENT = r"\S(?:[^\n]*\S)?"
_PARAGRAPH_RE = re.compile(rf"{_CONTENT}(?:(?<=[:;,])[^\S\n]*\n[^\S\n]*(?={_BULLET}[^\S\n]){_CONTENT})*")
_HEADLINE_NOT_ENDS = (".", "!", "?", ":", '"', "'")
_GLUED_HEADLINE_RE = re.compile(r"(?<![A-Za-z])([a-z]{3,})([A-Z][a-z])")
_CASE_TURN_RE = re.compile(r"[a-z][A-Z]")  # (in every match of _GLUED_HEADLINE_RE)


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


def _mask(text: str) -> str:
    """Blank out boilerplate lines and editorial notes (same length, offsets kept)."""
    if "[" in text:  # (every note has one, most texts none)
        text = NOTE_RE.sub(_blank, text)
    pieces, done = [], 0
    for start, end in _boilerplate_lines(text):
        pieces += (text[done:start], " " * (end - start))
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the boilerplate lines of `text`, and of the bullet lines (links) under one ending in ':'."""
    spans: list[tuple[int, int]] = []
    done = 0  # (the lines before it are read)
    for start in (0, *(m.start() + 1 for m in _BOILERPLATE_STARTS_RE.finditer(fold(text)))):
        if start < done or not BOILERPLATE_RE.match(text, start):
            continue
        end = _line_end(text, start)
        spans.append((start, end))
        if text[start:end].rstrip().endswith(":"):
            # the lines that follow are links while they are bullets or boilerplate (an empty line is neither)
            while end < len(text) and (BOILERPLATE_RE.match(text, end + 1) or _BULLET_RE.match(text, end + 1)):
                start, end = end + 1, _line_end(text, end + 1)
                spans.append((start, end))
        done = end
    return spans


def _as_dots(text: str) -> str:
    """`text` with "!" and "?" read as "." (same length), for `_SENT_END_RE`."""
    return text.replace("!", ".").replace("?", ".")


def split_sentences(text: str) -> list[Sentence]:
    """Sentence units of a normalised text.

    Paragraphs are lines; a line ending in ':' absorbs the bullet lines that follow it
    (a total followed by a listed breakdown is one unit). A first line that reads as a
    headline, or a headline glued to the first sentence ("...overnightThe governor"),
    is marked `headline`.
    """
    masked = _mask(text)
    paragraphs = list(map(re.Match.span, _PARAGRAPH_RE.finditer(masked)))
    if not paragraphs:
        return []
    out, start, end = [], *paragraphs[0]
    if cut := _headline_length(masked[start:end]):
        out.append(Sentence(0, start, start + cut, text[start : start + cut], 0, True))
        paragraphs[0] = start + cut, end  # (empty if all of it is headline)
    spans = _sentence_spans(masked, paragraphs, start + cut)
    out += [Sentence(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(spans, len(out))]
    return out


def _sentence_spans(masked: str, paragraphs: list[tuple[int, int]], after: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence: the `paragraphs` cut at the sentence ends after `after`."""
    spans = [(s, e, p) for p, (s, e) in enumerate(paragraphs)]
    # (the ends of the whole text at once: most paragraphs have none, so only those with one are cut)
    ends = [(m.start(), m.end(), m.end(1)) for m in _SENT_END_RE.finditer(_as_dots(masked), after)]
    if ends:
        spans = _cut_at_ends(masked, spans, ends)
    if any(e - s > MAX_SENTENCE for s, e, _ in spans):  # (rare: no call per sentence otherwise)
        spans = [piece for span in spans for piece in _bounded(masked, span)]
    return spans if spans[0][0] < spans[0][1] else spans[1:]  # (the first is empty if all headline)


# No real sentence is this long; a "sentence" of 400 KB (a list with no full stop, a broken page)
# would make every per-sentence step, which looks at the sentence's amounts, verbs and places
# together, take time growing with its square. Longer units are cut at a clause break.
MAX_SENTENCE = 2_000


def _bounded(masked: str, span: tuple[int, int, int]) -> list[tuple[int, int, int]]:
    start, end, paragraph = span
    out = []
    while end - start > MAX_SENTENCE:
        lo, hi = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = max(masked.rfind(", ", lo, hi), masked.rfind("; ", lo, hi))
        cut = cut if cut >= 0 else masked.rfind(" ", lo, hi)
        cut = cut + 1 if cut >= 0 else hi
        out.append((start, cut, paragraph))
        start = cut
    out.append((start, end, paragraph))
    return out


def _cut_at_ends(
    masked: str, spans: list[tuple[int, int, int]], ends: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """`spans`, one per paragraph, with the paragraphs where `ends` are cut into sentences."""
    out: list[tuple[int, int, int]] = []
    done, k = 0, 0  # (spans before `done` and ends before `k` are in `out`)
    while k < len(ends):
        p = bisect_right(spans, ends[k][0], key=itemgetter(0)) - 1  # the paragraph of the end
        start, end, _ = spans[p]
        j = k + 1
        while j < len(ends) and ends[j][0] < end:
            j += 1
        out += spans[done:p]
        out += [(s, e, p) for s, e in _split_paragraph(masked, start, end, ends[k:j])]
        done, k = p + 1, j
    return out + spans[done:]


def _headline_length(block: str) -> int:
    """How much of the first paragraph `block` is a headline: all of it, one glued to the first
    sentence ("...overnightThe governor"), or none."""
    # (most have no lowercase letter before a capital one: a plain class search tells, faster)
    glued = _GLUED_HEADLINE_RE.search(block) if _CASE_TURN_RE.search(block) else None
    if glued and _looks_like_headline(block[: glued.end(1)]):
        return glued.end(1)
    return len(block) if _looks_like_headline(block) else 0


def _split_paragraph(masked: str, start: int, end: int, found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph `masked[start:end]` (first to last non-space character), given
    the matches of `_SENT_END_RE` in it (start, end, and where the next sentence starts)."""
    block = masked[start:end]
    spans, first, last = [], start, 0  # (last: after the last sentence end, in the block)
    for m_start, m_end, next_start in found:
        cut = m_start + 1 - start  # after the . ! ?
        # an abbreviation is at most 7 characters: 10 show it and the boundary before it
        if _ABBREV_END_RE.search(block, max(last, cut - 10), cut):
            continue
        spans.append((first, m_end))
        first, last = next_start, m_end - start
    spans.append((first, end))
    return spans


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    # (at most 30 words: split no further than the 31st)
    return bool(stripped) and not stripped.endswith(_HEADLINE_NOT_ENDS) and len(stripped.split(None, 30)) <= 30


def first_letter_alternation(alternatives: Iterable[str]) -> str:
    """A case-sensitive alternation of regex `alternatives` (each starting with a plain letter), grouped
    by first letter: re skips a group on its first letter at once, where a flat one tries every word."""
    rests: dict[str, set[str]] = {}
    for a in alternatives:
        rests.setdefault(a[0], set()).add(a[1:])
    # (longest first; ties in a fixed order, so that a pattern is the same string in every process)
    groups = (f"{c}(?:{'|'.join(sorted(r, key=lambda a: (-len(a), a)))})" for c, r in sorted(rests.items()))
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
