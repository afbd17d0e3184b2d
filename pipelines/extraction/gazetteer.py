"""Places: first-level regions, cities, seas and countries, found in a sentence.

Region and city names come from one reviewed data file (`data/regions.csv`: code, alias,
kind); country names and codes come from pycountry. To add a spelling, add a row there.
Towns, villages and districts below the regions come from GeoNames (`data/localities.csv`, built
by `scripts/build_localities.py`): each is found as a place of its region, kind "city".
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import attrgetter
from pathlib import Path

import pycountry

from pipelines.extraction import prefilter
from pipelines.extraction.cache import persistent
from pipelines.extraction.lexicon import alternation, is_russian, merged_forms, place_forms, ru_forms
from pipelines.extraction.text import fold, spells_any
from pipelines.extraction.vocabulary import LANGUAGES, load, merged

DATA = Path(__file__).parent / "data" / "regions.csv"
LOCALITIES = Path(__file__).parent / "data" / "localities.csv"

# Demonyms and short names the press uses for countries that report drone claims.
COUNTRY_WORDS = {
    "Russia": "RU",
    "Russian": "RU",
    "Russian Federation": "RU",
    "Российской Федерации": "RU",
    "России": "RU",
    "Ukraine": "UA",
    "Ukrainian": "UA",
    "Украины": "UA",
    "Saudi": "SA",
    "Saudi Arabia": "SA",
    "Emirati": "AE",
    "UAE": "AE",
    "United Arab Emirates": "AE",
    "Qatari": "QA",
    "Kuwaiti": "KW",
    "Bahraini": "BH",
    "Jordanian": "JO",
    "Israeli": "IL",
    "Israel": "IL",
    "Iranian": "IR",
    "Iraqi": "IQ",
    "Syrian": "SY",
    "Yemeni": "YE",
    "Turkish": "TR",
    "Polish": "PL",
    "Romanian": "RO",
    "Moldovan": "MD",
    "Belarusian": "BY",
    "Lithuanian": "LT",
    "Latvian": "LV",
    "Estonian": "EE",
    "Finnish": "FI",
    "US": "US",
    "U.S.": "US",
    "American": "US",
    "British": "GB",
}


# not frozen (a frozen one costs 3× to build, by object.__setattr__); never mutated, hashed by value
@dataclass(unsafe_hash=True)
class Place:
    start: int
    end: int
    code: str
    kind: str  # region | city | sea | country | anaphor | landmark (a reference point only)
    name: str
    english: str = ""  # a locality's English name ("Surazhsky district" for "Суражском районе")


@persistent
def _aliases() -> dict[str, tuple[str, str]]:
    """The reviewed alias table, with every case form of its Russian names (pymorphy3): the file lists
    "Брянская область" and "Брянск" once, the text may say "над Брянской областью", "в Брянске"."""
    table: dict[str, tuple[str, str]] = {}
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        table[row["alias"].casefold()] = (row["code"], row["kind"])
    for row in rows:
        if is_russian(row["alias"]):
            for form in place_forms(row["alias"], row["kind"]):
                table.setdefault(form.casefold(), (row["code"], row["kind"]))
    return table


# Countries outside Russia and Ukraine whose first-level regions are named by pycountry alone ("'Asīr"
# as "Asir"): the drone claims of their press name a province now and then
FOREIGN_REGION_COUNTRIES = ("SA",)


@cache
def _foreign_regions() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in FOREIGN_REGION_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=country) or ():
            plain = unicodedata.normalize("NFKD", sub.name).encode("ascii", "ignore").decode().strip("'")
            table[plain.casefold()] = sub.code  # ("Ha'il" is two words for the matcher: not "hail")
    return table


@cache
def _localities() -> dict[str, tuple[str, str, str]]:
    """Every spelling of a GeoNames locality -> (code, kind, English name); kind town | village | district."""
    table: dict[str, tuple[str, str, str]] = {}
    with LOCALITIES.open(encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            value = (row["region_code"], row["kind"], row["name"])
            for spelling in [row["name"], *filter(None, row["forms"].split("|"))]:
                table[spelling.casefold()] = value
    return table


@cache
def _countries() -> dict[str, str]:
    names = dict(COUNTRY_WORDS)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.setdefault(value, c.alpha_2)
    return names


# Names are matched by looking up word n-grams in dictionaries (one pass over the words of a
# sentence) rather than by one huge regular expression: thousands of aliases, microseconds.
_TOKEN_RE = re.compile(r"\w+(?:-\w+)*")
_SUFFIXES = {
    "regional",
    "region",
    "regions",
    "oblast",
    "oblasts",
    "krai",
    "kray",
    "territory",
    "republic",
    "province",
    "governorate",
    "областей",
    "областях",
    "областями",
    "области",
    "область",
    "краю",
    "края",
    "край",
}


def _key(text: str) -> str:
    return " ".join(_TOKEN_RE.findall(text.casefold()))


@persistent  # (about 60,000 spellings: built once per extractor version, then read from disk)
def _alias_index() -> tuple[dict[str, tuple[str, str, str]], dict[str, tuple[int, ...]]]:
    """n-gram key -> (code, kind, alias); first word -> n-gram lengths to try, longest first.

    Equal values are one object (a locality's spellings share its tuple, every key of one length
    set shares that tuple, a one-word key is its own first word), which `marshal` keeps when it
    writes and reads the cache: a third less memory than a string and a tuple for each."""
    table: dict[str, tuple[str, str, str]] = {}
    lengths: dict[str, set[int]] = {}
    first_word: dict[str, str] = {}
    shared: dict[tuple, tuple] = {}
    entries = [(alias, code, kind, alias) for alias, (code, kind) in _aliases().items()]
    entries += [(name, code, "region", name) for name, code in _foreign_regions().items()]
    entries += [(spelling, code, kind, name) for spelling, (code, kind, name) in _localities().items()]
    for spelling, code, kind, alias in entries:
        folded = spelling.casefold()
        # (most spellings are words and single spaces, their own key: no regular expression for them)
        key = folded if folded.replace(" ", "").isalpha() and "  " not in folded else _key(folded)
        if not key or key in table:
            continue  # (the reviewed alias table first)
        value = (sys.intern(code), sys.intern(kind), alias)
        table[key] = shared.setdefault(value, value)
        words = key.split(" ")
        first = first_word.setdefault(words[0], key if len(words) == 1 else words[0])
        lengths.setdefault(first, set()).add(len(words))
    ordered = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
    return table, {w: shared.setdefault(n, n) for w, n in ordered.items()}


@cache
def _country_index() -> tuple[dict[str, str], dict[str, list[int]]]:
    table: dict[str, str] = {}
    lengths: dict[str, set[int]] = {}
    for name, code in _countries().items():
        words = _TOKEN_RE.findall(name)  # case kept: "US" is a country, "us" is not
        if words:
            table[" ".join(words)] = code
            lengths.setdefault(words[0], set()).add(len(words))
    return table, {w: sorted(n, reverse=True) for w, n in lengths.items()}


def _scan(words: list[str], table: dict, lengths: Mapping[str, Sequence[int]]):
    """Longest dictionary n-gram at each position: yields (first word, last word, value)."""
    # only positions whose word starts a name are tried (found at C speed by `compress`)
    n_words, after = len(words), 0
    for i in compress(range(n_words), map(lengths.__contains__, words)):
        if i < after:
            continue  # inside the name found last
        for n in lengths[words[i]]:
            if i + n <= n_words and (hit := table.get(" ".join(words[i : i + n]))) is not None:
                yield i, i + n - 1, hit
                after = i + n
                break


# "the region", "the regional capital", "the city", "the capital": resolved from context
_ENGLISH_ANAPHOR = (
    r"the\s+(?:region|regional\s+capital|regional\s+centre|krai|republic|oblast|city|"
    r"(?:russian\s+|ukrainian\s+)?capital)(?!\s+of\b)(?:'s)?"
)
ANAPHOR_RE = re.compile(
    rf"\b(?:{_ENGLISH_ANAPHOR}|регион[ае]?|региона|области|города|столиц[аеуы])\b",
    re.IGNORECASE,
)
# In the lowercase form of a sentence with no word character outside ASCII (see `find_places`), every
# match of ANAPHOR_RE is one of this, a quick search (no \b before "the": a pattern that starts with a
# literal is searched for that literal first)
_ENGLISH_ANAPHOR_RE = re.compile(rf"{_ENGLISH_ANAPHOR}\b")


# words that every match of ANAPHOR_RE spells (see `fold`)
ANAPHOR_WORDS = ("region", "krai", "republic", "oblast", "city", "capital", "регион", "области", "города", "столиц")


def find_places(sentence: str) -> list[Place]:
    """Region, city and sea mentions (from the alias table) and anaphoric ones."""
    if sentence.isascii() or not _NON_ASCII_WORD_RE.search(sentence):  # (no Cyrillic: no coordinated oblasts)
        places = _ascii_named_places(sentence)
        # (`fold` is `lower` here; cached, and find_reporters folds the same sentence next). Every match
        # of _ENGLISH_ANAPHOR_RE spells one of ANAPHOR_WORDS: no second test.
        folded = fold(sentence)
        if _ENGLISH_ANAPHOR_RE.search(folded):
            places += _anaphors(sentence, places)
        seas = spells_any(sentence, _ASCII_SEAS_WORDS) and _coordinated_seas(sentence)
    else:
        places = _named_places(sentence)
        if places:
            places += _coordinated_oblasts(sentence, places)
        if spells_any(sentence, ANAPHOR_WORDS):
            places += _anaphors(sentence, places)
        seas = spells_any(sentence, _SEAS_WORDS) and _coordinated_seas(sentence)
    if seas:
        places = [p for p in places if not any(s.start <= p.start < s.end for s in seas)] + seas
    if not places:
        return places  # (most sentences: none of the steps below applies)
    if len(places) > 1:
        places.sort(key=attrgetter("start"))
    if spells_any(sentence, _GOVERNMENT_NOUNS):
        # "the Kiev regime", "киевского режима": a government named after its capital, not a place
        places = [p for p in places if not _REGIME_AFTER_RE.match(sentence, p.end)]
    # (the tests below read the codes and kinds at C speed, with no generator: `_is_government` and
    # `_surroundings` check each place again)
    if not _CAPITALS.isdisjoint(map(_CODE, places)):
        places = [p for p in places if not _is_government(sentence, p)]
    if not SURROUNDINGS.keys().isdisjoint(map(_CODE, places)):
        places = _surroundings(sentence, places)
    if "landmark" in map(_KIND, places):
        # "30 km southwest of the Kremlin" places its region (above); "the Kremlin said" is no place
        places = [p for p in places if p.kind != "landmark"]
    return places


_CODE, _KIND = attrgetter("code"), attrgetter("kind")
_GOVERNMENT_NOUNS = tuple(merged_forms("places", "government_nouns"))
_REGIME_AFTER_RE = re.compile(rf"(?:'s|’s)?\s+(?:{alternation(_GOVERNMENT_NOUNS)})(?![\w-])", re.I)
_CAPITALS = frozenset({"RU-MOW", "UA-30"})
_GOVERNMENT_AFTER_RE = re.compile(
    r"\s+(?:" + alternation(merged_forms("places", "government_verbs")) + r")(?![\w-])",
    re.I,
)
# a preposition or "of" before the capital keeps it a place ("south of Moscow, says the governor")
_PLACE_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{alternation(merged('places', 'prepositions') + merged('places', 'place_words_before'))})\s+(?:the\s+)?$",
    re.I,
)


_ORIGINS = {
    **{fold(w): c for w, c in load("en", "places")["drone_origins"].items()},
    **{fold(f): c for w, c in load("ru", "places")["drone_origins"].items() for f in ru_forms(w)},
}
_ORIGIN_RE = re.compile(r"(?<![\w-])(?:" + alternation(_ORIGINS) + r")(?![\w-])", re.I)
_ADVERSARY = {"UA": "RU", "RU": "UA"}


def away_from_origin(phrase: str, region: str) -> str:
    """`region`, unless the drones of `phrase` ("four Ukrainian drones") come from its own country:
    then the adversary's (a country does not down or strike with drones over its own ground)."""
    origin = _ORIGINS.get(fold(m.group(0))) if (m := _ORIGIN_RE.search(phrase)) else None
    return _ADVERSARY.get(origin, region) if origin and region_country(region) == origin else region


def _is_government(sentence: str, p: Place) -> bool:
    """ "Since Moscow launched its invasion", "Киев отрицает": a capital that acts or speaks."""
    return (
        p.code in _CAPITALS
        and p.kind == "city"
        and bool(_GOVERNMENT_AFTER_RE.match(sentence, p.end))
        and not _PLACE_BEFORE_RE.search(sentence, max(0, p.start - 12), p.start)
    )


# The region around a capital city: "near Moscow", "outside Kyiv", "30 km from Moscow", "southeast of
# Moscow", "the region around the capital", "под Москвой" are Moscow Oblast; "over Moscow" and "on the
# approach to Moscow" stay the city (ANNOTATION.md)
SURROUNDINGS = {"RU-MOW": "RU-MOS", "UA-30": "UA-32", "RU-SPE": "RU-LEN"}
_AROUND = load("en", "places")["surroundings"]
_RU_NEAR = [f for w in load("ru", "places")["surroundings"]["near"] for f in ({w} if " " in w else ru_forms(w))]
_VICINITY_RE = re.compile(
    rf"(?:(?<![\w-])(?:{alternation([*_AROUND['near'], *_RU_NEAR])})"
    rf"|(?P<ref>\b(?:{alternation(_AROUND['compass'])})(?:ern)?\s+of"
    rf"|\b(?:{alternation(_AROUND['units'])})\b[^.;:]{{0,25}}?\b(?:of|from))"
    rf"|(?P<area>\b(?:the\s+)?(?:{alternation(_AROUND['area'])})))\s+(?:the\s+)?(?:cent(?:re|er)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:russian|ukrainian)\s+)?(?:capital\s*,?\s*)?$",
    re.I,
)


def _surroundings(sentence: str, places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        # (through its derived start search: a plain search tries every alternative at each of 80 positions)
        m = prefilter.search(_VICINITY_RE, sentence, max(0, p.start - 80), p.start) if p.code in SURROUNDINGS else None
        if m is None:
            out.append(p)
            continue
        start = p.start
        if m.group("area"):
            # "the region around the Russian capital Moscow": one place, not "the region" and the city
            start = m.start("area")
            out = [q for q in out if q.end <= start]
        # "172 km from the centre of Moscow", "southeast of Moscow": the region of an event placed by it,
        # but only a point of reference (kind "vicinity"), not the region the text goes on about
        kind = "vicinity" if m.group("ref") else "region"
        out.append(Place(start, p.end, SURROUNDINGS[p.code], kind, sentence[start : p.end]))
    return out


# "over the waters of the Black and Azov seas", "над акваториями Черного и Азовского морей": each sea
_SEAS_WORDS = ("seas", "морей", "морях", "морями")
_ASCII_SEAS_WORDS = tuple(w for w in _SEAS_WORDS if w.isascii())  # (all an ASCII sentence can spell)
_SEAS_RE = re.compile(
    r"\b([A-Z][a-z]+)\s*(?:,|and|,\s*and)\s+(?:the\s+)?([A-Z][a-z]+)\s+seas\b"
    r"|(?<![\w-])([А-ЯЁ][а-яё]+)\s*(?:,|и|,\s*и)\s+([А-ЯЁ][а-яё]+)\s+(мор(?:ей|ях|ями))(?![\w-])"
)
_SEA_NOUN = {"морей": "моря", "морях": "море", "морями": "морем"}


def _coordinated_seas(sentence: str) -> list[Place]:
    table = _aliases()
    found: list[Place] = []
    for m in _SEAS_RE.finditer(sentence):
        groups = (1, 2) if m.group(1) else (3, 4)
        noun = "sea" if m.group(1) else _SEA_NOUN[m.group(5)]
        for g in groups:
            hit = table.get(f"{m.group(g)} {noun}".casefold())
            if hit and hit[1] == "sea":
                found.append(Place(m.start(g), m.end(g), hit[0], "sea", m.group(g)))
    return found


def _anaphors(sentence: str, named: list[Place]) -> list[Place]:
    found = []
    taken = [(p.start, p.end) for p in named]
    for m in ANAPHOR_RE.finditer(sentence):
        if not any(s <= m.start() < e for s, e in taken):
            word = m.group(0).lower()
            kind = "capital" if "capital" in word and "regional" not in word else "anaphor"
            # "the Russian capital" names its city outright; a bare "the capital" waits for context
            country = "RU" if "russian" in word else "UA" if "ukrainian" in word else ""
            if kind == "capital" and (code := capital_of(country)):
                found.append(Place(m.start(), m.end(), code, "city", m.group(0)))
                continue
            found.append(Place(m.start(), m.end(), "", kind, m.group(0)))
    return found


def _named_places(sentence: str) -> list[Place]:
    words = list(map(str.casefold, _TOKEN_RE.findall(sentence)))
    if _first_words().isdisjoint(words):
        return []  # most sentences name no place: no n-gram scan
    return _places_at(sentence, words, list(map(re.Match.span, _TOKEN_RE.finditer(sentence))).__getitem__)


# In text whose word characters are all ASCII (most of a news stream, dashes and all), \w is [a-zA-Z0-9_]
# and lowercasing casefolds a word: the words are found by translating bytes and splitting, with no
# regular expression and no match objects.
_NON_ASCII_WORD_RE = re.compile(r"[^\W\x00-\x7f]")


# `bytes.translate` tables: ASCII word characters and hyphens kept (or lowercased), all other bytes spaces
_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) in "_-") else ord(" ") for c in range(256))
_LOWER_WORD_BYTES = _WORD_BYTES.lower()


def _ascii_named_places(sentence: str) -> list[Place]:
    """`_named_places` of a sentence whose word characters are all ASCII."""
    padded = _padded_words(sentence, _LOWER_WORD_BYTES)
    words = padded.split()
    if _first_words().isdisjoint(words):
        return []  # most sentences name no place: no n-gram scan
    return _places_at(sentence, words, _WordSpans(padded, words))


@cache
def _first_words() -> frozenset[str]:
    """The words that can start a name (a frozenset's `isdisjoint` is quicker than a dict's keys')."""
    return frozenset(_alias_index()[1])


def _padded_words(sentence: str, table: bytes) -> str:
    """The words of `_TOKEN_RE` (\\w+(?:-\\w+)*) in a sentence whose word characters are all ASCII
    (lowercase if `table` lowercases), each at its offset plus one: every other character a space, and
    a space before and after."""
    # one byte a character ("?" for a non-ASCII one, or a lone surrogate: no word character either)
    padded = f" {sentence} ".encode("ascii", "replace").translate(table).decode()
    if "-" in padded:
        # a hyphen joins only two word characters: turn pairs of hyphens into spaces, then hyphens
        # beside a space (the last of an odd run of hyphens is now one of them)
        padded = padded.replace("--", "  ").replace("- ", "  ").replace(" -", "  ")
    return padded


Spans = Callable[[int], tuple[int, int]]  # word i -> its (start, end) in the sentence


class _WordSpans:
    """`span(i)`: where word `i` of `words` (`padded.split()`) is in the sentence. In `padded` (the words
    between spaces) the nth " word " is the nth time that word is said, and begins at its offset: it
    is found by `str.find` from the word asked for last (`_places_at` asks in nearly increasing order,
    so a sentence that names a place many times costs no more than its length)."""

    def __init__(self, padded: str, words: list[str]) -> None:
        self.padded, self.words = padded, words
        self.last, self.at = -1, -1  # the word asked for last and where it is (none yet)

    def __call__(self, i: int) -> tuple[int, int]:
        word, at = self.words[i], self.at
        spaced = f" {word} "
        if i >= self.last:  # the times it is said after the last word, up to word i
            for _ in range(self.words[self.last + 1 : i + 1].count(word)):
                at = self.padded.find(spaced, at + 1)
        else:  # the times it is said from word i on, before the last word (which shares its space)
            for _ in range(self.words[i : self.last].count(word)):
                at = self.padded.rfind(spaced, 0, at + 1)
        self.last, self.at = i, at
        return at, at + len(word)


def _places_at(sentence: str, words: list[str], span: Spans) -> list[Place]:
    """The names that the n-gram scan finds among the casefolded `words` of `sentence` (word i at `span(i)`)."""
    table, lengths = _alias_index()
    places: list[Place] = []
    hits = list(_scan(words, table, lengths))
    for first, last, (code, kind, alias) in hits:
        if kind in _LOCALITY_KINDS:
            if place := _locality(sentence, words, span, first, last, code, kind, alias):
                places.append(place)
            continue
        start, end = span(first)
        if last != first:
            end = span(last)[1]
        name = sentence[start:end]
        # "Republic of Adygea", "the Autonomous Republic of Crimea"
        if first >= 2 and words[first - 1] == "of" and words[first - 2] == "republic":
            start = span(first - 2)[0]
            if first >= 3 and words[first - 3] in ("autonomous", "the"):
                start = span(first - 3)[0]
        # "Bryansk region", "Krasnodar Krai", "Калужской области"
        if last + 1 < len(words) and words[last + 1] in _SUFFIXES:
            after_start, after_end = span(last + 1)
            if sentence[end:after_start].isspace():
                end = after_end
                if kind == "city" and (region := table.get(f"{_key(alias)} region")):
                    code, kind = region[0], region[1]  # "Kiev regional administration" is the oblast
        places.append(Place(start, end, code, kind, name))
    if len(places) > 1 and any(p.english for p in places):
        _locality_regions(sentence, places)
    return places


# GeoNames localities (`data/localities.csv`): a town is found alone, a village only after a cue
# ("village of", "село"), a district adjective only before a district word ("Surazhsky district",
# "в Суражском районе", "the Pogarsky and Starodubsky districts")
_LOCALITY_KINDS = frozenset({"town", "village", "district"})


_DISTRICT_NOUNS = frozenset(merged_forms("places", "localities", "district_nouns"))
_DISTRICT_QUALIFIERS = frozenset(merged_forms("places", "localities", "district_qualifiers"))
_LOCALITY_CUES = frozenset(merged_forms("places", "localities", "settlements"))
# (endings, not lemmas: as written in both languages)
_ADJECTIVE_ENDINGS = tuple(w for lang in LANGUAGES for w in load(lang, "places")["localities"]["adjective_endings"])


def _district_noun(words: list[str], i: int) -> int | None:
    """The index of the district word at `i` ("district", "municipal district", "районе"), if any."""
    if i < len(words) and words[i] in _DISTRICT_QUALIFIERS:
        i += 1
    return i if i < len(words) and words[i] in _DISTRICT_NOUNS else None


def _district_after_list(words: list[str], i: int) -> int | None:
    """The district word that ends a list of district adjectives after word `i` ("Starodubsky and
    Klintsovsky districts", "Погарском и Стародубском районах"), if any."""
    for j in range(i, min(len(words), i + 6)):
        if (noun := _district_noun(words, j)) is not None:
            return noun
        if words[j] not in ("and", "и") and not words[j].endswith(_ADJECTIVE_ENDINGS):
            return None
    return None


def _locality(
    sentence: str, words: list[str], span: Spans, first: int, last: int, code: str, kind: str, alias: str
) -> Place | None:
    start, end = span(first)
    if last != first:
        end = span(last)[1]
    if not sentence[start].isupper():
        return None  # a place name is written with a capital ("Buy", "Mirny" stay words)
    noun = _district_noun(words, last + 1)
    if kind == "district":
        if noun is None and _district_after_list(words, last + 1) is None:
            return None  # "the Surazhsky delegation" is no place
    elif noun is not None:
        if alias.lower().endswith(_ADJECTIVE_ENDINGS):
            return None  # "Oktyabrsky district": the district of that name, not around that town
    elif kind == "village" and not _after_cue(words, first):
        return None  # a small place's name alone is too often something else
    name = sentence[start:end]
    if noun is not None:
        end = span(noun)[1]
    english = f"{alias} district" if kind == "district" or noun is not None else alias
    return Place(start, end, code, "city", name if noun is None else sentence[start:end], english)


def _after_cue(words: list[str], first: int) -> bool:
    """ "village of X", "the village X", "селе X", "in the nearby village X" """
    before = words[max(0, first - 2) : first]
    return bool(before) and (before[-1] in _LOCALITY_CUES or (before[-1] == "of" and before[0] in _LOCALITY_CUES))


# "the Istra district of the Moscow region", "в Суражском районе Брянской области", "the Krasnodar
# region's Ilsky settlement": the region written beside a locality is its region. GeoNames names repeat
# from region to region, so a region written anywhere in the sentence beats the table's.
_LOCALITY_OF_RE = re.compile(r"\s*,?\s*(?:(?:of|in)\s+(?:the\s+)?(?:\w+'s\s+)?(?:the\s+)?(?:\w+\s+)?)?")
_REGION_OWNS_RE = re.compile(r"'s\s+(?:the\s+)?(?:\w+\s+)?")


def _locality_regions(sentence: str, places: list[Place]) -> None:
    for a, b in zip(places, places[1:], strict=False):
        if a.english and b.kind == "region" and b.code and _LOCALITY_OF_RE.fullmatch(sentence, a.end, b.start):
            a.code = b.code
        elif b.english and a.kind == "region" and a.code and _REGION_OWNS_RE.fullmatch(sentence, a.end, b.start):
            b.code = a.code
    for p in places:
        if not p.english:
            continue
        written = [
            q for q in places if q.kind == "region" and q.code and region_country(q.code) == region_country(p.code)
        ]
        if written and p.code not in {q.code for q in written}:
            before = [q for q in written if q.end <= p.start]
            p.code = (before[-1] if before else written[0]).code


# Russian coordination shares one plural noun: "Тверской и Ярославской областей" (Tver and Yaroslavl
# oblasts). The bare adjective before the last one is a region when "<adjective> области" is.
_PLURAL_OBLAST_RE = re.compile(r"\s+(?:областей|областях|областями)$", re.I)
_COORDINATED_ADJ_RE = re.compile(r"(?<![\w-])([А-ЯЁа-яё-]+[ое]й)\s*(?:,\s*(?:и\s+)?|\s+и\s+)$")


def _coordinated_oblasts(sentence: str, places: list[Place]) -> list[Place]:
    found: list[Place] = []
    for p in places:
        if not _PLURAL_OBLAST_RE.search(sentence[p.start : p.end]):
            continue
        cursor = p.start
        while m := _COORDINATED_ADJ_RE.search(sentence[:cursor]):
            hit = _aliases().get(f"{m.group(1)} области".casefold())
            if not hit:
                break
            if not any(q.start <= m.start(1) < q.end for q in places):  # else already found on its own
                found.append(Place(m.start(1), m.end(1), hit[0], hit[1], m.group(1)))
            cursor = m.start(1)
    return found


# "the Saudi-led coalition", "Iranian-made drones": the country word ends at the hyphen (names
# such as "Guinea-Bissau" keep theirs)
_MADE = r"(?:led|backed|based|made|built|designed|controlled|supplied)\b"
_COUNTRY_TOKEN_RE = re.compile(rf"\w+(?:-(?!{_MADE})\w+)*")
_MADE_HYPHEN_RE = re.compile(rf"-(?={_MADE})")


def find_countries(sentence: str) -> list[Place]:
    if sentence.isascii() or not _NON_ASCII_WORD_RE.search(sentence):
        words, span = _ascii_country_words(sentence)
    else:
        words, span = _country_words(sentence)
    table, lengths = _country_index()
    found = []
    for first, last, code in _scan(words, table, lengths):
        start, end = span(first)
        if last != first:
            end = span(last)[1]
        name = sentence[start:end]
        if sentence[end : end + 2] == "'s":
            end += 2
        found.append(Place(start, end, code, "country", name))
    return found


def _country_words(sentence: str) -> tuple[list[str], Spans]:
    """The words of `_COUNTRY_TOKEN_RE` in `sentence` (case kept: "US" is a country, "us" is not)."""
    tokens = list(_COUNTRY_TOKEN_RE.finditer(sentence))
    return [t.group(0) for t in tokens], list(map(re.Match.span, tokens)).__getitem__


def _ascii_country_words(sentence: str) -> tuple[list[str], Spans]:
    """`_country_words` of a sentence whose word characters are all ASCII, with no regular expression
    but where a hyphen is followed by one of the words of _MADE."""
    padded = _padded_words(sentence, _WORD_BYTES)
    if "-" in padded:
        padded = _MADE_HYPHEN_RE.sub(" ", padded)  # (a hyphen left in `padded` joins two word characters)
    words = padded.split()
    return words, _WordSpans(padded, words)


def region_country(code: str) -> str:
    return "" if code.startswith("SEA-") else code.split("-")[0]


def capital_of(country: str) -> str | None:
    return {"RU": "RU-MOW", "UA": "UA-30"}.get(country)
