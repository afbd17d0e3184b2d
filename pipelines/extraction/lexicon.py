"""Regex fragments built from the vocabulary files: the one place where words become patterns.

English entries are surface forms, written out. Russian entries are lemmas; pymorphy3 gives every
form of each (cases, numbers, participles), so "Брянская область", "над Брянской областью" and
"в Брянской области" are one entry. Multi-word forms match across any run of spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import pymorphy3

from pipelines.extraction.vocabulary import load


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@cache
def ru_forms(lemma: str) -> frozenset[str]:
    """Every form of a Russian word (of each of its readings whose normal form is `lemma`), with "ё"
    also spelt "е" as the press mostly writes it."""
    forms = {lemma}
    for parse in _morph().parse(lemma):
        if parse.normal_form == lemma.lower().replace("ё", "е") or parse.normal_form == lemma.lower():
            forms.update(f.word for f in parse.lexeme)
    return frozenset(forms | {f.replace("ё", "е") for f in forms})


@lru_cache(maxsize=4096)
def morph_parse(word: str) -> tuple:
    """pymorphy3's readings of a word (cached: the same words recur from text to text)."""
    return tuple(_morph().parse(word))


def ru_lemma(word: str) -> str:
    """The normal form of a Russian word (its most likely reading)."""
    return _morph().parse(word)[0].normal_form


def ru_case_forms(lemma: str, grammemes: frozenset[str]) -> frozenset[str]:
    """The forms of a Russian lemma that carry all `grammemes` ({"gent", "sing"}: "беспилотника")."""
    out = set()
    for parse in _morph().parse(lemma):
        if parse.normal_form == lemma:
            out.update(f.word for f in parse.lexeme if grammemes <= f.tag.grammemes)
    return frozenset(out | {f.replace("ё", "е") for f in out})


def ru_singular_nominative(lemma: str) -> frozenset[str]:
    """The nominative singular forms of a Russian lemma (what counts one drone on its own)."""
    out = {lemma}
    for parse in _morph().parse(lemma):
        if parse.normal_form == lemma:
            out.update(f.word for f in parse.lexeme if {"nomn", "sing"} <= f.tag.grammemes)
    return frozenset(out)


_SPACE = " "  # a multi-word form's space: any run of spaces in the text


def _trie(forms: Iterable[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for c in _SPACE.join(form.split()):
            node = node.setdefault(c, {})
        node[""] = {}  # a form ends here
    return root


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if c == _SPACE else re.escape(c)) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # (a form that ends here may also go on: the longer reading is tried first, as re does with "?")
    return f"(?:{body})?" if ends else body


def alternation(forms: Iterable[str]) -> str:
    """A regex that matches any of the literal `forms`, longer readings first (so "shot down" wins
    over "shot"), built as a trie: re then rejects a position on its first letter instead of trying
    every form in turn. The spaces of a multi-word form match any run of spaces."""
    forms = [f for f in forms if f.strip()]
    if not forms:
        return "(?!)"
    return "(?:" + _emit(_trie(forms)) + ")"


def phrase_forms(words: list[str]) -> str:
    """A multi-word Russian phrase, each word in any of its forms ("беспилотных летательных аппаратов")."""
    return r"\s+".join(alternation(ru_forms(w)) for w in words)


def event_forms(kind: str) -> list[str]:
    """Surface forms of one event kind's words (`intercept`, `launch`, `attack`, `negative`) in every
    language."""
    forms = list(load("en", "events").get(kind, []))
    ru = load("ru", "events")
    for lemma in ru.get(kind, []):
        forms.extend(ru_forms(lemma))
    forms.extend(ru.get(f"{kind}_forms", []))
    return forms


def event_pattern(kind: str) -> str:
    """One event kind's words as a regex; a form with exceptions gets a look-ahead that excludes them
    ("detected" but not "detected and")."""
    unless = load("en", "events").get(f"{kind}_unless_followed_by", {})
    plain = [f for f in event_forms(kind) if f not in unless]
    guarded = [
        re.escape(f) + r"(?!\s+(?:" + "|".join(re.escape(w) + r"\b" for w in words) + "))"
        for f, words in unless.items()
    ]
    return "(?:" + "|".join([alternation(plain), *guarded]) + ")"


def drone_nouns() -> tuple[list[str], list[str]]:
    """(English singular forms, every drone noun as regex pieces): the Russian phrases, then one
    trie of every literal form (English forms, Russian lemmas' forms, abbreviations), so that a
    position is rejected on its first letter rather than by each noun in turn."""
    singular, literal, phrases = [], [], []
    for noun in load("en", "drones").get("noun", []):
        singular += [noun["singular"]] if "singular" in noun else []
        literal += [*([noun["singular"]] if "singular" in noun else []), *noun.get("plural", [])]
    for noun in load("ru", "drones").get("noun", []):
        if "lemma" in noun:
            literal += ru_forms(noun["lemma"])
        elif "phrase" in noun:
            phrases.append(phrase_forms(noun["phrase"]))
        else:
            literal.append(noun["abbreviation"])
    return singular, [*phrases, alternation(literal)]


def ru_singular_nouns() -> list[str]:
    """Russian drone nouns whose nominative singular counts one drone on its own, as regex pieces."""
    out = []
    for noun in load("ru", "drones").get("noun", []):
        if not noun.get("singular"):
            continue
        if "lemma" in noun:
            out.append(alternation(ru_singular_nominative(noun["lemma"])))
        elif "phrase" in noun:
            out.append(r"\s+".join(alternation(ru_singular_nominative(w)) for w in noun["phrase"]))
        else:
            out.append(alternation([noun["abbreviation"]]))
    return out


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# heads that a coordinated list leaves out ("над Брянской и Курской областями"): the adjective names the place
_GENERIC_HEADS = {"область", "край", "округ", "республика", "регион", "море"}
_CYRILLIC = re.compile("[а-яё]", re.I)


def is_russian(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@cache
def place_forms(name: str, kind: str) -> frozenset[str]:
    """Every case form of a Russian place name, so that the alias table lists each place once:
    "Брянская область" gives "Брянской области", "Брянскую область", ... and the adjective alone in
    every form ("над Брянской и Курской областями" names the oblast by its adjective); a city
    ("Брянск") gives its forms when pymorphy3 knows it as a place name (Geox), "Курск" -> "Курске"."""
    words = name.split()
    parses = [_morph().parse(w) for w in words]
    out = {name}
    if kind == "city":
        geo = [p for p in parses[0] if "Geox" in p.tag] if len(words) == 1 else []
        for p in geo[:1]:
            out.update(f.word for f in p.lexeme if "sing" in f.tag or "Sgtm" in f.tag)
        return frozenset(out)
    # the words up to the head noun agree with it and take its case; words after it stay ("Республики Крым")
    chosen = []
    for w, ps in zip(words, parses, strict=True):
        adjective = next((p for p in ps if p.tag.POS == "ADJF"), None)
        noun = next((p for p in ps if p.tag.POS == "NOUN"), None)
        chosen.append(adjective if adjective and not chosen_head(chosen) and w != words[-1] else noun or ps[0])
        if chosen[-1].tag.POS == "NOUN":
            break
    rest = words[len(chosen) :]
    if len(words) == 1:
        # an adjective keeps its own gender ("Ивановская", not the village "Ивановское")
        gender = chosen[0].tag.gender if chosen[0].tag.POS == "ADJF" else None
        out.update(f.word for f in chosen[0].lexeme if gender is None or f.tag.gender in (gender, None))
        return frozenset(out | {f.replace("ё", "е") for f in out})
    for case in _CASES:
        for number in ("sing", "plur"):
            inflected = [(p.inflect({case, number}) or p).word for p in chosen]
            out.add(" ".join([*inflected, *(w.lower() for w in rest)]))
    head = chosen[-1]
    if chosen[0].tag.POS == "ADJF" and head.normal_form in _GENERIC_HEADS:
        # the adjective alone, in the head noun's gender ("Брянской и Курской областей"; not the
        # neuter "Ивановское", a village's name, nor "Северной" of "Северная Осетия")
        gender = head.tag.gender
        out.update(f.word for f in chosen[0].lexeme if f.tag.gender in (gender, None))
    return frozenset(out | {f.replace("ё", "е") for f in out})


def chosen_head(chosen: list) -> bool:
    return any(p.tag.POS == "NOUN" for p in chosen)
