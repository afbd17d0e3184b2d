"""Who reported a number: `role:JURISDICTION` as ANNOTATION.md defines it.

Reporters are found by role words ("governor", "Defence Ministry", "air force", ...), tied to
their jurisdiction by the region or country written next to them, and remembered by name so
that "Kalitin wrote" later in the text maps to the governor of Voronezh.

Every word lives in vocab/<lang>/roles.toml (roles, speech words, unknown-source markers, actors,
officials); the patterns, their start searches and prefilter words below are built from it
(phrases.py), so a new word is one line there and every search knows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from pipelines.extraction import prefilter
from pipelines.extraction.gazetteer import Place
from pipelines.extraction.lexicon import alternation, ru_adjective_forms, ru_phrase_forms, ru_verb_forms
from pipelines.extraction.phrases import (
    common_prefix,
    cover,
    fewest_starts,
    phrase_regex,
    phrase_starts,
    prefilter_words,
    start_alternation,
    tokens,
)
from pipelines.extraction.text import fold, matches_at_starts, spells_any
from pipelines.extraction.vocabulary import LANGUAGES, load

_NAME = r"(?:[A-ZА-ЯЁ][a-zа-яё'\-]+|[A-ZА-ЯЁ]\.)(?:\s+(?:[A-ZА-ЯЁ][a-zа-яё'\-]+|[A-ZА-ЯЁ]\.)){0,2}"

# --- the vocabulary (vocab/<lang>/roles.toml), and every pattern and quick test built from it ----
_VOCAB = {lang: load(lang, "roles") for lang in LANGUAGES}
_SPELLINGS: dict[str, str] = {k: v for voc in _VOCAB.values() for k, v in voc.get("spellings", {}).items()}


@dataclass
class _Words:
    """Alternatives of one pattern, their prefilter words and first letters."""

    patterns: list[str] = field(default_factory=list)
    words: list[list[list[str]]] = field(default_factory=list)  # each alternative's word sets
    firsts: list[set[str]] = field(default_factory=list)  # each alternative's first letters

    def phrase(self, phrase: str, whole: bool = False, tail: str = "") -> None:
        """A phrase of the English syntax (phrases.py); `tail` follows it."""
        self.patterns.append(phrase_regex(phrase, _SPELLINGS, whole) + tail)
        self.words.append(prefilter_words(phrase, _SPELLINGS))
        self.firsts.append({w[0] for w in tokens(phrase, _SPELLINGS)[0].alternatives})

    def forms(self, forms: Iterable[str]) -> None:
        """Literal whole-word forms (every case of a Russian phrase, or one as written)."""
        forms = sorted({f.lower() for f in forms})
        self.patterns.append(alternation(forms) + r"(?!\w)")
        self.words.append([[common_prefix({f.split()[0] for f in forms})]])
        self.firsts.append({f[0] for f in forms})


def _role_words(lang: str, table: dict[str, Any]) -> _Words:
    w = _Words()
    for p in table.get("phrases", []):
        if lang == "en":
            w.phrase(p)
        else:
            w.forms(ru_phrase_forms(p))
    for p in table.get("whole", []):
        w.phrase(p, whole=True)
    for p in table.get("fixed", []):
        w.forms([p])
    # "head of Bashkortostan": before a capitalised name only
    for p in table.get("before_name", []):
        w.phrase(p, tail=r"\s+(?=(?:the\s+)?(?-i:[A-ZА-ЯЁ]))")
    # "the ministry" refers back; "the ministry of health" names another one
    for p in table.get("anaphors", []):
        w.phrase(p, tail=r"(?!\s+of\s)")
    return w


# roles in the order of the English file, most specific first; each a named group of ROLE_RE
_ROLES: dict[str, _Words] = {}
for _lang, _voc in _VOCAB.items():
    for _role, _table in _voc.get("roles", {}).items():
        _w = _role_words(_lang, _table)
        _all = _ROLES.setdefault(_role, _Words())
        _all.patterns += _w.patterns
        _all.words += _w.words
        _all.firsts += _w.firsts

ROLE_PATTERNS: list[tuple[str, str]] = [(role, "|".join(w.patterns)) for role, w in _ROLES.items()]
# words of which every match of ROLE_RE spells one (see `fold`); the ASCII ones for an ASCII text
ROLE_WORDS = cover(sets for words in _ROLES.values() for sets in words.words)
_ASCII_ROLE_WORDS = tuple(w for w in ROLE_WORDS if w.isascii())
ROLE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{role}>{pat})" for role, pat in ROLE_PATTERNS) + ")", re.I)


def _role_re_for(first: str) -> re.Pattern[str]:
    """ROLE_RE with only the alternatives that begin with `first` (a lowercase letter, as `fold` reads it)."""
    groups = []
    for role, w in _ROLES.items():
        if alternatives := [p for p, firsts in zip(w.patterns, w.firsts, strict=True) if first in firsts]:
            groups.append(f"(?P<{role}>{'|'.join(alternatives)})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + ")", re.I)


# ROLE_RE by the first letter of the match, tried where a start is found: a case-insensitive
# alternation enters each of its ~100 alternatives at a position (no first-letter skip, as a
# case-sensitive one has), these few. The same match: an alternation takes its first alternative
# that matches, and one that begins with another letter cannot.
_ROLE_RE_BY_FIRST = {c: _role_re_for(c) for c in sorted({c for w in _ROLES.values() for f in w.firsts for c in f})}


def _role_matches(sentence: str) -> Iterator[re.Match[str]]:
    """`ROLE_RE.finditer(sentence)`, tried only where its derived start search finds a start (prefilter.py)."""
    starts, folded = prefilter.start_search(ROLE_RE, sentence)
    # (a start found at i in the padded text is a match that may begin at sentence[i], folded[i + 1])
    pos = 0
    while start := starts.search(folded, pos):
        i = start.start()
        if (role_re := _ROLE_RE_BY_FIRST.get(folded[i + 1])) and (m := role_re.match(sentence, i)):
            yield m
            pos = m.end()
        else:
            pos = i + 1


# the armed forces in general: reported as the body that issues the country's counts
ARMED_FORCES = "armed_forces"
ARMED_FORCES_VOICE: dict[str, str] = {
    k: v for voc in _VOCAB.values() for k, v in voc.get("armed_forces_voice", {}).items()
}
NATIONAL = {
    "defence_ministry",
    "air_force",
    "general_staff",
    "president",
    "emergency_service",
    "military",
    ARMED_FORCES,
}
DEFAULT_COUNTRY = {
    "air_force": "UA",
    "general_staff": "UA",
    "president": "UA",
    "emergency_service": "UA",
    "military": "UA",
    ARMED_FORCES: "UA",
    "defence_ministry": "RU",
}


def _fold_words(text: str) -> str:
    return " ".join(fold(text).split())


def _jurisdictions() -> dict[str, str]:
    """Folded names of the bodies whose name fixes their country (every form of a Russian one)."""
    out = {}
    for lang, voc in _VOCAB.items():
        for name, code in voc.get("jurisdictions", {}).items():
            forms = [" ".join(w) for w in _spelt(name)] if lang == "en" else list(ru_phrase_forms(name))
            out.update((_fold_words(f), code) for f in forms)
    return out


def _spelt(phrase: str) -> list[list[str]]:
    options = [list(t.alternatives) for t in tokens(phrase, _SPELLINGS)]
    out: list[list[str]] = [[]]
    for o in options:
        out = [[*x, w] for x in out for w in o]
    return out


# bodies whose name fixes their country
NAMED_JURISDICTION = _jurisdictions()
# adjectives before the armed forces in general that name their country ("украинские военные")
_ARMED_FORCES_COUNTRY = {
    form: code
    for voc in _VOCAB.values()
    for adjective, code in voc.get("armed_forces_countries", {}).items()
    for form in ru_adjective_forms(adjective)
}


def _verbs(lang: str) -> list[str]:
    verbs = _VOCAB[lang].get("speech", {}).get("verbs", [])
    return verbs if lang == "en" else [f for v in verbs for f in ru_verb_forms(v)]


def _verb_starts(lang: str) -> list[str]:
    """Start searches of a language's speech verbs: every English one, a Russian lemma's common start."""
    verbs = _VOCAB[lang].get("speech", {}).get("verbs", [])
    return verbs if lang == "en" else [common_prefix(ru_verb_forms(v)) for v in verbs]


def _speech(key: str) -> list[str]:
    return [p for voc in _VOCAB.values() for p in voc.get("speech", {}).get(key, [])]


SPEECH_VERBS = [v for lang in LANGUAGES for v in _verbs(lang)]
_VERBS = alternation(sorted({v.lower() for v in SPEECH_VERBS}))
_CITING = "|".join(phrase_regex(p) for p in _speech("citing"))
_PRONOUN_PHRASES = "|".join(phrase_regex(p) for p in _speech("pronoun_phrases"))
# "the Defence Ministry put the number at 9": a reporter giving its own figure
_OWN_FIGURE = rf"put\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(_speech('own_figure'))})(?!\w)"
SPEECH_RE = re.compile(
    rf"(?<!\w)(?:{_VERBS}|{_CITING}|{_OWN_FIGURE})(?!\w)|"
    # the carriers of a statement ("statement", "update", "telegram"), as they run on ("updated")
    + "|".join(phrase_regex(p) for p in _speech("carriers")),
    re.I,
)
# how every match of SPEECH_RE starts, lowercase (see `fold`): SPEECH_RE is tried only there (a
# case-insensitive search tries all its alternatives at every character of the window; this plain
# one rejects a position on its first letter)
_SPEECH_STARTS = [
    *(v for lang in LANGUAGES for v in _verb_starts(lang)),
    *(s for key in ("citing", "carriers") for p in _speech(key) for s in phrase_starts(p)),
    r"put\s",
]
_SPEECH_STARTS_RE = re.compile(start_alternation(fewest_starts(_SPEECH_STARTS)))


def _found(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, folded: str) -> bool:
    """`bool(pattern.search(text))`, given `folded`: `fold(text)`, or that piece of a longer text's fold."""
    return next(matches_at_starts(pattern, starts, text, folded), None) is not None


# a speech verb or a citing phrase near a reporter's surname, or a colon right after it ("Kalitin: ...")
SPEECH_NEAR_RE = re.compile(rf"(?<!\w)(?:{_VERBS}|{_CITING})(?!\w)|^\s*:", re.I)


def speech_near(text: str, lo: int, hi: int) -> bool:
    """`bool(SPEECH_NEAR_RE.search(text[lo:hi]))`, with SPEECH_NEAR_RE tried only where
    `_SPEECH_STARTS_RE` finds a start (its verbs and citing phrases are SPEECH_RE's), or at the colon."""
    window = text[lo:hi]
    if window.lstrip().startswith(":"):
        return True  # (the pattern's "^\s*:", which no start search finds)
    return _found(SPEECH_NEAR_RE, _SPEECH_STARTS_RE, window, fold(text)[lo:hi])


# a speech verb right after a body ("the army said") or right before it ("said the Ukrainian military",
# "сообщили украинские военные"): the armed forces in general report only so
_VOICE_AFTER_RE = re.compile(rf"\s+(?:{_VERBS})(?!\w)", re.I)
_VOICE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_VERBS}),?\s+(?:[\w'-]+\s+){{0,2}}$", re.I)
# "the General Staff of Ukraine's Armed Forces": the armed forces name whose body it is
_OF_BEFORE_RE = re.compile(r"(?<!\w)of\s+(?:the\s+)?(?:[\w-]+(?:'s?)?\s+)?$", re.I)


def _actors(key: str) -> list[str]:
    words = [w for voc in _VOCAB.values() for w in voc.get("actors", {}).get(key, [])]
    return [" ".join(x) for w in words for x in _spelt(w)]


# a reporter that is only an actor's owner ("forces of the Defence Ministry") or the agent of a
# passive ("shot down by the Air Force, the military said") is not the speaker
ACTOR_OWNER_RE = re.compile(
    rf"(?i:(?:{alternation(_actors('owners'))})\s+of|(?:{alternation(_actors('agent_verbs'))})\s+by)"
    r"\s+(?i:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$"
)
# how every match of ACTOR_OWNER_RE starts (see `_SPEECH_STARTS_RE`)
_ACTOR_OWNER_STARTS_RE = re.compile(start_alternation(fewest_starts(_actors("owners") + _actors("agent_verbs"))))
# "the Defence Ministry's air defence forces": the owner of the actors, after the role
_OWNS_AFTER_RE = re.compile(rf"'s?\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(_actors('owners'))})(?!\w)", re.I)


def _owned_before_forms() -> list[str]:
    """Every form of the Russian actors written right before their owner ("силами ПВО Минобороны")."""
    out: set[str] = set()
    for voc in _VOCAB.values():
        for phrase in voc.get("actors", {}).get("owned_before", []):
            try:
                out.update(f for form in ru_phrase_forms(phrase) for f in (form, form.replace("ё", "е")))
            except ValueError:  # (a word with no noun that the dictionary knows: as written)
                out.add(phrase.lower())
    return sorted(out)


# "силы ПВО Минобороны отразили атаку, сообщил мэр": the actors right before the body that owns them
_OWNED_BEFORE = _owned_before_forms()
_OWNED_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{alternation(_OWNED_BEFORE)})\s+$", re.I) if _OWNED_BEFORE else None


def _unnamed_source_pattern(lang: str) -> str:
    """ "Authorities said", "several Telegram channels reported": a source named by no one's name."""
    unknown = _VOCAB[lang].get("unknown", {})
    verbs = "|".join(unknown.get("source_verbs", []))
    return rf"(?:{'|'.join(phrase_regex(p) for p in unknown['sources'])})\s+(?:{verbs})"


def _unknown_patterns() -> tuple[list[str], list[str]]:
    patterns, starts = [], []
    for lang in LANGUAGES:
        voc = _VOCAB[lang]
        unknown = voc.get("unknown", {})
        speech = voc.get("speech", {})
        if credited := unknown.get("credited"):
            citing = "|".join(phrase_regex(p) for p in speech.get("citing", []))
            patterns.append(rf"(?:{citing})\s+(?:{'|'.join(phrase_regex(p) for p in credited)})")
            starts += [s for p in speech.get("citing", []) for s in phrase_starts(p)]
        if sources := unknown.get("sources"):
            patterns.append(_unnamed_source_pattern(lang))
            starts += [s for p in sources for s in phrase_starts(p)]
        for p in unknown.get("phrases", []):
            patterns.append(phrase_regex(p))
            starts += phrase_starts(p)
    return patterns, starts


_UNKNOWN_PATTERNS, _UNKNOWN_STARTS = _unknown_patterns()
UNKNOWN_RE = re.compile(r"(?<!\w)(?:" + "|".join(_UNKNOWN_PATTERNS) + r")(?!\w)", re.I)
# the narrower marker: the sentence's own source is unnamed ("authorities reported that ...")
UNNAMED_SOURCE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(_unnamed_source_pattern(lang) for lang in LANGUAGES if _VOCAB[lang].get("unknown", {}).get("sources"))
    + r")(?!\w)",
    re.I,
)
# how every match of UNKNOWN_RE starts (see `_SPEECH_STARTS_RE`: a case-insensitive search of a
# sentence tries every alternative at each character, ~10 times the time of this plain one)
_UNKNOWN_STARTS_RE = re.compile(start_alternation(fewest_starts(_UNKNOWN_STARTS)))


def has_unknown_marker(sentence: str) -> bool:
    """`bool(UNKNOWN_RE.search(sentence))`: does the sentence credit its figure to no one in particular?"""
    return _found(UNKNOWN_RE, _UNKNOWN_STARTS_RE, sentence, fold(sentence))


# "he said", "according to him": the figure is the reporter's named last
PRONOUN_RE = re.compile(
    rf"(?<!\w)(?:(?:{'|'.join(_speech('pronouns'))})\s+(?:{_VERBS})|{_PRONOUN_PHRASES})(?!\w)", re.I
)


# not frozen (a frozen one costs 3× to build, by object.__setattr__); never mutated, hashed by value
@dataclass(unsafe_hash=True)
class Reporter:
    start: int
    end: int
    role: str
    jurisdiction: str  # ISO code, or "" when the text leaves it to context
    speaker: bool
    name: str | None = None

    @property
    def authority(self) -> str:
        if not self.jurisdiction:
            return "unknown"
        return f"{spoken_role(self.role, self.jurisdiction)}:{self.jurisdiction}"


def spoken_role(role: str, jurisdiction: str) -> str:
    """The role a reporter's figures go out under: the armed forces in general as the body that
    issues their country's counts ("the Russian army said": the defence ministry), else `military`."""
    if role != ARMED_FORCES:
        return role
    return ARMED_FORCES_VOICE.get(jurisdiction.split("-")[0], "military")


def _role_of(m: re.Match[str]) -> str:
    return str(m.lastgroup)  # the one group of ROLE_RE that took part, named after its role


def _named_jurisdiction(name: str) -> str:
    """The country that a body's name fixes ("IDF", "the Kremlin's"), or ""."""
    folded = _fold_words(name)
    return NAMED_JURISDICTION.get(folded) or NAMED_JURISDICTION.get(folded.removesuffix("'s"), "")


# (patterns of the hot paths below are compiled once, not looked up in re's cache on every call)
_TITLE_BEFORE_RE = re.compile(r"(?:'s)?\s*(?:region(?:al)?|oblast|krai)?(?:'s)?\s*", re.I)
_TITLE_AFTER_RE = re.compile(
    rf"\s*(?:of\s+(?:the\s+)?(?:republic\s+of\s+)?|(?:of\s+)?the\s+|,\s*|\s+|\s*\w*\s*|,?\s*{_NAME}\s+of\s+(?:the\s+)?)"
)
_COUNTRY_BEFORE_RE = re.compile(r"(?:'s?|-led)?\s*(?:the\s+)?", re.I)
_COUNTRY_AFTER_RE = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:armed\s+forces\s+of\s+)?|\s)", re.I)


def _adjacent_place(places: list[Place], start: int, end: int, sentence: str) -> Place | None:
    """A region/city written right before the role ("Tula region governor") or after it
    ("governor of the Kursk region", "head of Bashkortostan", "Мэр Москвы")."""
    for p in places:
        if p.kind not in ("region", "city"):
            continue
        if start <= p.start and p.end <= end:
            return p  # "head of the Kyiv City Military Administration"
        # (the patterns read the text between place and role in place, with no slice; a place
        # that runs past the role's start leaves no text between, which the first one takes)
        if (
            p.start < start
            and start - p.end <= 12
            and (p.end > start or _TITLE_BEFORE_RE.fullmatch(sentence, p.end, start))
        ):
            return p
        if 0 <= p.start - end <= 40 and _TITLE_AFTER_RE.fullmatch(sentence, end, p.start):
            return p
    return None


def _adjacent_country(countries: list[Place], start: int, end: int, sentence: str) -> str | None:
    for c in countries:
        # "Russia's", "the United Arab Emirates'" (a plural name takes a bare apostrophe), "the Saudi-led coalition"
        if 0 <= start - c.end <= 6 and _COUNTRY_BEFORE_RE.fullmatch(sentence[c.end : start]):
            return c.code
        if 0 <= c.start - end <= 45 and _COUNTRY_AFTER_RE.fullmatch(sentence[end : c.start]):
            return c.code
    return None


_FULL_NAME = r"[A-ZА-ЯЁ][a-zа-яё'\-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё'\-]+){1,2}"
_NAME_AFTER_RE = re.compile(rf",?\s+(?:and\s+)?({_NAME})")
_NOT_NAME_RE = re.compile(r"(?:Region|Oblast|Krai|Republic|Territory|Said|Says|On|The|In|City|Military)\b")
_NAME_LATER_RE = re.compile(rf"[^.;:]{{0,60}}?,\s+({_FULL_NAME})(?:,|\s+(?:{_VERBS})(?!\w))")
_NAME_BEFORE_RE = re.compile(rf"({_NAME}),\s+(?:the\s+|who\s+heads\s+the\s+)?$")
# what follows the comma of a match of _NAME_BEFORE_RE, up to the role (with no comma in it)
_AFTER_NAME_COMMA_RE = re.compile(r"\s+(?:the\s+|who\s+heads\s+the\s+)?")


def _name_near(sentence: str, start: int, end: int) -> str | None:
    # (the patterns match from `end`, or up to `start`, in place: no copy of the sentence's rest)
    after = _NAME_AFTER_RE.match(sentence, end)
    if after and not _NOT_NAME_RE.match(after.group(1)):
        return after.group(1)
    later = _NAME_LATER_RE.match(sentence, end)
    if later:
        return later.group(1)
    # a name before the role ends at the last comma before it: the search, which tries every
    # position of the text before the role, runs only when that comma is followed by what it needs
    comma = sentence.rfind(",", 0, start)
    if comma < 0 or not _AFTER_NAME_COMMA_RE.fullmatch(sentence, comma + 1, start):
        return None
    before = _NAME_BEFORE_RE.search(sentence, 0, start)
    if before:
        return before.group(1)
    return None


def title_places(sentence: str, places: list[Place], reporters: list[Reporter]) -> list[Place]:
    """Places that only name a reporter's office ("Tula region governor", "mayor of Moscow")."""
    if not reporters:
        return []  # (most sentences name no reporter)
    return [
        p
        for r in reporters
        if r.role in ("governor", "mayor") and (p := _adjacent_place(places, r.start, r.end, sentence))
    ]


def _signature(sentence: str) -> bool:
    """A post signed on its own line ("- Acting governor of Rostov region Yuri Slesarev", "Ivan
    Petrov, head of the regional military administration"): a title and a name, no sentence."""
    words = sentence.split(maxsplit=10)  # (11 pieces: more than 10 words)
    return 0 < len(words) <= 10 and not sentence.rstrip().endswith((".", "?", "!", ":", ";", ",", '"'))


def _officials() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Surname as written -> (role, jurisdiction, given names), from every language's `officials`."""
    out = {}
    for voc in _VOCAB.values():
        for o in voc.get("officials", {}).values():
            for name in o["names"]:
                out[name] = (o["role"], o["jurisdiction"], tuple(o.get("given", [])))
    return out


# long-serving officials whom aggregators cite by surname alone (roles.toml, `officials`)
NAMED_OFFICIALS = _officials()
NAMED_OFFICIAL_NAMES = tuple(NAMED_OFFICIALS)
_GIVEN = "|".join(g for _, _, given in NAMED_OFFICIALS.values() for g in given)
NAMED_OFFICIAL_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_GIVEN})\s+)?(?P<surname>" + "|".join(NAMED_OFFICIAL_NAMES) + r")(?![\w-])"
)


def _names_official(sentence: str) -> bool:
    """The quick test before NAMED_OFFICIAL_RE (case-sensitive: every match spells a name as written)."""
    # (a plain `in` per name: a fast scan, where a search of the alternation tries each position)
    for name in NAMED_OFFICIAL_NAMES:  # noqa: SIM110 - a loop builds no generator
        if name in sentence:
            return True
    return False


# "..., сообщил Собянин", "said Sobyanin": a speech verb, then at most a given name, before the surname
_SPEECH_JUST_BEFORE_RE = re.compile(rf"(?:{SPEECH_RE.pattern})\s+(?:[A-ZА-ЯЁ][\w-]+\s+)?$", SPEECH_RE.flags)


def find_reporters(sentence: str, places: list[Place], countries: Callable[[], list[Place]]) -> list[Reporter]:
    """Reporters named in a sentence; `countries` gives the sentence's country names (found only
    when a national body needs its country)."""
    # (most sentences name no reporter: the role search runs only where a role word is spelt)
    words = _ASCII_ROLE_WORDS if sentence.isascii() else ROLE_WORDS
    found = _find_role_reporters(sentence, places, countries) if spells_any(sentence, words) else []
    # an official by surname, also beside a role word ("Sobyanin: the ministry's air defence ...")
    if _names_official(sentence):
        for n in NAMED_OFFICIAL_RE.finditer(sentence):
            role, jurisdiction, _ = NAMED_OFFICIALS[n.group("surname")]
            if any(r.start <= n.start() < r.end + 60 and r.name for r in found):
                continue  # (the surname of a role's own name: "Mayor Sergei Sobyanin said")
            window = sentence[n.start() : n.end() + 80]
            # ("..., сообщил Собянин": the speech verb before the name speaks too)
            speaker = (
                bool(SPEECH_RE.search(window))
                or sentence[n.end() :].lstrip().startswith(":")
                or bool(_SPEECH_JUST_BEFORE_RE.search(sentence, max(0, n.start() - 40), n.start()))
            )
            found.append(Reporter(n.start(), n.end(), role, jurisdiction, speaker, n.group(0)))
        found.sort(key=attrgetter("start"))
    return found


_VICE_RE = re.compile(r"vice[\s-]*$", re.I)
_NAME_COLON_RE = re.compile(rf"\s*(?:{_NAME})?\s*:")


def _find_role_reporters(sentence: str, places: list[Place], countries: Callable[[], list[Place]]) -> list[Reporter]:
    found = []
    folded = fold(sentence)
    for m in _role_matches(sentence):
        role = _role_of(m)
        start, end = m.span()
        if role == "president" and folded.find("vice", 0, start) >= 0 and _VICE_RE.search(sentence, 0, start):
            continue
        if role == ARMED_FORCES and not _voiced_body(sentence, start, end):
            continue  # the armed forces as actors ("the army shot down ..."), or a body's name
        if role in NATIONAL:
            jurisdiction = (
                _adjacent_country(countries(), start, end, sentence)
                or _named_jurisdiction(m.group(0))
                or (_country_adjective(folded, start) if role == ARMED_FORCES else "")
            )
        else:
            # a body whose name fixes its place ("Киевская городская военная администрация"), else
            # the place written beside the role
            place = (
                None if (named := _named_jurisdiction(m.group(0))) else _adjacent_place(places, start, end, sentence)
            )
            jurisdiction = named or (place.code if place else "")
        speaker = _speaker(sentence, folded, start, end)
        found.append(Reporter(start, end, role, jurisdiction, speaker, _name_near(sentence, start, end)))
    return found


def _voiced_body(sentence: str, start: int, end: int) -> bool:
    """Are the armed forces at sentence[start:end] the subject of a speech verb, and not the owner
    of another body's name ("the General Staff of the Armed Forces")?"""
    # (the look-behind searches of the window run through their derived start searches, and the one
    # that can only say no runs last: most armed forces, "military and energy sites", speak to no verb)
    if not (
        _VOICE_AFTER_RE.match(sentence, end) or prefilter.search(_VOICE_BEFORE_RE, sentence, max(0, start - 40), start)
    ):
        return False
    return not prefilter.search(_OF_BEFORE_RE, sentence, max(0, start - 30), start)


def _country_adjective(folded: str, start: int) -> str:
    """The country of an adjective right before the armed forces ("украинские военные"), or ""."""
    words = folded[max(0, start - 30) : start].split()
    return _ARMED_FORCES_COUNTRY.get(words[-1], "") if words else ""


_POSSESSIVE_RE = re.compile(r"['’]s\s+")
_VOICE_NOUN_RE = re.compile(rf"(?:[\w-]+\s+){{0,2}}?(?i:{alternation(_speech('voices') + _speech('carriers'))})")
_CLAUSE_GAP_RE = re.compile(rf"\b(?:{alternation(_speech('clause_gaps'))})\b", re.I)


def _last_speech_end(sentence: str, folded: str, lo: int, hi: int) -> int:
    """The end of the last match of `SPEECH_RE.finditer(sentence, lo, hi)`, or -1, with SPEECH_RE tried
    only where `_SPEECH_STARTS_RE` finds a start in `folded` (`fold(sentence)`): a plain search of the
    window tries every alternative at every character."""
    last = -1
    pos = lo
    while found := _SPEECH_STARTS_RE.search(folded, pos, hi):
        if m := SPEECH_RE.match(sentence, found.start(), hi):
            last = pos = m.end()
        else:
            pos = found.start() + 1
    return last


def _speaker(sentence: str, folded: str, start: int, end: int) -> bool:
    """Does the reporter at sentence[start:end] give the figure (and not only own the actors)?"""
    lo = max(0, start - 40)
    # (the owner's start search first, in place: most roles have no owner's word before them)
    if _ACTOR_OWNER_STARTS_RE.search(folded, lo, start) and _found(
        ACTOR_OWNER_RE, _ACTOR_OWNER_STARTS_RE, sentence[lo:start], folded[lo:start]
    ):
        return False
    if sentence.startswith("'", end) and _OWNS_AFTER_RE.match(sentence, end):
        return False  # "the ministry's air defence forces shot down ..."
    if (possessive := _POSSESSIVE_RE.match(sentence, end)) and not _VOICE_NOUN_RE.match(sentence, possessive.end()):
        return False  # "two drones aimed at Putin's residence": the body is what is named, not who speaks
    if (
        _OWNED_BEFORE_RE is not None
        and not folded.isascii()
        and _OWNED_BEFORE_RE.search(sentence, max(0, start - 25), start)
    ):
        return False  # "силы ПВО Минобороны отразили ..."
    # a speech word before the body gives the figure to it only right before it ("said the ministry",
    # "according to Ukraine's air force"), not across "that" or another clause ("the governor said that
    # the air force shot down ...", "what it said was an attempt on President X")
    said = _last_speech_end(sentence, folded, lo, start)
    if said >= 0 and _CLAUSE_GAP_RE.search(sentence, said, start):
        lo = start
    elif 0 <= said < start:
        # (that match, which ends before the body, is one that the search of the window below finds)
        return True
    return (
        _found(SPEECH_RE, _SPEECH_STARTS_RE, sentence[lo : end + 80], folded[lo : end + 80])
        or bool(_NAME_COLON_RE.match(sentence, end))
        or _signature(sentence)
    )


def surname(name: str) -> str:
    return name.split()[-1]
