"""Phrases of a vocabulary file turned into regular expressions, their start searches and their
prefilter words, so that a word is written once, in data, and every search that needs it is built.

Phrase syntax (see vocab/en/roles.toml): words separated by spaces match across whitespace; "a/b"
is either word; "word?" may be left out; "~" is up to two words of a name; "word*" takes any
ending. Russian phrases are dictionary forms, inflected by `lexicon.ru_phrase_forms` instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipelines.extraction.lexicon import trie

GAP = r"(?:\s+[\w'-]+){0,2}"  # "~": up to two words of a name


@dataclass(frozen=True)
class Token:
    alternatives: tuple[str, ...]  # lowercase words as written (with any "*" stripped)
    optional: bool = False
    runs_on: bool = False  # "word*"
    gap: bool = False


def tokens(phrase: str, spellings: Mapping[str, str] | None = None) -> list[Token]:
    """The tokens of `phrase`, each word with its other spellings ("defence" also "defense")."""
    out = []
    for raw in phrase.split():
        if raw == "~":
            out.append(Token((), gap=True))
            continue
        optional = raw.endswith("?")
        raw = raw.rstrip("?")
        runs_on = raw.endswith("*")
        words = [w.rstrip("*").lower() for w in raw.split("/")]
        for a, b in (spellings or {}).items():
            words += [w.replace(a, b) for w in words if a in w]
        out.append(Token(tuple(dict.fromkeys(words)), optional, runs_on))
    return out


def _word_regex(t: Token) -> str:
    body = "|".join(re.escape(w) for w in sorted(t.alternatives, key=len, reverse=True))
    body = f"(?:{body})" if len(t.alternatives) > 1 else body
    return body + (r"\w*" if t.runs_on else "")


def phrase_regex(phrase: str, spellings: Mapping[str, str] | None = None, whole: bool = False) -> str:
    """The pattern of `phrase` (to compile with re.IGNORECASE); `whole`: it ends at a word's end."""
    parts = []
    after_word = False  # (a word before: the next one needs the whitespace between)
    for t in tokens(phrase, spellings):
        if t.gap:
            parts.append(GAP)
        elif t.optional:
            parts.append(rf"(?:\s+{_word_regex(t)})?" if after_word else rf"(?:{_word_regex(t)}\s+)?")
            continue
        else:
            parts.append((r"\s+" if after_word else "") + _word_regex(t))
        after_word = True
    return "".join(parts) + (r"(?!\w)" if whole else "")


def phrase_starts(phrase: str, spellings: Mapping[str, str] | None = None) -> list[str]:
    """Plain lowercase patterns, one per first word, that find where a match of `phrase` begins in
    `text.fold(...)`: each spells the phrase up to its first gap, optional or run-on word, the more to
    reject a position at once ("air\\s+force", not "air": "air defence" is no role)."""
    toks = tokens(phrase, spellings)
    if toks[0].optional or toks[0].gap:
        raise ValueError(f"a phrase must begin with a required word: {phrase!r}")
    rest = ""
    for t in toks[1:]:
        if t.gap:
            rest += r"\s"  # (a gap is followed by a space and the next word)
            break
        if t.optional:
            break
        rest += r"\s+" + _word_regex(t)
        if t.runs_on:
            break
    first = toks[0]
    return [re.escape(w) + ("" if first.runs_on else rest) for w in first.alternatives]


def prefilter_words(phrase: str, spellings: Mapping[str, str] | None = None) -> list[list[str]]:
    """The word sets of `phrase`: every match spells one word of each set (lowercase). A set is a
    required token's spellings (or their common start, "defen"); short function words ("of",
    "the"), which every text spells, are left out when a longer word is there."""
    toks = [t for t in tokens(phrase, spellings) if not t.gap and not t.optional]
    telling = [t for t in toks if min(map(len, t.alternatives)) >= 4] or toks
    out = []
    for t in telling:
        prefix = common_prefix(t.alternatives)
        out.append([prefix] if len(prefix) >= 4 else list(t.alternatives))
    return out


def cover(options: Iterable[list[list[str]]]) -> tuple[str, ...]:
    """Few words such that each phrase, given by its word sets (`prefilter_words`), spells one: a
    phrase whose set already holds a chosen word (or a word that spells one) needs nothing more,
    else its longest single word, or its first set of the fewest words."""
    chosen: list[str] = []
    options = list(options)
    for sets in sorted(options, key=len):
        if any(all(any(c in w for c in chosen) for w in s) for s in sets):
            continue
        ranked = sorted(enumerate(sets), key=lambda i_s: (len(i_s[1]), -len(i_s[1][0]) if len(i_s[1]) == 1 else i_s[0]))
        chosen += ranked[0][1]
    # (in the order of the phrases: the vocabulary's most common roles come first)
    ordered = [w for sets in options for s in sets for w in s if w in chosen]
    return fewest_words(ordered)


def fewest_words(words: Iterable[str]) -> tuple[str, ...]:
    """`words` without those that spell another of them (which the other's test already passes), in
    their first order (a prefilter that stops at the first word found tries the first ones first)."""
    words = list(dict.fromkeys(words))
    return tuple(w for w in words if not any(k != w and k in w for k in words))


def fewest_starts(words: Iterable[str]) -> tuple[str, ...]:
    """Start patterns without those that begin with another of them (where one starts, so does the
    other; not when the rest begins with a quantifier of the shorter one's last atom)."""
    kept: list[str] = []
    for w in sorted(set(words), key=len):
        if not any(w.startswith(k) and w[len(k) : len(k) + 1] not in ("?", "*", "+", "{") for k in kept):
            kept.append(w)
    return tuple(kept)


def common_prefix(words: Iterable[str]) -> str:
    """The longest start that all `words` share."""
    words = list(words)
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


_ATOM_RE = re.compile(r"\\[sw][+*]?|\\.|\(\?:[^()]*\)|.", re.S)


def start_alternation(starts: Iterable[str]) -> str:
    """One alternation of plain start patterns, factored by common starts as `lexicon.alternation`
    factors words ("h(?:ead\\s+of\\s|is\\s+...)"): re reads each character once where a list of
    alternatives grouped by first letter tries every alternative of that letter."""
    return _atom_node_regex(trie(_ATOM_RE.findall(s) for s in starts))


def _atom_node_regex(node: dict) -> str:
    if "" in node:
        return ""  # (a start that ends here: whatever longer starts follow it need not be tried)
    branches = [atom + _atom_node_regex(child) for atom, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
