"""Sentence-level rules: which amounts count drones, what happened to them, and where.

A *mention* is an amount tied to drones in one sentence with its event type and place;
document-level resolution (authority, date, totals) happens in `document.py`.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipelines.extraction import prefilter
from pipelines.extraction.catalogue import declared
from pipelines.extraction.gazetteer import Place
from pipelines.extraction.lexicon import (
    alternation,
    drone_nouns,
    event_pattern,
    is_russian,
    merged_forms,
    morph_parse,
    ru_case_forms,
    ru_forms,
    ru_singular_nominative,
    ru_singular_nouns,
)
from pipelines.extraction.numbers import (
    A_SECOND_WORDS,
    A_WORDS,
    FIRST_WORDS,
    Quantity,
    find_quantities,
    may_hold_quantity,
)
from pipelines.extraction.text import fold, word_start_fold
from pipelines.extraction.vocabulary import load, merged

# Drone nouns, their modifiers and the weapons that are not drones: vocab/<lang>/drones.toml
_SINGULAR_EN, _NOUN_PIECES = drone_nouns()
DRONE = "(?:" + "|".join(_NOUN_PIECES) + ")"
_EN_DRONES, _RU_DRONES = load("en", "drones"), load("ru", "drones")
NONDRONE = alternation(
    [*_EN_DRONES["not_drones"]["words"], *(f for w in _RU_DRONES["not_drones"]["lemmas"] for f in ru_forms(w))]
)
# words allowed between an amount and its drone noun ("34 Ukrainian fixed-wing drones")
_MOD_WORDS = alternation(
    [*_EN_DRONES["modifiers"]["words"], *(f for w in _RU_DRONES["modifiers"]["lemmas"] for f in ru_forms(w))]
)
_MOD = (
    r"(?:(?!(?:The|In|Of|And|On|At|Over)\b)[A-ZА-ЯЁ][\w'\-]*|\([^()]{1,40}\)|[a-zа-яё]+-[\w\-]+|(?i:"
    + _MOD_WORDS
    + r"))"
)
DRONE_RE = re.compile(DRONE, re.I)
EVENT_KINDS = ("intercept", "launch", "attack")
# "a Shahed warehouse", "500 drone operators": the drone noun modifies another noun
# ("дронов-камикадзе": a hyphenated tail that keeps the noun a drone, vocab/ru/drones.toml)
_HYPHEN_TAIL = alternation(f for w in _RU_DRONES["modifiers"]["hyphen_tails"] for f in ru_forms(w))
_NOT_COMPOUND = (
    rf"(?:-(?i:{_HYPHEN_TAIL}))?(?![\w-])(?!\s+(?i:{alternation(_EN_DRONES['modifiers']['compound_heads'])})\b)"
)
DRONE_PHRASE_RE = re.compile(rf"^\s*['\"]?(?:{_MOD}['\"]?\s+){{0,4}}['\"]?(?P<noun>(?i:{DRONE})){_NOT_COMPOUND}")


def _genitive_abbreviation(abbreviation: str) -> list[str]:
    """ "БПЛА" stays as it is; a compound whose last part is a Russian noun inflects that part
    ("FPV-дрон" -> "FPV-дрона")."""
    head, _, last = abbreviation.rpartition("-")
    if not head or not is_russian(last):
        return [abbreviation]
    return [abbreviation, *(f"{head}-{f}" for f in ru_case_forms(last, frozenset({"gent", "sing"})))]


_RU_SINGULAR_LEMMAS = [n["lemma"] for n in _RU_DRONES["noun"] if n.get("singular") and "lemma" in n]
_RU_GENITIVE_DRONE = alternation(
    [
        *(f for w in _RU_SINGULAR_LEMMAS for f in ru_case_forms(w, frozenset({"gent", "sing"}))),
        *(f for n in _RU_DRONES["noun"] if "abbreviation" in n for f in _genitive_abbreviation(n["abbreviation"])),
    ]
)
_RU_GENITIVE_MODS = alternation(
    f for w in _RU_DRONES["modifiers"]["singular_lemmas"] for f in ru_case_forms(w, frozenset({"gent", "sing", "masc"}))
)
_RU_ATTACK_NOUNS = alternation(f for w in load("ru", "events")["attack_nouns"] for f in ru_forms(w))
_RU_ABBREVIATIONS = [n["abbreviation"] for n in _RU_DRONES["noun"] if "abbreviation" in n and not n.get("singular")]
_RU_SINGULAR_MODS = alternation(
    f for w in _RU_DRONES["modifiers"]["singular_lemmas"] for f in ru_singular_nominative(w)
)
# one drone: "a drone", "another UAV", "беспилотник" (a Russian singular noun on its own)
SINGULAR_RE = re.compile(
    rf"(?<![\w-])(?P<det>(?i:{alternation(_EN_DRONES['modifiers']['singular_determiners'])}))\s+['\"]?"
    rf"(?:{_MOD}['\"]?\s+){{0,3}}['\"]?(?P<noun>(?i:{alternation(_SINGULAR_EN)})){_NOT_COMPOUND}"
    rf"|(?<![\w-])(?P<ru>(?i:{_RU_SINGULAR_MODS}\s+)?(?i:{'|'.join(ru_singular_nouns())})"
    # an abbreviation has no number of its own: one drone only with a singular adjective ("украинский БпЛА")
    rf"|(?i:{_RU_SINGULAR_MODS})\s+(?i:{alternation(_RU_ABBREVIATIONS)}))(?:-(?i:{_HYPHEN_TAIL}))?(?![\w-])"
    # "атака беспилотника", "удар FPV-дрона": one drone's strike
    rf"|(?<![\w-])(?P<ru_attack>(?i:{_RU_ATTACK_NOUNS})\s+(?:(?i:{_RU_GENITIVE_MODS})\s+)?(?i:{_RU_GENITIVE_DRONE}))(?![\w-])",
)
# every singular match spells one of these nouns (its cheap necessary test)
_SINGULAR_NOUN_RE = re.compile(
    "|".join([alternation(_SINGULAR_EN), *ru_singular_nouns(), alternation(_RU_ABBREVIATIONS), _RU_GENITIVE_DRONE]),
    re.I,
)
BOTH_RE = re.compile(r"(?<![\w-])both(?![\w-])", re.I)

# Event words: vocab/<lang>/events.toml
INTERCEPT = event_pattern("intercept")
LAUNCH = event_pattern("launch")
# a drone that dropped a munition attacked ("dropped a shrapnel munition in a village")
ATTACK = (
    event_pattern("attack")
    + r"|dropped\s+(?:an?\s+|\w+\s+)?(?:[\w-]+\s+)?(?:explosive\s+devices?|explosives?|grenades?|munitions?|bombs?|charges?)"
    # Russian verbs that are attacks only before a given word ("упал на крышу")
    + "".join(
        rf"|(?:{alternation(ru_forms(lemma))})(?=\s+(?:{alternation(words)})(?![\w-]))"
        for lemma, words in load("ru", "events").get("attack_before", {}).items()
    )
)
NEGATIVE = event_pattern("negative")
_RU_EVENT_LEMMAS = [w for kind in EVENT_KINDS for w in load("ru", "events").get(kind, [])]
_RU_FUTURE = alternation(f for w in _RU_EVENT_LEMMAS for f in ru_case_forms(w, frozenset({"futr"})))
_RU_EVENT_INFINITIVES = alternation(f for w in _RU_EVENT_LEMMAS for f in ru_case_forms(w, frozenset({"INFN"})))
_RU_INTENT = alternation(f for w in load("ru", "events").get("intent", []) for f in ru_forms(w))
# a modal before the verb makes it a warning or a plan, not a report ("could launch up to 100 drones")
HYPOTHETICAL = (
    r"(?:could|can|may|might|would|will|plans?\s+to|intends?\s+to|threaten(?:s|ed)?\s+to|"
    r"(?:is|are)\s+(?:expected|likely|preparing|planning|going)\s+to)\s+(?:\w+ly\s+)?"
    r"(?:launch|send|use|fire|attack|strike|hit|shoot\s+down|intercept|destroy|down)"
    # "officials expect attacks of 1,000 drones a night": a forecast, not a report
    r"|(?:expect|anticipate|predict|forecast|fear)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|launch(?:es)?|waves?|salvos?)"
    # Russian: an event verb in the future ("выпустят 30 тысяч дронов", "собьют"), or after a verb of
    # intent or ability ("планируют запустить", "могут атаковать"): a plan or a forecast
    + rf"|(?:{_RU_FUTURE})|(?:{_RU_INTENT})\s+(?:[\w-]+\s+)?(?:{_RU_EVENT_INFINITIVES})"
)
# the verbs of "attacked the Kursk region with 12 drones": what follows "with" was launched
_ATTACK_WITH_VERBS = (
    r"(?:attack(?:ed|ing)?|pound(?:ed|ing|s)?|batter(?:ed|ing|s)?|bombard(?:ed|ing|s)?|targeted|targeting|"
    r"struck|hit|strikes|striking)"
)
VERB_RE = re.compile(
    # "the two drones that were not downed": a negated verb reports nothing
    rf"(?<![\w-])(?:(?P<hypothetical>{HYPOTHETICAL})|(?P<negated>(?:not|never|не)\s+(?:been\s+|be\s+)?(?:{INTERCEPT}|{LAUNCH}|{ATTACK}))|(?P<intercept>{INTERCEPT})|(?P<intercept_by>(?:hit|struck)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:air[\s-]+defen[cs]es?|anti-aircraft|ПВО))|(?P<attack_by>(?:hit|struck|attacked|targeted|caused)\s+by)|(?P<attack_noun_by>(?:attacks?|strikes?)\s+by)|"
    # "came under attack from 4 drones": the drones struck
    rf"(?P<attack_from>(?:came|come|comes|coming|was|were|is|are)\s+under\s+(?:[\w-]+\s+)?attack\s+(?:from|by))|"
    rf"(?P<attack_used>used\s+(?:in\s+an?\s+(?:attack|strike)|to\s+(?:attack|strike|hit)))|"
    rf"(?P<launch_with>{_ATTACK_WITH_VERBS}\s+(?:[\w'\-\[\]]+\s+){{0,6}}?(?:with|involving))|(?P<launch>{LAUNCH})|"
    rf"(?P<attack>{ATTACK})|(?P<negative>{NEGATIVE})|(?P<down>down))(?![\w-])",
    re.I,
)
# clause boundaries for verb search
BOUNDARY_RE = re.compile(
    r";|:|\s[\u2013\u2014]\s|,\s+(?:while|whereas|but|adding|and\s+(?:the|a|an|its|his|her))\b|\.\s", re.I
)
PREP = "(?:" + alternation(merged("places", "prepositions")) + ")"
_TERRITORY = (
    rf"(?:the\s+)?(?:(?:{alternation(load('en', 'places')['territory'])})\s+(?:the\s+)?"
    rf"|(?:{alternation(f for w in load('ru', 'places')['territory'] for f in ru_forms(w))})\s+)?"
)
# words between a preposition and its place ("over Russia's Kursk region", "over the southern Rostov region")
_PLACE_ADJ = "(?:" + alternation(load("en", "places")["place_adjectives"]) + ")"
ELLIPTIC_RE = re.compile(
    rf"^\s*(?P<each>each\s+|apiece\s+)?(?:more\s+)?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+){{0,2}})?"
    rf"(?:[\u2013\u2014-]\s*)?{PREP}\s+{_TERRITORY}(?:the\s+)?(?:{_PLACE_ADJ}\s+){{0,2}}$",
    re.I,
)
PASSIVE_ELLIPTIC_RE = re.compile(
    rf"^\s*(?:of\s+(?:them|which|these|those|the\s+\w+)\s+)?(?:more\s+|each\s+)?(?:in\s+total\s*[\u2013\u2014,-]?\s*)?"
    rf"(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+(?:also\s+|successfully\s+)?(?P<verb>{INTERCEPT}|{NEGATIVE}|{LAUNCH})"
    # Russian needs no auxiliary: "девять сбиты над ...", "по одному уничтожено над ..."
    rf"|^\s*(?:[\u2013\u2014-]\s*)?(?:также\s+)?(?=[а-яё])(?P<ru_verb>{INTERCEPT}|{NEGATIVE}|{LAUNCH})(?![\w-])",
    re.I,
)
# "of them", "of the 40 ...", "of the Russia-launched Shahed drones": the amount is part of drones named here
OF_THEM_RE = re.compile(
    rf"^\s*(?:more\s+)?(?:out\s+)?of\s+(?:them|which|these|those)\b"
    rf"|^\s*(?:more\s+)?(?:out\s+)?of\s+(?:the|these|those)\s+['\"]?(?:{_MOD}['\"]?\s+){{0,4}}['\"]?(?i:{DRONE})(?![\w-])"
    rf"|^\s*(?:more\s+)?(?:out\s+)?of\s+the(?:se)?\s+targets?\b"
    rf"|^\s*из\s+(?:них|которых|этого\s+числа)(?![\w-])"
    # "один из дронов попал в ...", "два из украинских беспилотников"
    rf"|^\s*из\s+(?:{_MOD}\s+){{0,3}}(?i:{DRONE})(?![\w-])",
    re.I,
)
OF_NUMBER_RE = re.compile(r"^\s*(?:(?:out\s+)?of\s+(?:the\s+|all\s+)?|из\s+)$", re.I)
MORE_RE = re.compile(r"^\s*more\b", re.I)
# "put the overnight figure for the Lipetsk region at nine": a reporter's own count of an event
# the text has already reported (the kind of event comes from that earlier claim)
FIGURE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:put|puts|putting|placed|places|placing|gave|gives|set|sets|estimated|estimates)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:figure|number|tally|count)"
    r"(?P<what>(?:\s+[^\s.;:]+){0,10}?)\s+at\s+$",
    re.I,
)
# figures of people or of other weapons are not drone counts
_NOT_DRONE_FIGURE_RE = re.compile(rf"dead|killed|died|injur|wound|casualt|victims|people|{NONDRONE}", re.I)
# "another one", "ещё один": an added amount whose noun is the drones just mentioned
CONTRAST_BEFORE_RE = re.compile(r"(?:,\s*(?:while|whereas|but|and)|;|\band)\s+$", re.I)
ANOTHER_BEFORE_RE = re.compile(r"(?<![\w-])(?:another|ещё|еще)\s+$", re.I)
# auxiliaries and adverbs allowed between a subject and its verb ("two had also been shot down")
_AUX = rf"(?:(?:{alternation(merged('events', 'auxiliaries'))})\s+){{0,3}}"
VERB_AFTER_SUBJECT_RE = re.compile(rf"^\s*{_AUX}(?=\S)", re.I)
PARTICIPLE_LAUNCH_RE = re.compile(
    r"^\s*(?:(?:of\s+various\s+types|and\s+decoys?|of\s+different\s+types)\s+)?(?:(?:that\s+|which\s+)?(?:Russia|Ukraine|the\s+enemy|Moscow|Kyiv|Kiev|Russian\s+forces)\s+)?"
    r"(?:had\s+)?(?:(?:that|which)\s+(?:were|had\s+been|have\s+been)\s+)?(?:launched|fired|sent|used)\b"
    # "drones launched from Ukraine were downed": where they came from, not a number launched
    r"(?!\s+from\b)"
    # "22 дрона, которые запустила Россия": a Russian relative clause
    r"|^\s*,?\s*(?:которые|которых)\s+(?:[\w-]+\s+){0,2}?(?:запустил|выпустил|направил)\w*",
    re.I,
)
_LAUNCHED_MOD_RE = re.compile(r"\w-(?:launched|fired)\b", re.I)
# "all 11 drones that Russia launched were downed" states a number launched; "downed 11 drones that
# Russia launched" does not (ANNOTATION.md: launch claims need a number stated as launched)
ALL_BEFORE_RE = re.compile(r"(?<![\w-])(?:all|все|всех|всё)\s+(?:the\s+|of\s+the\s+)?$", re.I)
ORIGIN_AFTER_RE = re.compile(
    r"^\s*,?\s*(?:that\s+|which\s+)?(?:were\s+|had\s+been\s+)?(?:launched|fired|sent)\s+from\b", re.I
)
PAREN_RE = re.compile(r"^\s*\(\s*$")
COUNTRY_AREA_RE = re.compile(
    r"(?<![\w-])(?:over|across|in|throughout|against|at|on)\s+(?:the\s+)?(?:(?:territory|regions|skies)\s+of\s+)?"
    r"(?P<country>Russia|Ukraine)(?!['\w])"
    r"|(?P<adj>Russian|Ukrainian)\s+(?:regions|territory|cities|airspace)"
    r"|(?:over|across|in)\s+(?:(?:several|multiple|various|many|a\s+number\s+of|\w+|\d+)\s+)?(?:border\s+|central\s+|southern\s+|"
    r"western\s+|northern\s+|eastern\s+|Russian\s+|Ukrainian\s+|other\s+)*regions\b"
    r"|(?:southern|northern|central|western|eastern)\s+(?P<country2>Russia|Ukraine)"
    r"|the\s+Volga\s+region|the\s+(?:north|south|east|west)(?:,|\s+and|\s+of\s+the\s+country)|the\s+country\b|the\s+entire\s+front",
    re.I,
)
# every match of COUNTRY_AREA_RE spells one of these (see `fold`)
AREA_WORDS = ("russia", "ukrain", "regions", "volga", "north", "south", "east", "west", "country", "front")
# "a drone attack", "a drone strike" name an event, not one drone ("a drone hit" is a verb: past tense)
ATTACK_NOUN_RE = re.compile(
    r"^\s*(?:attack|strike|crash)(?!\s+(?:alerts?|warnings?|threats?|danger|sirens?)\b)\b", re.I
)
ALERT_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(f for w in load('ru', 'events').get('alert_nouns', []) for f in ru_forms(w))})\s+$",
    re.I,
)
ATTACK_WITH_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(load('ru', 'events').get('attack_with', []))})\s+(?:[\w-]+\s+){{0,2}}$", re.I
)
# "a drone attack was also suspected in the fire": no attack reported
UNCONFIRMED_ATTACK_RE = re.compile(
    rf"^\s*(?:attack|strike|crash)\s+(?:(?:was|is|were|has\s+been)\s+)?(?:also\s+)?{event_pattern('unconfirmed')}\b",
    re.I,
)


# The rules of this module, each declared with its examples in rules.toml (an undeclared id fails here)
AMOUNT_NOUN = declared("amount_noun")
PARTITIVE = declared("partitive")
PASSIVE_ELLIPSIS = declared("passive_ellipsis")
ANOTHER = declared("another")
FIGURE_RESTATED = declared("figure_restated")
SINGULAR = declared("singular")
SINGULAR_NOUN_RU = declared("singular_noun_ru")
SINGULAR_ATTACK_RU = declared("singular_attack_ru")
BREAKDOWN_ITEM = declared("breakdown_item")
BREAKDOWN_PAREN = declared("breakdown_paren")
BREAKDOWN_NOUN_ITEM = declared("breakdown_noun_item")
DISTRIBUTIVE = declared("distributive")
DISTRIBUTIVE_ITEM = declared("distributive_item")
ALL_OF_THEM = declared("all_of_them")
PRONOUN_SUBJECT = declared("pronoun_subject")
PLACE_FIRST_ITEM = declared("breakdown_place_first")
# how `_drone_amounts` found an amount -> the rule its mentions come from
RULE_OF_AMOUNT = {
    "noun": AMOUNT_NOUN,
    "of": PARTITIVE,
    "passive": PASSIVE_ELLIPSIS,
    "more": ANOTHER,
    "figure": FIGURE_RESTATED,
    "singular": SINGULAR,
    "ru_singular": SINGULAR_NOUN_RU,
    "ru_attack": SINGULAR_ATTACK_RU,
    "bare": BREAKDOWN_ITEM,
}


@dataclass
class Mention:
    start: int  # span of the amount and its noun in the sentence
    end: int
    count: int | None
    count_low: int | None
    event_type: str
    place: Place | None = None
    places: list[Place] = field(default_factory=list)  # a list of regions without counts
    country_area: str | None = None  # "RU"/"UA"/"" when the place is a whole country
    elliptic: bool = False  # an item of a breakdown ("nine over the Bryansk region")
    each_of: Place | None = None
    head: int | None = None  # index of the mention an elliptic item belongs to
    restates: bool = False  # "put the figure for X at nine": another count for an event already reported
    rule: str = ""  # the id of the declared rule that found it (rules.toml)

    @property
    def amount(self) -> int:
        return self.count if self.count is not None else (self.count_low or 0)


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    """The clause around `pos`: from the end of the last boundary before it to the next boundary."""
    starts, ends = clause_boundaries(sentence)
    before, after = bisect_right(ends, pos), bisect_left(starts, pos)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else len(sentence))


@lru_cache(maxsize=8)
def clause_boundaries(sentence: str) -> tuple[list[int], list[int]]:
    """Starts and ends of BOUNDARY_RE's matches, found once per sentence: a sentence with many
    amounts asks for each of them, and a scan from the start each time made it quadratic."""
    matches = [m.span() for m in BOUNDARY_RE.finditer(sentence)]
    return [a for a, _ in matches], [b for _, b in matches]


def _verbs(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _kind_of(m)) for m in prefilter.finditer(VERB_RE, sentence)]


def _kind_of(m: re.Match[str]) -> str:
    """ "struck Kharkiv with 7 drones" launches the drones after "with"; "two drones struck a house
    with ..." is an attack by the drones before the verb: the two readings get one kind each."""
    kind = m.lastgroup or ""
    if kind == "launch_with" and not m.group(0).lower().startswith("attack"):
        return "launch_with_hit"
    return kind


_BY_END_RE = re.compile(r"\bby\s*$|attack(?:s|ed)?\s+by\s", re.I)


def _event_before(sentence: str, verbs, q_start: int, clause_start: int) -> tuple[str | None, int]:
    best = None
    for vs, ve, kind in verbs:
        if clause_start <= vs and ve <= q_start:
            best = (kind, vs)
    if not best:
        return None, -1
    kind, vs = best
    gap = sentence[vs:q_start]
    if kind == "down" and len(gap.split()) > 2:
        return None, -1
    if kind == "attack_noun_by" or (kind == "attack" and _BY_END_RE.search(gap)):
        # "an attack by 20 drones was repelled" is an interception; "a fire after an attack by a drone" a strike
        return "intercept_or_attack_by", vs
    return kind, vs


def _event_after(sentence: str, verbs, n_end: int, clause_end: int, next_q: int) -> str | None:
    limit = min(clause_end, next_q)
    for vs, _ve, kind in verbs:
        if vs < n_end:
            continue
        if vs >= limit or len(sentence[n_end:vs].split()) > 12:
            return None
        if kind == "launch_with_hit":
            return "attack"
        if kind in ("down", "launch_with"):
            continue
        return kind
    return None


def _verb_follows(rest: str) -> str | None:
    """The event kind of a verb right after a subject amount ("one hit", "two were shot down")."""
    aux = VERB_AFTER_SUBJECT_RE.match(rest)
    verb = VERB_RE.match(rest, aux.end()) if aux else None
    if verb is None:
        return None
    kind = _kind_of(verb)
    return "attack" if kind == "launch_with_hit" else _normalise_kind(kind)


def _normalise_kind(kind: str | None) -> str | None:
    return {
        "intercept": "intercept",
        "down": "intercept",
        "launch": "launch",
        "launch_with": "launch",
        "launch_with_hit": "launch",
        "attack": "attack",
        "attack_by": "attack",
        "attack_from": "attack",
        "attack_used": "attack",
        "attack_noun_by": "attack",
        "negative": "negative",
        "negated": "negative",
        "intercept_by": "intercept",
        "hypothetical": "negative",
    }.get(kind or "", kind)


@lru_cache(maxsize=256)
def drone_amounts(sentence: str) -> tuple[tuple[Quantity, int, str], ...]:
    """The amounts of a sentence that may count drones, as `find_mentions` reads them (memoised: the
    document prefilter asks first)."""
    amounts = _drone_amounts(sentence)
    if not amounts:
        return ()  # (most sentences: no generator to build)
    out = []
    # "eight shells hit A, three hit B and three C": a bare amount elides the noun counted before it
    elides_other = False
    for a in amounts:
        if a[2] != "bare":
            out.append(a)
            elides_other = False
        elif not _looks_elliptic(sentence, a[0]):
            elides_other = bool(_COUNTS_NONDRONE_RE.match(sentence, a[0].end))
        elif not elides_other:
            out.append(a)
    return tuple(out)


# an amount of weapons that are not drones ("eight mortar shells")
_COUNTS_NONDRONE_RE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{NONDRONE})(?![\w-])", re.I)


# (patterns of the hot paths below are compiled once, not looked up in re's cache on every call)
_UNIT_AFTER_RE = re.compile(r"\s*(?:-|–)?\s*(?:year|km|kilo|metre|meter|mile|hour|minute|storey|floor|per)", re.I)
_HAD_RE = re.compile(r"\s+(?:had|have|were)\b")


# An ASCII folded sentence read as plain words (see `_amount_kinds`): a byte of `\w` stays (every
# digit reads "0"), any other reads a space
_AMOUNT_WORD_BYTES = bytes(
    ord("0") if chr(c) in string.digits else c if chr(c) in string.ascii_lowercase + "_" else ord(" ")
    for c in range(256)
)
_NUMBER_WORDS = frozenset(w.encode() for w in FIRST_WORDS if w.isascii())
# ("FPV-" starts only a Russian singular, "FPV-дрон": never in an ASCII sentence)
# (the last word of every English singular drone noun: SINGULAR_RE's matches end with one)
_SINGULAR_WORDS = frozenset(fold(f.split()[-1]).encode() for f in _SINGULAR_EN)
# the words after "a" in A_WORDS: a whole word in every match of QUANTITY_RE ("a fewer" is no amount)
_A_SECOND_WORDS = frozenset(w.encode() for w in A_SECOND_WORDS)
_AMOUNT_WORDS = _NUMBER_WORDS | _SINGULAR_WORDS | _A_SECOND_WORDS | {b"both"}
_A_WORDS_RE = re.compile(A_WORDS)


def _amount_kinds(sentence: str) -> tuple[bool, bool, bool]:
    """May the sentence hold a number (QUANTITY_RE), a singular drone (SINGULAR_RE), "both" (BOTH_RE)?

    A sentence that is not ASCII asks the patterns' own prefilters; an ASCII sentence (most) is read
    as plain words instead, split at every non-word character and "-": a number holds a digit, a whole
    word of FIRST_WORDS or A_WORDS ("a few", two whole words; a modifier, "more than", is followed by one of
    those), a singular drone ends with the last word of an English singular noun, and "both" is one."""
    folded = fold(sentence)
    if not folded.isascii():
        return may_hold_quantity(sentence), prefilter.may_match(SINGULAR_RE, sentence), "both" in folded
    words = folded.encode().translate(_AMOUNT_WORD_BYTES)
    split = words.split()
    if _AMOUNT_WORDS.isdisjoint(split):  # (most sentences: no set to build, no search for A_WORDS)
        return b"0" in words, False, False
    found = _AMOUNT_WORDS.intersection(split)
    numbers = (
        b"0" in words
        or not _NUMBER_WORDS.isdisjoint(found)
        or (not _A_SECOND_WORDS.isdisjoint(found) and _A_WORDS_RE.search(folded) is not None)
    )
    return numbers, not _SINGULAR_WORDS.isdisjoint(found), b"both" in found


def _drone_amounts(sentence: str) -> list[tuple[Quantity, int, str]]:
    """(amount, end of noun phrase, how it was found) for every amount that counts drones."""
    numbers, singulars, both = _amount_kinds(sentence)
    if not (numbers or singulars or both):
        return []
    quantities = find_quantities(sentence) if numbers else []
    out: list[tuple[Quantity, int, str]] = []
    for i, q in enumerate(quantities):
        rest = sentence[q.end :]
        if (m := DRONE_PHRASE_RE.match(rest)) and not _UNIT_AFTER_RE.match(rest):
            out.append((q, q.end + m.end(), "noun"))
        elif OF_THEM_RE.match(rest):
            out.append((q, q.end + OF_THEM_RE.match(rest).end(), "of"))
        elif (
            OF_NUMBER_RE.match(rest[: (quantities[i + 1].start - q.end) if i + 1 < len(quantities) else 0] or "x")
            and i + 1 < len(quantities)
            and DRONE_PHRASE_RE.match(sentence[quantities[i + 1].end :])
        ):
            out.append((q, q.end, "of"))
        elif _ru_part_of_before(sentence, q.start):
            out.append((q, q.end, "of"))  # "из 120 запущенных дронов сбиты 85"
        elif PASSIVE_ELLIPTIC_RE.match(rest):
            out.append((q, q.end, "passive"))
        elif MORE_RE.match(rest):
            out.append((q, q.end + MORE_RE.match(rest).end(), "more"))
        elif _ends_with(sentence, q.start, ("at",)) and FIGURE_BEFORE_RE.search(sentence[: q.start]):
            out.append((q, q.end, "figure"))
        elif (
            _ends_with(sentence, q.start, ("another", "ещё", "еще"))
            and ANOTHER_BEFORE_RE.search(sentence[: q.start])
            and _verb_follows(rest)
        ):
            out.append((q, q.end, "more"))  # "ещё один попал в ...", "another one hit ..."
        elif (
            out
            and out[-1][2] in ("of", "passive")
            and CONTRAST_BEFORE_RE.search(sentence[: q.start])
            and (_verb_follows(rest) == "attack")
        ):
            # "118 of them were shot down, while 19 struck targets": the rest of the same drones
            out.append((q, q.end, "more"))
        elif not _UNIT_AFTER_RE.match(rest):  # ("30 km (19 miles) southwest of ...": a distance)
            out.append((q, q.end, "bare"))
    for m in _singular_matches(sentence) if singulars else ():
        if m.group("ru") and any(q.start <= m.start() <= q.end + 3 for q, _, _ in out if q.end <= m.start()):
            continue  # "два беспилотника": the number already counts it
        if any(q.start <= m.start() < e for q, e, _ in out):
            continue
        det = (m.group("det") or "").lower()
        how = "singular" if det else "ru_attack" if m.group("ru_attack") else "ru_singular"
        out.append((Quantity(m.start(), m.end(), 1, None, m.group(0)), m.end(), how))
    for m in _both_matches(sentence) if both else ():
        rest = sentence[m.end() :]
        nm = DRONE_PHRASE_RE.match(rest)
        if nm or PASSIVE_ELLIPTIC_RE.match(rest) or _HAD_RE.match(rest):
            out.append(
                (
                    Quantity(m.start(), m.end(), 2, None, "both"),
                    m.end() + (nm.end() if nm else 0),
                    "noun" if nm else "passive",
                )
            )
    return sorted(out, key=lambda t: t[0].start)


def _both_matches(sentence: str) -> Iterator[re.Match[str]]:
    """`BOTH_RE.finditer(sentence)`, tried only where the folded sentence spells "both" (its search, a
    look-behind first, tries every position)."""
    folded = fold(sentence)
    at = folded.find("both")
    while at >= 0:
        if m := BOTH_RE.match(sentence, at):
            yield m
        at = folded.find("both", at + 1)  # (two matches cannot overlap)


DEBRIS_BEFORE_RE = re.compile(
    alternation(merged_forms("events", "debris")) + r"\s+(?:of|from|из)?\s*(?:the\s+|an?\s+)?$",
    re.I,
)
# "из 120 запущенных Россией дронов сбиты 85": a Russian partitive whose part follows its verb
_RU_VERB_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{INTERCEPT})\s*[\u2013\u2014-]?\s*$", re.I)
_RU_FROM_RE = re.compile(rf"(?<![\w-])из\s+(?:них|которых|\S+\s+(?:[\w-]+\s+){{0,3}}(?i:{DRONE}))", re.I)


def _ru_part_of_before(sentence: str, pos: int) -> bool:
    if sentence.isascii() or sentence.find("из", 0, pos) < 0:
        return False  # (most sentences: no Russian "из" before the amount)
    return bool(_RU_VERB_BEFORE_RE.search(sentence, max(0, pos - 40), pos)) and bool(
        _RU_FROM_RE.search(sentence, 0, pos)
    )


def _instrumental(noun_phrase: str) -> bool:
    """Is the (Russian) drone phrase in the instrumental case ("беспилотниками", "ударными БпЛА")?"""
    return any(is_russian(w) and any("ablt" in p.tag for p in morph_parse(w)) for w in noun_phrase.split())


def _ends_with(sentence: str, pos: int, words: tuple[str, ...]) -> bool:
    """Does the text before `pos` end with one of `words` (lowercase) and spaces? A cheap necessary test
    for a pattern that ends in "word\\s+$" (its search tries every position of the text before `pos`)."""
    return fold(sentence)[:pos].rstrip().endswith(words)


# In an ASCII sentence's `word_start_fold`, every match of SINGULAR_RE ends with the last word of an
# English singular noun between spaces, or at the end (the Russian nouns and hyphen tails are not ASCII)
_SINGULAR_WORD_ENDS = tuple(f" {w.decode()} " for w in sorted(_SINGULAR_WORDS))
_SINGULAR_LAST_WORDS = tuple(end[:-1] for end in _SINGULAR_WORD_ENDS)


def may_name_one_drone(sentence: str) -> bool:
    """A cheap necessary test for SINGULAR_RE, whose derived starts ("a", "one more") are in every
    sentence: its noun, a whole word ("drone", not "drones", which most drone sentences say)."""
    spaced = word_start_fold(sentence)
    if spaced is None:
        return prefilter.may_match(_SINGULAR_NOUN_RE, sentence)
    # (a plain loop of `in` tests: a fifth of the instructions of one regex search for the words)
    for end in _SINGULAR_WORD_ENDS:  # noqa: SIM110
        if end in spaced:
            return True
    return spaced.endswith(_SINGULAR_LAST_WORDS)


def names_one_drone(sentence: str) -> bool:
    """Does the sentence name one drone ("a drone", "беспилотник": a match of SINGULAR_RE)?"""
    return may_name_one_drone(sentence) and prefilter.search(SINGULAR_RE, sentence) is not None


def _singular_matches(sentence: str) -> Iterator[re.Match[str]]:
    """`SINGULAR_RE.finditer(sentence)` through its derived prefilters (most sentences hold no singular)."""
    if prefilter.may_match(_SINGULAR_NOUN_RE, sentence):
        yield from prefilter.finditer(SINGULAR_RE, sentence)


# a speech tag or a participle clause between an amount and a place: the place is not the amount's
CLAUSE_AFTER_RE = re.compile(
    # (", flying to Moscow" / ", approaching X" is the drones' own heading, a place of theirs)
    r"\b(?:said|says|reported|added|wrote|told|announced)\b"
    r"|,\s+(?!including\b|according\b|flying\s+(?:to|towards?)\b|approaching\b)\w+ing\b"
    r"|,\s+(?:while|whereas|but)\b",
    re.I,
)


_PREP_BEFORE_RE = re.compile(
    rf"(?<![\w-]){PREP}\s+{_TERRITORY}(?:the\s+)?(?:[\w\-']+\s+){{0,4}}?$"
    # a breakdown line that drops its preposition: "9 БПЛА – территорией Краснодарского края"
    r"|[\u2013\u2014-]\s*(?:территори\w+|акватори\w+)\s+$",
    re.I,
)
_FROM_BEFORE_RE = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?:directions?\s+of\s+)?(?:[\w\-']+\s+){0,2}$", re.I)
_AREA_WORD_RE = re.compile(
    r"territor|district|outskirts|approach|part|suburb|centre|center|waters|airspace|skies|"
    r"(?:city|village|town|port|settlement)\s+of",
    re.I,
)
_LIST_GAP_RE = re.compile(
    r"(?:\s*(?:regions?|oblasts?|districts?))?\s*(?:,|and|,\s*and|и|,\s*as\s+well\s+as|as\s+well\s+as)\s*(?:the\s+|over\s+the\s+|over\s+)?"
    # "над территориями Белгородской области и над акваториями Азовского и Черного морей"
    r"(?:(?:над|в|на)\s+(?:территори\w+\s+|акватори\w+\s+)?|территори\w+\s+|акватори\w+\s+)?",
    re.I,
)


def _place_after(sentence: str, places: list[Place], pos: int, limit: int) -> list[Place]:
    """Places in a locative phrase right after `pos` ("over the Kursk and Oryol regions")."""
    chain: list[Place] = []
    cursor = pos
    for p in places:
        if p.start < cursor:
            continue
        if p.start >= limit:
            break
        gap = sentence[cursor : p.start]
        if not chain and CLAUSE_AFTER_RE.search(gap):
            return []  # "465 drones overnight, the air force said, knocking out power in Kyiv": another clause
        if not chain and p.kind == "vicinity" and len(gap.split()) <= 10 and not _ITEM_START_RE.search(gap):
            pass  # "crashed near a gas station southeast of Moscow": the vicinity phrase is its own locative
        elif not chain:
            if not _PREP_BEFORE_RE.search(gap) or ":" in gap or _SUBSET_IN_RE.search(gap):
                return []  # (after a colon the places are a breakdown's items, not the figure's)
            if _FROM_BEFORE_RE.search(gap) and not _AREA_WORD_RE.search(gap):
                return []
        elif not _LIST_GAP_RE.fullmatch(gap):
            break
        chain.append(p)
        cursor = p.end
    return chain


_IN_OPENING_RE = re.compile(r"^\W*(?:in|over|near|at|в|над)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_PREP_END_RE = re.compile(rf"(?<![\w-]){PREP}\s+{_TERRITORY}(?:the\s+)?(?:[\w\-]+\s+){{0,3}}$", re.I)


def _place_before(sentence: str, places: list[Place], pos: int, clause_start: int) -> Place | None:
    """A fronted locative ("In the Dnipropetrovsk region, air defence ... destroyed 11 drones")."""
    for p in reversed(places):
        if p.end > pos:
            continue
        # a place in an earlier clause counts only as a sentence-initial "In X," (it covers the whole sentence)
        if p.start < clause_start and not _IN_OPENING_RE.match(sentence[: p.start]):
            continue
        if _SUBSET_BEFORE_PLACE_RE.search(sentence, max(0, p.start - 30), p.start):
            continue  # "repelled the attack, including on Kyiv, destroying 11 drones": one target of several
        if _PREP_END_RE.search(sentence[max(0, p.start - 60) : p.start]):
            return p
        if _WITH_AMOUNT_RE.fullmatch(sentence, p.end, pos) and _STRUCK_BEFORE_RE.search(
            sentence, max(0, p.start - 40), p.start
        ):
            return p  # "attacked the Kursk region with 12 drones": the verb's object is where they flew
    return None


_WITH_AMOUNT_RE = re.compile(
    r"(?:\s+(?:region|oblast|krai|province))?(?:\s+overnight)?\s+with\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly)\s+)?",
    re.I,
)
_STRUCK_BEFORE_RE = re.compile(rf"(?<![\w-]){_ATTACK_WITH_VERBS}\s+(?:the\s+)?$", re.I)


def _speaks_of_drones(sentence: str, drone_context: bool) -> bool:
    # (asked only by the few items that need it: the search costs more than most sentences' rules, and
    # most sentences spell a plain drone word, which tells without it)
    return drone_context or prefilter.search(DRONE_RE, sentence) is not None


# (compiled once: module-level re functions look the pattern and its flags up on every call)
_EACH_ITEM_RE = re.compile(r"\s*(?:each|apiece)\b|\s*[\u2013\u2014-]\s*над\s+территориями", re.I)
_PO_END_RE = re.compile(r"по\s*$", re.I)  # ("по пять": so many for each place)
_TARGETS_RE = re.compile(r"\btargets?\b", re.I)
_EACH_AFTER_RE = re.compile(r"\s*each\b", re.I)


def find_mentions(
    sentence: str, places: list[Place], title_places: list[Place], drone_context: bool = False
) -> list[Mention]:
    """Drone amounts in one sentence with their event type and place.

    `drone_context`: the previous sentence spoke of drones, so "Ten were destroyed over X"
    needs no drone word of its own.
    """
    amounts = drone_amounts(sentence)
    if not amounts:
        return []  # most sentences near a drone word count nothing: skip the verb scan
    verbs = _verbs(sentence)
    # places inside a reporter's title ("Tula region governor") are not where drones were
    where = [p for p in places if p not in title_places]
    mentions: list[Mention] = []
    starts = [q.start for q, _, _ in amounts] + [len(sentence)]
    for idx, (q, n_end, how) in enumerate(amounts):
        next_q = starts[idx + 1]
        prev_end = amounts[idx - 1][1] if idx else 0
        c_start, c_end = _clause_bounds(sentence, q.start)
        head = next((j for j in range(len(mentions) - 1, -1, -1) if not mentions[j].elliptic), None)
        if _subset_before(sentence, q.start) and not _subset_is_claim(
            sentence, where, mentions[head] if head is not None else None, q, n_end, how, next_q
        ):
            continue  # a subset of the number before it
        if how in ("of", "passive") and _partitive_of_nondrone(sentence, q, n_end):
            continue
        if how == "figure":
            if fig := _figure_mention(sentence, where, q):
                mentions.append(fig)
            continue
        if how == "bare":
            # a breakdown item: "nine over the Bryansk region", "10 – over the territory of ..."
            after = _place_after(sentence, where, q.end, next_q)
            gap_ok = after and ELLIPTIC_RE.match(sentence[q.end : after[0].start])
            paren = _paren_item(sentence, where, q)
            dash = None if gap_ok or paren else _dash_item(sentence, where, q)
            if not ((gap_ok or paren or dash) and _speaks_of_drones(sentence, drone_context)):
                continue
            if dash:
                mentions.append(
                    Mention(
                        q.start,
                        q.end,
                        q.count,
                        q.count_low,
                        "",
                        place=dash,
                        elliptic=True,
                        head=head,
                        rule=PLACE_FIRST_ITEM,
                    )
                )
                continue
            each = _EACH_ITEM_RE.match(sentence[q.end :]) or (
                _ends_with(sentence, q.start, ("по",)) and _PO_END_RE.search(sentence[: q.start])
            )
            targets = after if gap_ok else [paren]
            if gap_ok and not each and len({p.code for p in after if p.kind == "region"}) > 1:
                # "еще 29 над Курской, Брянской и Белгородской областями": one figure over a list of regions
                mentions.append(
                    Mention(
                        q.start,
                        after[-1].end,
                        q.count,
                        q.count_low,
                        "",
                        places=after,
                        elliptic=True,
                        head=head,
                        rule=BREAKDOWN_ITEM,
                    )
                )
                continue
            for p in targets if each else targets[:1]:
                rule = DISTRIBUTIVE_ITEM if each and len(targets) > 1 else BREAKDOWN_ITEM if gap_ok else BREAKDOWN_PAREN
                mentions.append(
                    Mention(q.start, p.end, q.count, q.count_low, "", place=p, elliptic=True, head=head, rule=rule)
                )
            continue
        if how == "passive":
            # ("Both had fallen on a field": "both" before "had" is passive-like, with no passive verb)
            passive = PASSIVE_ELLIPTIC_RE.match(sentence[q.end :])
            verb = VERB_RE.match(passive.group("verb") or passive.group("ru_verb")) if passive else None
            kind = _normalise_kind(verb.lastgroup) if verb else _verb_follows(sentence[q.end :])
            if (
                kind == "negative"
                or not kind
                or not _speaks_of_drones(sentence, drone_context)
                and not _TARGETS_RE.search(sentence)
            ):
                continue
            after = _place_after(sentence, where, q.end, next_q)
            each = _EACH_AFTER_RE.match(sentence[q.end :]) or (
                _ends_with(sentence, q.start, ("по",)) and _PO_END_RE.search(sentence[: q.start])
            )
            if each and len(after) > 1:
                for p in after:
                    mentions.append(
                        Mention(
                            q.start,
                            p.end,
                            q.count,
                            q.count_low,
                            kind,
                            place=p,
                            elliptic=True,
                            head=head,
                            rule=DISTRIBUTIVE_ITEM,
                        )  # fmt: skip
                    )
                continue
            m = Mention(q.start, n_end, q.count, q.count_low, kind, rule=PASSIVE_ELLIPSIS)
            _assign_place(m, sentence, where, q, n_end, next_q, c_start, prev_end)
            mentions.append(m)
            continue
        if (
            how == "more"
            and not DRONE_PHRASE_RE.match(sentence[n_end:])
            and not PASSIVE_ELLIPTIC_RE.match(sentence[n_end:])
        ):
            after = _place_after(sentence, where, n_end, next_q)
            fwd = _normalise_kind(_event_after(sentence, verbs, n_end, c_end, next_q))
            if fwd in (None, "negative") and not after:
                continue
        kinds = _event_kinds(sentence, verbs, amounts, idx, how, c_start, c_end, next_q)
        kinds = [k for k in kinds if k in EVENT_KINDS]
        if kinds == ["launch"] and DOWNED_AFTER_RE.match(sentence, n_end):
            kinds.append("intercept")  # "attacked Moscow with five drones that were shot down"
        if not kinds and how == "noun" and not _event_before(sentence, verbs, q.start, c_start)[0]:
            # "included 10 drones over Kaluga Oblast": a breakdown item whose verb is elsewhere
            if each := _each_places(sentence, where, q.start, n_end, next_q):
                # "по 12 БПЛА – над территориями Курской и Липецкой областей": an item for each place
                mentions += [
                    Mention(q.start, n_end, q.count, q.count_low, "", place=p, rule=DISTRIBUTIVE_ITEM) for p in each
                ]
                continue
            probe = Mention(q.start, n_end, q.count, q.count_low, "", rule=BREAKDOWN_NOUN_ITEM)
            _assign_place(probe, sentence, where, q, n_end, next_q, c_start, prev_end)
            if probe.place is not None and probe.place.code and not _event_after(sentence, verbs, n_end, c_end, next_q):
                mentions.append(probe)
            continue
        if "attack" in kinds and DEBRIS_BEFORE_RE.search(sentence, max(0, q.start - 30), q.start):
            kinds = [k for k in kinds if k != "attack"]  # debris that fell is no drone that attacked
        each = _each_places(sentence, where, q.start, n_end, next_q)
        for kind in kinds:
            if each:
                mentions += [
                    Mention(q.start, n_end, q.count, q.count_low, kind, place=p, rule=DISTRIBUTIVE) for p in each
                ]
                continue
            m = Mention(q.start, n_end, q.count, q.count_low, kind, rule=RULE_OF_AMOUNT[how])
            _assign_place(m, sentence, where, q, n_end, next_q, c_start, prev_end)
            mentions.append(m)
    return _all_of_them(sentence, mentions + _same_again(sentence, where, mentions))


# "Employees saw a drone. It crashed into the plant": the subject points back to one drone
PRONOUN_SUBJECT_RE = re.compile(
    rf"\W*(?:it|the\s+(?:{alternation(_SINGULAR_EN)})|он|этот\s+(?:дрон|беспилотник))\s+{_AUX}(?=\S)", re.I
)


_INNER_STOP_RE = re.compile(r"[.!?][\"”»]?\s+")


def pronoun_subject(sentence: str, places: list[Place], after_lone_drone: bool) -> Mention | None:
    """One drone struck or was downed, told by a pronoun subject, at the start of the sentence when
    the one before named one drone and counted none (`after_lone_drone`), or after a full stop inside
    the sentence (a quote the splitter kept whole) when the part before names one drone."""
    subject = PRONOUN_SUBJECT_RE.match(sentence) if after_lone_drone else None
    # (an inner stop needs a stop character before the sentence's last one: a plain scan finds none
    # in most sentences, where the regex scan of every character cost more than the rest of the rule)
    body = sentence.rstrip()[:-1]
    inner = "." in sentence and ("." in body or "!" in body or "?" in body)
    if subject is None and inner and may_name_one_drone(sentence):
        for stop in _INNER_STOP_RE.finditer(sentence):
            if (subject := PRONOUN_SUBJECT_RE.match(sentence, stop.end())) and prefilter.search(
                SINGULAR_RE, sentence, 0, stop.start()
            ):
                break
            subject = None
    verb = VERB_RE.match(sentence, subject.end()) if subject else None
    kind = _normalise_kind(_kind_of(verb)) if verb else None
    if kind not in ("intercept", "attack"):
        return None
    q = Quantity(subject.start(), subject.end(), 1, None, subject.group(0))
    m = Mention(q.start, q.end, 1, None, kind, rule=PRONOUN_SUBJECT)
    _assign_place(m, sentence, places, q, verb.end(), len(sentence), 0)
    return m


# "Russia sent 40 drones toward X, and all of them were destroyed", "all the drones were shot down",
# "все они были уничтожены" ("planes", "aircraft", "targets": what a report calls the drones it counted)
ALL_OF_THEM_RE = re.compile(
    rf"(?<![\w-])(?:all\s+(?:of\s+)?(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:{DRONE}|planes|aircraft|targets))|"
    rf"все\s+(?:они|из\s+них|{DRONE})?)\s+"
    rf"(?:(?:were|have\s+been|had\s+been|was|были|был|было)\s+)?(?:\w+ly\s+)?(?:{INTERCEPT})(?![\w-])",
    re.I,
)


SAME_AGAIN_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(p for lang in ('en', 'ru') for p in load(lang, 'numbers')['same_again']['phrases'])})"
    r"\s*[\u2013\u2014-]?\s*",
    re.I,
)


def _same_again(sentence: str, places: list[Place], mentions: list[Mention]) -> list[Mention]:
    """ "по пять — над Тульской и Калужской, столько же — над Липецкой": the amount of the item before,
    again, for the place after the phrase."""
    if not mentions or not prefilter.may_match(SAME_AGAIN_RE, sentence):
        return []
    out = []
    for m in prefilter.finditer(SAME_AGAIN_RE, sentence):
        before = [x for x in mentions if x.end <= m.start()]
        after = _place_after(sentence, places, m.end(), len(sentence))
        if before and after and after[0].code:
            prev = before[-1]
            out.append(replace(prev, start=m.start(), end=m.end(), place=after[0], places=[], rule=BREAKDOWN_ITEM))
    return out


def _all_of_them(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with every drone of the launch or attack just counted intercepted too."""
    counted = [m for m in mentions if m.event_type in ("launch", "attack") and not m.elliptic]
    if not counted or not prefilter.may_start(ALL_OF_THEM_RE, sentence):
        return mentions
    said = prefilter.search(ALL_OF_THEM_RE, sentence, counted[-1].end)
    if said is None or any(m.event_type == "intercept" and m.start > counted[-1].start for m in mentions):
        return mentions
    i = next(k for k, m in enumerate(mentions) if m is counted[-1])
    return [*mentions[:i], *all_intercepted(mentions[i], said.start(), said.end()), *mentions[i + 1 :]]


def all_intercepted(m: Mention, start: int, end: int) -> list[Mention]:
    """'..., and all of them were destroyed' after mention `m`: a launch stays and gains the
    interception of every drone; drones that attacked and were all downed were only intercepted."""
    downed = replace(m, start=start, end=end, event_type="intercept", rule=ALL_OF_THEM)
    return [m, downed] if m.event_type == "launch" else [replace(m, event_type="intercept", rule=ALL_OF_THEM)]


def all_of_them_said(sentence: str) -> bool:
    """Whether the sentence says that all the drones counted before it were intercepted."""
    return prefilter.may_start(ALL_OF_THEM_RE, sentence) and prefilter.search(ALL_OF_THEM_RE, sentence, 0) is not None


SUBSET_BEFORE_RE = re.compile(
    r"(?:including|among\s+them|of\s+which|of\s+them|в\s+том\s+числе|из\s+(?:которых|них))\s*$", re.I
)


# (a place after "in particular 9 flying to Moscow" is the subset's, not the figure's)
_SUBSET_IN_RE = re.compile(r"(?:including|among\s+them|of\s+which|в\s+том\s+числе)", re.I)


# "including on Kyiv": a place that is one of several, named after a subset word
_SUBSET_BEFORE_PLACE_RE = re.compile(rf"(?:{_SUBSET_IN_RE.pattern})\s+(?:\w+\s+){{0,2}}$", re.I)


def _subset_before(sentence: str, pos: int) -> bool:
    """Does SUBSET_BEFORE_RE end at `pos` (in the 25 characters before it)? Most amounts follow none of its words."""
    if not _ends_with(sentence, pos, ("including", "them", "which", "числе", "которых", "них")):
        return False  # (the search tries every position of the 25)
    return SUBSET_BEFORE_RE.search(sentence, max(0, pos - 25), pos) is not None


def _subset_is_claim(
    sentence: str, places: list[Place], head: Mention | None, q: Quantity, n_end: int, how: str, next_q: int
) -> bool:
    """ "including N" / "of which N" after a number is a subset (no claim) unless it is a part of a
    country figure with its own region ("193 drones, including 40 over the Moscow region") or a
    different event ("launched 64 drones, of which 45 were shot down"); with the figure in the
    sentence before ("Из них шесть — над территорией Московского региона"), a part with its region."""
    if head is None:
        after = _place_after(sentence, places, n_end, next_q)
        return bool(after) and after[0].kind == "region"
    if how == "passive":
        verb = PASSIVE_ELLIPTIC_RE.match(sentence[q.end :])
        found = VERB_RE.match(verb.group("verb") or verb.group("ru_verb")) if verb else None
        kind = _normalise_kind(_kind_of(found)) if found else None
        if kind in EVENT_KINDS and kind != head.event_type:
            return True
    country_level = (head.place is None and not head.places) or head.country_area is not None
    after = _place_after(sentence, places, n_end, next_q)
    return country_level and bool(after) and after[0].kind == "region"


EACH_RE = re.compile(r"\s*(?:each|apiece)\b", re.I)


def _each_places(sentence: str, places: list[Place], q_start: int, n_end: int, next_q: int) -> list[Place]:
    """ "two drones each over the Kaluga and Smolensk regions", "по 2 БПЛА над Курской и Орловской
    областями": the amount repeats for every region."""
    po = _ends_with(sentence, q_start, ("по",)) and _PO_END_RE.search(sentence[:q_start])
    if not po and not EACH_RE.match(sentence, n_end):
        return []
    after = _place_after(sentence, places, n_end, next_q)
    return after if len({p.code for p in after}) > 1 else []


CLAUSE_JOIN_RE = re.compile(r",|;|\s(?:and|while|but|и|а)\s", re.I)
INTERCEPT_NEXT_RE = re.compile(rf"\s*(?:{INTERCEPT})\b", re.I)
# "..., which were all shot down", "that were intercepted or jammed": every drone counted was downed
DOWNED_AFTER_RE = re.compile(
    rf",?\s+(?:that|which|все\s+из\s+которых|которые)\s+(?:were|have\s+been|had\s+been|были)\s+(?:all\s+)?(?:\w+ly\s+)?(?:{INTERCEPT})\b",
    re.I,
)
# "over the Kursk and Oryol regions", "над Курской и Белгородской областями": a list, not one place
PLURAL_AREA_RE = re.compile(r"территориями|областями|областях|регионами|regions\b", re.I)


def _new_clause(sentence: str, verb_pos: int, q_start: int) -> bool:
    """Does a comma or a conjunction separate an earlier verb from the amount?"""
    return verb_pos < 0 or bool(CLAUSE_JOIN_RE.search(sentence, verb_pos, q_start))


def _figure_mention(sentence: str, places: list[Place], q: Quantity) -> Mention | None:
    """The amount of "put the figure (for X) at N", with the place and verb the phrase names."""
    fig = FIGURE_BEFORE_RE.search(sentence[: q.start])
    what = fig.group("what") if fig else ""
    if not fig or _NOT_DRONE_FIGURE_RE.search(what):
        return None
    verb = VERB_RE.search(what)
    kind = _normalise_kind(verb.lastgroup) if verb else ""
    if kind == "negative":
        return None
    place = next((p for p in places if fig.start("what") <= p.start and p.end <= fig.end("what")), None)
    # "the number of drones destroyed ... at 14" says all it needs; "the figure ... at nine" leans on
    # the claim it restates
    told = bool(kind) and bool(DRONE_RE.search(what))
    return Mention(
        q.start, q.end, q.count, q.count_low, kind or "", place=place, elliptic=not told, restates=not told,
        rule=FIGURE_RESTATED,
    )  # fmt: skip


def _partitive_whole(sentence: str, amounts: Sequence[tuple[Quantity, int, str]], idx: int) -> bool:
    """Is amount `idx` the M of "N of the M drones"?"""
    if not 0 < idx < len(amounts) or amounts[idx - 1][2] != "of":
        return False
    prev = amounts[idx - 1][0]
    return bool(OF_NUMBER_RE.match(sentence[prev.end : amounts[idx][0].start]))


_DOWNED_RE = re.compile(r"\b(?:downed|destroyed|intercepted)\b", re.I)


def _event_kinds(
    sentence: str,
    verbs: list[tuple[int, int, str]],
    amounts: Sequence[tuple[Quantity, int, str]],
    idx: int,
    how: str,
    c_start: int,
    c_end: int,
    next_q: int,
) -> list[str]:
    """Event types of one drone amount, from the verbs around it."""
    q, n_end, _ = amounts[idx]
    rest = sentence[n_end:]
    kinds: list[str] = []
    if _hits_of_before(sentence, c_start, q.start):
        return ["attack"]  # "Hits of 4 attack UAVs were recorded at 3 locations"
    back, back_pos = _event_before(sentence, verbs, q.start, c_start)
    back_gap = len(sentence[back_pos : q.start].split()) if back_pos >= 0 else 99
    if back in ("launch_with", "launch_with_hit"):
        # "attacked the Kursk region with 12 drones": the words of the verb run up to its "with"
        back_gap = len(sentence[sentence.rfind(" with", back_pos, q.start) : q.start].split()) - 1
    if how == "ru_attack":
        if ALERT_BEFORE_RE.search(sentence, max(0, q.start - 40), q.start):
            return []  # "объявлена опасность атаки БПЛА": an alert
        # "отразили атаку беспилотника" is an interception; otherwise the drone struck
        return ["intercept" if _normalise_kind(back) == "intercept" and back_gap <= 3 else "attack"]
    if back == "attack" and back_gap <= 4 and _instrumental(sentence[q.end : n_end]):
        return ["launch"]  # "атаковала Украину 176 беспилотниками": the drones it attacked with
    if back == "attack" and ATTACK_WITH_BEFORE_RE.search(sentence, max(c_start, back_pos), q.start):
        return ["launch"]  # "атаковали область с помощью 30 беспилотников"
    if origin := ORIGIN_AFTER_RE.match(rest):
        # "Twelve drones launched from Ukraine were downed": where they came from; the verb after counts
        kind = _normalise_kind(_event_after(sentence, verbs, n_end + origin.end(), c_end, next_q))
        if kind in EVENT_KINDS:
            return [kind]
    if how == "noun" and _LAUNCHED_MOD_RE.search(sentence, q.end, n_end):
        # "all 29 Russia-launched drones were shot down": launched, and what the verb says
        if _partitive_whole(sentence, amounts, idx):
            return ["launch"]
        main = _normalise_kind(_event_after(sentence, verbs, n_end, c_end, next_q))
        return _launched_and(
            sentence, q.start, main == "intercept" or (_normalise_kind(back) == "intercept" and back_gap <= 3)
        )
    if participle := PARTICIPLE_LAUNCH_RE.match(rest):
        # "40 of the 55 drones that Russia launched were destroyed": the verb belongs to the 40
        if _partitive_whole(sentence, amounts, idx):
            return ["launch"]
        main = _event_after(sentence, verbs, n_end + participle.end(), c_end, next_q)
        # "downed all 14 drones that Russia launched": the verb before counts too
        return _launched_and(
            sentence,
            q.start,
            _normalise_kind(main) == "intercept" or (_normalise_kind(back) == "intercept" and back_gap <= 3),
        )
    if _partitive_whole(sentence, amounts, idx):
        # "shot down 23 of 26 drones": the whole is the number sent (ANNOTATION.md), unless its
        # own participle says otherwise ("10 of the 22 drones destroyed overnight")
        return ["intercept" if INTERCEPT_NEXT_RE.match(rest) else "launch"]
    fwd_from, fwd_limit = n_end, next_q
    if _partitive_whole(sentence, amounts, idx + 1):
        # "40 of the 55 drones (that Russia launched) were destroyed": look past the whole
        whole_end = amounts[idx + 1][1]
        participle = PARTICIPLE_LAUNCH_RE.match(sentence[whole_end:])
        fwd_from = whole_end + (participle.end() if participle else 0)
        fwd_limit = amounts[idx + 2][0].start if idx + 2 < len(amounts) else len(sentence)
    fwd = _normalise_kind(_event_after(sentence, verbs, fwd_from, c_end, fwd_limit))
    if back == "intercept_or_attack_by":
        kinds.append("intercept" if fwd == "intercept" or _repel_before(sentence, back_pos, c_start) else "attack")
    elif how in ("singular", "ru_singular") and back in ("launch_with", "launch_with_hit") and back_gap <= 8:
        kinds.append("attack")  # "hit a minibus with an FPV drone": one drone struck, nothing was launched at a region
    elif how == "singular" and ATTACK_NOUN_RE.match(rest):
        # "narrowly escaped an FPV drone attack" is one drone; "repelled a drone attack" is not a count
        if back not in ("intercept", "down") and len(amounts) == 1 and not UNCONFIRMED_ATTACK_RE.match(rest):
            kinds.append("attack")
    elif _DOWNED_RE.search(sentence[q.start : n_end]):
        kinds.append("intercept")  # "a downed drone"
    elif (subject := _verb_follows(rest)) and _new_clause(sentence, back_pos, q.start):
        # "shot down two drones, another one hit a roof": the amount is the subject of its own verb
        # ("..., and a drone was spotted over X" is then no claim at all)
        kinds.append(subject)
    elif back and back_gap <= 4 and _normalise_kind(back) != "negative":
        kinds.append(_normalise_kind(back))
    elif fwd:
        kinds.append(fwd)
    elif back and _normalise_kind(back) != "negative":
        kinds.append(_normalise_kind(back))
    elif label := _label_kind(sentence, q.start):
        kinds.append(label)
    return kinds


def _launched_and(sentence: str, q_start: int, intercepted: bool) -> list[str]:
    """Kinds of an amount that a launch participle or clause qualifies: launched when nothing else
    happened to it or when it is all of them; intercepted when a verb says so."""
    if not intercepted:
        return ["launch"]
    if ALL_BEFORE_RE.search(sentence, max(0, q_start - 12), q_start):
        return ["launch", "intercept"]
    return ["intercept"]


# Ukrainian Air Force summaries: "Hits by ballistic missiles and 24 strike UAVs were recorded",
# "impacts of the missiles and of 6 drones": the drones that hit are an attack, whatever verb follows
HITS_OF_RE = re.compile(
    r"(?<![\w-])(?:hits?|impacts?|strikes?)\s+(?:of|by)\s+(?:[^.;:]{0,60}?\s+and\s+(?:of\s+|by\s+)?)?(?:the\s+)?$", re.I
)


def _hits_of_before(sentence: str, start: int, end: int) -> bool:
    """Does HITS_OF_RE find a match between `start` and `end`? It spells one of its nouns there (most
    clauses do not: the search tries every position)."""
    folded = fold(sentence)
    if all(folded.find(word, start, end) < 0 for word in ("hit", "impact", "strike")):
        return False
    return HITS_OF_RE.search(sentence, start, end) is not None


# "Shot down/suppressed: 585 UAVs": a verb as the label of a figure
LABEL_VERB_RE = re.compile(r"^\W*(?P<label>[^:.;\d]{1,100}):\s*$")


# "Всего ... уничтожены: 660 самолетов, 283 вертолета, 52 831 беспилотный летательный аппарат":
# a verb that labels a list; the amount is one of the list's items
_LIST_ITEMS_RE = re.compile(r"[^.;:!?]*$")


def _label_kind(sentence: str, q_start: int) -> str | None:
    label = LABEL_VERB_RE.match(sentence[:q_start])
    if (
        label is None
        and (colon := sentence.rfind(":", 0, q_start)) > 0
        and _LIST_ITEMS_RE.match(sentence, colon + 1, q_start)
    ):
        head = sentence[:colon]
        label = LABEL_VERB_RE.match(head[max(head.rfind("."), head.rfind(";")) + 1 :] + ":")
    verb = VERB_RE.search(label.group("label")) if label else None
    kind = _normalise_kind(_kind_of(verb)) if verb else None
    return kind if kind in ("intercept", "launch") else None


_ELLIPTIC_AFTER_RE = re.compile(rf"\s*(?:each\s+|apiece\s+)?(?:more\s+)?(?:[\u2013\u2014-]\s*)?{PREP}\s", re.I)


def _looks_elliptic(sentence: str, q: Quantity) -> bool:
    rest = sentence[q.end : q.end + 40]
    before = sentence[max(0, q.start - 4) : q.start]
    return bool(_ELLIPTIC_AFTER_RE.match(rest) or PAREN_RE.match(before[-2:]) or _DASH_BEFORE_RE.search(before))


# (after a word: "в Тульской — пять"; not "MOSCOW (Reuters) – One civilian")
_DASH_BEFORE_RE = re.compile(r"\w\s*[\u2013\u2014-]\s*$")
_ITEM_START_RE = re.compile(r"[,;:(\n]")
_DASH_GAP_RE = re.compile(r"\s*[\u2013\u2014-]\s*")


def _dash_item(sentence: str, places: list[Place], q: Quantity) -> Place | None:
    """ "в Воронежской области — девять", "над Курской — 12": a breakdown item that names its place first."""
    for p in reversed(places):
        if p.end > q.start:
            continue
        if not _DASH_GAP_RE.fullmatch(sentence, p.end, q.start):
            return None
        lead = sentence[max(0, p.start - 60) : p.start]
        item = _ITEM_START_RE.split(lead)[-1]  # (the text since the item's own separator)
        return p if _PREP_END_RE.search(lead) or not item.strip(" \u2022▪▫-") else None
    return None


NONDRONE_RE = re.compile(NONDRONE, re.I)
# "two of the missiles were intercepted": a partitive of something that is not a drone
OF_NONDRONE_RE = re.compile(rf"^\s*of\s+(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}(?:{NONDRONE})\b", re.I)


def _partitive_of_nondrone(sentence: str, q: Quantity, n_end: int) -> bool:
    """ "Two of the missiles", or "one of them" after missiles; "89 of the drones" names its noun."""
    if DRONE_RE.search(sentence, q.end, n_end):
        return False
    return bool(OF_NONDRONE_RE.match(sentence[q.end :])) or _of_nondrone(sentence, q.start) or _of_people(sentence, q)


def _of_nondrone(sentence: str, pos: int) -> bool:
    """ "one of them was intercepted" where "them" are missiles."""
    drone = [m.end() for m in prefilter.finditer(DRONE_RE, sentence[:pos])]
    other = [m.end() for m in NONDRONE_RE.finditer(sentence[:pos])]
    return bool(other) and (not drone or other[-1] > drone[-1])


PEOPLE_RE = re.compile(
    r"(?<![\w-])(?:people|persons|passengers|civilians|residents|children|women|men|injured|wounded|killed|dead|"
    r"victims|soldiers|servicemen|workers|employees|firefighters|rescuers|пострадавш\w*|человек\w*|погибш\w*|ранен\w*)(?![\w-])",
    re.I,
)


OF_PRONOUN_RE = re.compile(r"\s*of\s+(?:them|whom|which|these|those)\b", re.I)


def _of_people(sentence: str, q: Quantity) -> bool:
    """ "wounding six passengers, two of them seriously": "them" are the people named last."""
    if not OF_PRONOUN_RE.match(sentence, q.end):
        return False
    drone = [m.end() for m in DRONE_RE.finditer(sentence, 0, q.start)]
    people = [m.end() for m in PEOPLE_RE.finditer(sentence, 0, q.start)]
    return bool(people) and (not drone or people[-1] > drone[-1])


_REPEL_RE = re.compile(r"repel|repuls|thwart|foil|отраж|пресеч", re.I)


def _repel_before(sentence: str, pos: int, clause_start: int) -> bool:
    return bool(_REPEL_RE.search(sentence[clause_start:pos]))


_BEFORE_PAREN_RE = re.compile(r"\s*(?:regions?|oblast|krai|sea)?\s*\(\s*", re.I)


def _paren_item(sentence: str, places: list[Place], q: Quantity) -> Place | None:
    """ "Kursk (seven drones)", "Rostov (six)": the place right before an opening bracket."""
    if not PAREN_RE.match(sentence[max(0, q.start - 2) : q.start]):
        return None
    for p in reversed(places):
        if p.end <= q.start and _BEFORE_PAREN_RE.fullmatch(sentence[p.end : q.start]):
            return p
    return None


_LIVE_BLOG_HEAD_RE = re.compile(r"^\W*(?:\d{1,2}[:.]\d\d\s*[-\u2013\u2014]?\s*)?")


_COMMA_RE = re.compile(r"[,;]")
# between a fronted place and its amount: a few words (the verb and its helpers), no clause break
_FRONTED_GAP_RE = re.compile(r"^(?:\s*[\w-]+){0,4}\s*$")
# before a fronted place's preposition: nothing but the link to the item before
_ITEM_LEAD_RE = re.compile(r"^[\W\d_]*(?:(?:and|also|и|а|также)\b[\W_]*)?$", re.I)


# "shot down by Moscow air defences": the place whose defences fired
_DEFENDERS_AFTER_RE = re.compile(
    rf"\s*(?:'s\s+)?(?:(?:region|oblast|city)(?:'s)?\s+)?(?:{alternation(load('en', 'places')['defenders'])})(?![\w-])",
    re.I,
)


# "... shot down five drones there": the place is the one named before
_THERE_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:there|over\s+it|там)(?![\w-])", re.I)


def _defended_place(sentence: str, places: list[Place], c_start: int, end: int) -> Place | None:
    """The place just before "air defences" in the amount's clause, if there is one."""
    for p in places:
        if c_start <= p.start and p.end <= end and _DEFENDERS_AFTER_RE.match(sentence, p.end):
            return p
    return None


def _fronted_place(sentence: str, places: list[Place], q_start: int, prev_end: int) -> list[Place] | None:
    """The places that open the amount's own item ("Над территорией X уничтожено 6 БПЛА, ..."):
    one, or a list ("Над территорией X и акваторией Y перехвачены 9 БПЛА")."""
    for i in range(len(places) - 1, -1, -1):
        p = places[i]
        if p.end > q_start:
            continue
        if p.start < prev_end or not _FRONTED_GAP_RE.match(sentence[p.end : q_start]):
            return None
        if PLURAL_AREA_RE.search(p.name):
            return None  # "Над Белгородской и Курской областями сбиты 6 БПЛА": a list, not one item's place
        chain = [p]
        for q in reversed(places[:i]):
            if q.start < prev_end or not _LIST_GAP_RE.fullmatch(sentence, q.end, chain[0].start):
                break
            chain.insert(0, q)
        prep = prefilter.search(_PREP_END_RE, sentence, max(prev_end, chain[0].start - 60), chain[0].start)
        if prep is None:
            return None
        # a later item's one place opens it only right after the item before; the first amount's place,
        # or a list of places, is the amount's wherever the sentence begins ("По данным ведомства, за
        # ночь над X уничтожены 15 БПЛА, летевших на Москву"; "С 23:00 до 07:00 над X и Y перехвачены 9")
        if (
            len({c.code for c in chain}) == 1
            and prev_end
            and not _ITEM_LEAD_RE.match(sentence[prev_end : prep.start()])
        ):
            return None
        return chain
    return None


def _assign_place(
    m: Mention,
    sentence: str,
    places: list[Place],
    q: Quantity,
    n_end: int,
    next_q: int,
    c_start: int,
    prev_end: int = 0,
) -> None:
    # "Bryansk (one drone)": a count in brackets belongs to the place just before the bracket
    if paren := _paren_item(sentence, places, q):
        m.place = paren
        return
    end = min(len(sentence), next_q)
    window = fold(sentence)[n_end:end]
    area = prefilter.search(COUNTRY_AREA_RE, sentence, n_end, end) if any(w in window for w in AREA_WORDS) else None
    after = _place_after(sentence, places, n_end, next_q)
    # "Над территорией X уничтожено 6 БПЛА, над территорией Y ...": a place fronted in the item's own
    # clause is the item's; the place after the comma starts the next item
    if (fronted := _fronted_place(sentence, places, q.start, prev_end)) and (
        not after or _COMMA_RE.search(sentence, n_end, after[0].start)
    ):
        if len({p.code for p in fronted}) > 1:
            m.places = fronted
        else:
            m.place = fronted[-1]
        return
    if area and (not after or area.start() < after[0].start):
        word = area.group("country") or area.group("adj") or area.group("country2") or ""
        m.country_area = {"russia": "RU", "russian": "RU", "ukraine": "UA", "ukrainian": "UA"}.get(word.lower(), "")
        return
    if len(after) > 1:
        regions = {p.code for p in after if p.code}
        if len(regions) == 1:
            m.place = after[0]
        else:
            m.places = after
        return
    if after:
        m.place = after[0]
        return
    listed = [p for p in places if c_start <= p.start and p.end <= q.start and p.kind == "region"]
    if len(listed) > 1 and len({p.code for p in listed}) > 1 and PLURAL_AREA_RE.search(sentence, c_start, q.start):
        m.places = listed
        return
    before = _place_before(sentence, places, q.start, c_start)
    if before:
        m.place = before
        return
    if defended := _defended_place(sentence, places, c_start, next_q):
        m.place = defended
        return
    # "the governor of the X region said five drones were shot down there": the place named last
    if _THERE_AFTER_RE.match(sentence, n_end) and (named := [p for p in places if p.end <= q.start]):
        m.place = named[-1]
        return
    # live-blog lines: "08:10 Sumy: ..."
    head = _LIVE_BLOG_HEAD_RE.match(sentence)
    lead = next((p for p in places if p.start == head.end() and sentence[p.end : p.end + 2].startswith(":")), None)
    if lead:
        m.place = lead
