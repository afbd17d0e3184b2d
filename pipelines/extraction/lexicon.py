"""Words become patterns here, and only here: trie alternations of literal forms, Russian
inflection (pymorphy3, one analyser per process) and the patterns of the event and drone words.

English entries are surface forms, written out. Russian entries are lemmas; pymorphy3 gives every
form of each (cases, numbers, participles), so "Брянская область", "над Брянской областью" and
"в Брянской области" are one entry. Multi-word forms match across any run of spaces.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

import pymorphy3

from pipelines.extraction.cache import persistent
from pipelines.extraction.vocabulary import LANGUAGES, load

# --- alternations ---------------------------------------------------------------------------------


def trie(sequences: Iterable[Iterable[str]]) -> dict:
    """The prefix tree of `sequences` (of characters, or of regex atoms): each node maps the next
    item to its child node; the key "" marks a sequence that ends there."""
    root: dict = {}
    for sequence in sequences:
        node = root
        for item in sequence:
            node = node.setdefault(item, {})
        node[""] = {}
    return root


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if c == " " else re.escape(c)) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # (a form that ends here may also go on: the longer reading is tried first, as re does with "?")
    return f"(?:{body})?" if ends else body


def alternation(forms: Iterable[str]) -> str:
    """A regex that matches any of the literal `forms`, longer readings first (so "shot down" wins
    over "shot"), built as a trie: re then rejects a position on its first letter instead of trying
    every form in turn. The spaces of a multi-word form match any run of spaces."""
    forms = [" ".join(f.split()) for f in forms if f.strip()]
    if not forms:
        return "(?!)"
    return "(?:" + _emit(trie(forms)) + ")"


# --- Russian inflection -----------------------------------------------------------------------------


@cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()  # (~20 MB of dictionary: every module shares this one)


@lru_cache(maxsize=4096)
def morph_parse(word: str) -> tuple:
    """pymorphy3's readings of a word (cached: the same words recur from text to text)."""
    return tuple(_morph().parse(word))


_CYRILLIC = re.compile("[а-яё]", re.I)


def is_russian(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def _with_e(forms: Iterable[str]) -> frozenset[str]:
    """`forms` and their spellings with "е" for "ё", as the press mostly writes them."""
    forms = set(forms)
    return frozenset(forms | {f.replace("ё", "е") for f in forms})


def _readings(lemma: str) -> list:
    """The readings of `lemma` whose normal form it is (spelt with "ё" or "е")."""
    lemma = lemma.lower()
    return [p for p in _morph().parse(lemma) if p.normal_form in (lemma, lemma.replace("ё", "е"))]


def merged_forms(topic: str, *path: str) -> list[str]:
    """The list at `path` of every language's `topic` file, English words as written and Russian
    lemmas in every form (vocabulary.merged, with the forms)."""
    out: list[str] = []
    for lang in LANGUAGES:
        entry = load(lang, topic)
        for key in path:
            entry = entry[key]
        out += [f for lemma in entry for f in ru_forms(lemma)] if lang == "ru" else entry
    return out


@persistent
def ru_forms(lemma: str) -> frozenset[str]:
    """Every form of a Russian word (of each of its readings whose normal form is `lemma`)."""
    return _with_e([lemma, *(f.word for p in _readings(lemma) for f in p.lexeme)])


@persistent
def ru_case_forms(lemma: str, grammemes: frozenset[str]) -> frozenset[str]:
    """The forms of a Russian lemma that carry all `grammemes` ({"gent", "sing"}: "беспилотника")."""
    return _with_e(f.word for p in _readings(lemma) for f in p.lexeme if grammemes <= f.tag.grammemes)


def ru_singular_nominative(lemma: str) -> frozenset[str]:
    """The nominative singular forms of a Russian lemma (what counts one drone on its own)."""
    return ru_case_forms(lemma, frozenset({"nomn", "sing"})) | {lemma}


# the second locative, genitive and accusative and the vocative agree like the first ones
_MAIN_CASE = {"loc2": "loct", "gen2": "gent", "acc2": "accs", "voct": "nomn"}


@persistent
def ru_phrase_forms(phrase: str) -> tuple[str, ...]:
    """Every case and number of a Russian `phrase` in its dictionary form: the words up to its first
    noun agree with that noun, the words after it (a genitive complement) stay as written."""
    words = phrase.lower().split()
    parses = [_morph().parse(w)[0] for w in words]
    head = next((i for i, p in enumerate(parses) if p.tag.POS == "NOUN"), None)
    if head is None:
        raise ValueError(f"no noun in {phrase!r}")
    rest = " ".join(words[head + 1 :])
    forms = set()
    for noun in parses[head].lexeme:
        case, number = _MAIN_CASE.get(noun.tag.case, noun.tag.case), noun.tag.number
        before = []
        for p in parses[:head]:
            agreeing = {
                f.word
                for f in p.lexeme
                if f.tag.POS == "ADJF"
                and "Supr" not in f.tag
                and f.tag.case == case
                and f.tag.number == number
                and (number == "plur" or f.tag.gender == noun.tag.gender)
                and (f.tag.animacy is None or f.tag.animacy == noun.tag.animacy)
            }
            before.append(sorted(agreeing))
        if not all(before):
            continue  # (a second locative or genitive that no adjective has: its first form is there)
        for combo in itertools.product(*before):
            forms.add(" ".join([*combo, noun.word, rest]).strip())
    return tuple(sorted(forms))


@persistent
def ru_numeral_forms(lemma: str) -> dict[str, tuple[bool, bool]]:
    """Every form of a Russian numeral, or of a noun or adjective that counts ("десяток", "полсотни"),
    with (has a singular reading, has a plural reading); a numeral has no number: it reads as
    singular. Empty when pymorphy3 knows no such word."""
    out: dict[str, tuple[bool, bool]] = {}
    for parse in morph_parse(lemma):
        if (
            parse.normal_form not in (lemma, lemma.replace("ё", "е"))
            or "Abbr" in parse.tag
            or parse.tag.POS not in ("NUMR", "NOUN", "ADJF")
        ):
            continue  # ("сто" is also an abbreviation, "три" also a verb)
        for form in parse.lexeme:
            sing, plur = out.get(form.word, (False, False))
            out[form.word] = (sing or form.tag.number != "plur", plur or form.tag.number == "plur")
        break  # (one lexeme: "сорок" is also the genitive plural of "сорока", the magpie)
    return out


@persistent
def ru_verb_forms(lemma: str) -> tuple[str, ...]:
    """The finite forms (past, present, future) and gerunds of a Russian verb in the infinitive."""
    p = next(p for p in _morph().parse(lemma) if p.tag.POS == "INFN")
    return tuple(sorted({f.word for f in p.lexeme if f.tag.POS in ("VERB", "GRND") and f.tag.mood != "impr"}))


@persistent
def ru_adjective_forms(lemma: str) -> tuple[str, ...]:
    """Every full form of a Russian adjective ("украинский": "украинские", "украинских", ...)."""
    p = next(p for p in _morph().parse(lemma) if p.tag.POS == "ADJF")
    return tuple(sorted({f.word for f in p.lexeme if f.tag.POS == "ADJF" and "Supr" not in f.tag}))


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
# heads that a coordinated list leaves out ("над Брянской и Курской областями"): the adjective names the place
_GENERIC_HEADS = {"область", "край", "округ", "республика", "регион", "море"}


@cache  # (only the alias table, itself kept on disk, asks: see gazetteer._aliases)
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
        chosen.append(adjective if adjective and w != words[-1] else noun or ps[0])
        if chosen[-1].tag.POS == "NOUN":
            break
    rest = words[len(chosen) :]
    if len(words) == 1:
        # an adjective keeps its own gender ("Ивановская", not the village "Ивановское")
        gender = chosen[0].tag.gender if chosen[0].tag.POS == "ADJF" else None
        out.update(f.word for f in chosen[0].lexeme if gender is None or f.tag.gender in (gender, None))
        return _with_e(out)
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
    return _with_e(out)


# --- the event and drone words of the vocabulary --------------------------------------------------


def _event_forms(kind: str) -> list[str]:
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
    plain = [f for f in _event_forms(kind) if f not in unless]
    guarded = [
        re.escape(f) + r"(?!\s+(?:" + "|".join(re.escape(w) + r"\b" for w in words) + "))"
        for f, words in unless.items()
    ]
    return "(?:" + "|".join([alternation(plain), *guarded]) + ")"


def _words_pattern(words: list[str], forms_of: Callable[[str], Iterable[str]]) -> str:
    """A Russian phrase, each word in any of `forms_of` it ("беспилотных летательных аппаратов")."""
    return r"\s+".join(alternation(forms_of(w)) for w in words)


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
            phrases.append(_words_pattern(noun["phrase"], ru_forms))
        else:
            literal.append(noun["abbreviation"])
    return singular, [*phrases, alternation(literal)]


def ru_singular_nouns() -> list[str]:
    """Russian drone nouns whose nominative singular counts one drone on its own, as regex pieces."""
    out = []
    for noun in load("ru", "drones").get("noun", []):
        if not noun.get("singular"):
            continue
        words = [noun["lemma"]] if "lemma" in noun else noun.get("phrase")
        if words is None:
            out.append(alternation([noun["abbreviation"]]))
        else:
            out.append(_words_pattern(words, ru_singular_nominative))
    return out
