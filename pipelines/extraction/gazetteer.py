"""Places: first-level regions, cities, seas and countries, found in a sentence.

Region and city names come from one reviewed data file (`data/regions.csv`: code, alias,
kind); country names and codes come from pycountry. To add a spelling, add a row there.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

DATA = Path(__file__).parent / "data" / "regions.csv"
SEAS = {"SEA-BLACK", "SEA-AZOV", "SEA-CASPIAN", "SEA-BALTIC"}

# Demonyms and short names the press uses for countries that report drone claims.
COUNTRY_WORDS = {
    "Russia": "RU", "Russian": "RU", "Russian Federation": "RU", "Российской Федерации": "RU", "России": "RU",
    "Ukraine": "UA", "Ukrainian": "UA", "Украины": "UA",
    "Saudi": "SA", "Saudi Arabia": "SA", "Emirati": "AE", "UAE": "AE", "United Arab Emirates": "AE",
    "Qatari": "QA", "Kuwaiti": "KW", "Bahraini": "BH", "Jordanian": "JO", "Israeli": "IL", "Israel": "IL",
    "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY", "Yemeni": "YE", "Turkish": "TR", "Polish": "PL",
    "Romanian": "RO", "Moldovan": "MD", "Belarusian": "BY", "Lithuanian": "LT", "Latvian": "LV",
    "Estonian": "EE", "Finnish": "FI", "US": "US", "U.S.": "US", "American": "US", "British": "GB",
}
_SUFFIX = r"(?P<suffix>\s+(?:regional|regions?|oblasts?|krai|kray|territory|republic|province|governorate|областей|областях|областями|области|область|краю|края|край))?"
_PREFIX = r"(?:(?:the\s+)?(?:republic\s+of|autonomous\s+republic\s+of)\s+)?"


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    code: str
    kind: str  # region | city | sea | country | anaphor
    name: str

    @property
    def country(self) -> str:
        return self.code.split("-")[0] if not self.code.startswith("SEA-") else ""

    @property
    def subnational(self) -> bool:
        return self.kind in ("region", "city", "sea")


@cache
def _aliases() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    with DATA.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table[row["alias"].casefold()] = (row["code"], row["kind"])
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


@cache
def _place_re() -> re.Pattern[str]:
    aliases = sorted(_aliases(), key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases)
    return re.compile(rf"(?<![\w-]){_PREFIX}(?P<alias>{body}){_SUFFIX}(?![\w-])", re.IGNORECASE)


@cache
def _country_re() -> re.Pattern[str]:
    names = sorted(_countries(), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])(?P<name>{body})(?:'s)?(?![\w-])")


# "the region", "the regional capital", "the city", "the capital": resolved from context
ANAPHOR_RE = re.compile(
    r"\b(?:the\s+(?:region|regional\s+capital|regional\s+centre|krai|republic|oblast|city|"
    r"(?:russian\s+|ukrainian\s+)?capital)(?!\s+of\b)(?:'s)?|регион[ае]?|региона|области|города|столиц[аеуы])\b",
    re.IGNORECASE,
)


def find_places(sentence: str) -> list[Place]:
    """Region, city and sea mentions (from the alias table) and anaphoric ones."""
    places = []
    for m in _place_re().finditer(sentence):
        alias = re.sub(r"\s+", " ", m.group("alias")).casefold()
        code, kind = _aliases()[alias]
        if m.group("suffix") and kind == "city" and f"{alias} region" in _aliases():
            code, kind = _aliases()[f"{alias} region"]  # "Kiev regional administration" is the oblast
        places.append(Place(m.start(), m.end(), code, kind, m.group("alias")))
    places += _coordinated_oblasts(sentence, places)
    taken = [(p.start, p.end) for p in places]
    for m in ANAPHOR_RE.finditer(sentence):
        if not any(s <= m.start() < e for s, e in taken):
            word = m.group(0).lower()
            kind = "capital" if "capital" in word and "regional" not in word else "anaphor"
            # "the Russian capital" names its city outright; a bare "the capital" waits for context
            country = "RU" if "russian" in word else "UA" if "ukrainian" in word else ""
            if kind == "capital" and (code := capital_of(country)):
                places.append(Place(m.start(), m.end(), code, "city", m.group(0)))
                continue
            places.append(Place(m.start(), m.end(), "", kind, m.group(0)))
    return sorted(places, key=lambda p: p.start)


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


def find_countries(sentence: str) -> list[Place]:
    return [
        Place(m.start(), m.end(), _countries()[m.group("name")], "country", m.group("name"))
        for m in _country_re().finditer(sentence)
    ]


def region_country(code: str) -> str:
    return "" if code.startswith("SEA-") else code.split("-")[0]


def city_code(name: str) -> str | None:
    hit = _aliases().get(name.casefold())
    return hit[0] if hit else None


def capital_of(country: str) -> str | None:
    return {"RU": "RU-MOW", "UA": "UA-30"}.get(country)
