"""Places below the region and places around it: towns, villages and district adjectives from
GeoNames (`data/localities.csv`) resolved to their first-level region, the region written beside
them, the surroundings of a capital, coordinated seas, provinces outside Russia and Ukraine.
Every text is invented; each asserts the exact claims, and some the localities too."""

import pytest

from pipelines.extraction import extract_document
from pipelines.extraction.gazetteer import find_places

from .conftest import CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept

CASES = [
    # --- district adjectives derived from a town (GeoNames) ---------------------------------
    case(
        "district-adjective-english",
        "The Russian Defence Ministry said 3 drones were destroyed over the Pogarsky district.",
        intercept("RU-BRY", 3, MOD),
    ),
    case(
        "district-list-english",
        "The Russian Defence Ministry said 7 drones were destroyed over the Shebekinsky and Grayvoronsky districts.",
        intercept("RU-BEL", 7, MOD),
    ),
    case(
        "district-adjective-russian-instrumental",
        "Минобороны России сообщило, что над Стародубским районом уничтожены 4 беспилотника.",
        intercept("RU-BRY", 4, MOD),
    ),
    case(
        "district-adjective-russian-locative-with-region",
        "Минобороны России сообщило, что 2 беспилотника уничтожены в Одинцовском районе Московской области.",
        intercept("RU-MOS", 2, MOD),
    ),
    # --- towns alone, in English and in Russian cases -----------------------------------------
    case(
        "town-near",
        "The Russian Defence Ministry said 5 drones were shot down near Krasnogorsk.",
        intercept("RU-MOS", 5, MOD),
    ),
    case(
        "town-in",
        "The Russian Defence Ministry said 2 drones were destroyed in Surazh overnight.",
        intercept("RU-BRY", 2, MOD),
    ),
    case(
        "town-russian-instrumental",
        "Минобороны России сообщило, что над Истрой сбиты 6 беспилотников.",
        intercept("RU-MOS", 6, MOD),
    ),
    case(
        "town-russian-locative",
        "Минобороны России сообщило, что 3 беспилотника сбиты в Сураже.",
        intercept("RU-BRY", 3, MOD),
    ),
    # --- the region written beside the locality wins ------------------------------------------
    case(
        "district-of-region",
        "The Russian Defence Ministry said 8 drones were destroyed over the Istra district of the Moscow region.",
        intercept("RU-MOS", 8, MOD),
    ),
    case(
        "region-possessive-district",
        "Governor Alexander Bogomaz said a drone was downed over the Bryansk region's Surazhsky district.",
        intercept("RU-BRY", 1, gov("RU-BRY")),
    ),
    # --- a small village needs a cue ---------------------------------------------------------
    case(
        "village-with-cue",
        "The Russian Defence Ministry said 2 drones were shot down over the village of Polotnyany Zavod.",
        intercept("RU-KLU", 2, MOD),
    ),
    # --- around a capital ---------------------------------------------------------------------
    case(
        "near-moscow-is-the-oblast",
        "The Russian Defence Ministry said 9 drones were shot down near Moscow and 4 over the Tula region.",
        intercept("RU-MOS", 9, MOD),
        intercept("RU-TUL", 4, MOD),
    ),
    case(
        "over-moscow-is-the-city",
        "The Russian Defence Ministry said 9 drones were shot down over Moscow.",
        intercept("RU-MOW", 9, MOD),
    ),
    case(
        "region-around-the-capital",
        "The Russian Defence Ministry said it destroyed 12 drones over the region around the Russian capital.",
        intercept("RU-MOS", 12, MOD),
    ),
    case(
        "outside-kyiv-is-the-oblast",
        "Ukraine's air force said 5 drones were shot down outside Kyiv.",
        intercept("UA-32", 5, "air_force:UA"),
    ),
    case(
        "pod-moskvoy",
        "Минобороны России сообщило, что 7 беспилотников уничтожены под Москвой.",
        intercept("RU-MOS", 7, MOD),
    ),
    # --- an adjective between the preposition and the region, Crimea, seas ----------------------
    case(
        "targeting-the-border-region",
        "The Russian Defence Ministry said it downed 14 drones targeting the frontier Belgorod region.",
        intercept("RU-BEL", 14, MOD),
    ),
    case(
        "occupied-crimea",
        "The Russian Defence Ministry said 6 drones were destroyed over occupied Crimea.",
        intercept("UA-43", 6, MOD),
    ),
    case(
        "two-seas-english",
        "The Russian Defence Ministry said 2 drones each were destroyed over the waters of the Black and Azov seas.",
        intercept("SEA-BLACK", 2, MOD),
        intercept("SEA-AZOV", 2, MOD),
    ),
    # --- outside Russia and Ukraine -------------------------------------------------------------
    case(
        "saudi-province",
        "Saudi air defences intercepted 4 drones over the Jazan province on Friday, the coalition said.",
        intercept("SA-09", 4, "military:SA", "2025-03-14"),
        published="2025-03-14",
    ),
    case(
        "saudi-town",
        "The coalition said Saudi air defences destroyed 2 drones near Khamis Mushait.",
        intercept("SA-14", 2, "military:SA"),
    ),
    # --- a town's region becomes the claim's when the sentence names no region ----------------
    case(
        "town-gives-attack-region",
        "A drone struck a warehouse in Lyudinovo on Sunday, the regional governor said.",
        attack("RU-KLU", 1, gov("RU-KLU"), "2025-03-16"),
        published="2025-03-17",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_localities(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_localities_are_listed_in_english():
    text = "Минобороны России сообщило, что над Суражским районом уничтожен 1 беспилотник."
    (claim,) = extract_document("t", text, published=None, url=None, title=None)
    assert (claim.region_code, claim.localities) == ("RU-BRY", ["Surazhsky district"])


def test_district_list_names_each_district():
    text = "The Russian Defence Ministry said 5 drones were destroyed over the Pogarsky and Starodubsky districts."
    (claim,) = extract_document("t", text, published=None, url=None, title=None)
    assert claim.localities == ["Pogarsky district", "Starodubsky district"]


@pytest.mark.parametrize(
    ("text", "localities"),
    [
        # a district noun or qualifier of vocab/en/places.toml [localities] after names that no table knows
        (
            "Officials said 3 drones were downed over the Zarechny and Lesnoy raion.",
            ["Zarechny district", "Lesnoy district"],
        ),
        ("Officials said 3 drones were downed over the Kamensky municipal district.", ["Kamensky district"]),
        ("Officials said 3 drones were downed over the hamlet of Upper Dale.", ["Upper Dale"]),
    ],
)
def test_locality_words_come_from_the_vocabulary(text, localities):
    (claim,) = extract_document("t", text, published=None, url=None, title=None)
    assert claim.localities == localities


@pytest.mark.parametrize(
    "sentence",
    [
        "Mirny said the talks would go on.",  # a surname, not the town in Yakutia
        "The Surazhsky delegation arrived.",  # a district adjective with no district word
        "We never buy them.",  # lowercase words are never towns
        "Volna is a Russian word for wave.",  # a common Russian word (a village name) is dropped
    ],
)
def test_words_that_are_not_places(sentence):
    assert [p for p in find_places(sentence) if p.english] == []


def test_locality_data_codes_are_iso_subdivisions():
    import csv

    import pycountry

    from pipelines.extraction.gazetteer import LOCALITIES

    with LOCALITIES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    with (LOCALITIES.parent / "geonames_admin1.csv").open(encoding="utf-8") as f:
        mapped = {row["code"] for row in csv.DictReader(f)}
    assert {r["kind"] for r in rows} == {"town", "village", "district"}
    assert {r["region_code"] for r in rows} <= mapped
    assert all(pycountry.subdivisions.get(code=code) is not None for code in mapped)
