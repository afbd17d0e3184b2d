"""Where a figure happened when the sentence does not say it after a preposition (issue 14): a place
before its own air defences, "there", a point of reference ("southeast of Moscow" is Moscow Oblast,
ANNOTATION.md), and a figure after a list of places in several regions (the country's)."""

import pytest

from .conftest import CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept, launch

CASES = [
    case(
        "en-place-before-its-air-defences",
        "Kursk air defences shot down three drones overnight, the Russian Defence Ministry said.",
        intercept("RU-KRS", 3, MOD, "2025-03-04"),
        published="2025-03-04",
    ),
    case(
        "en-there-after-the-figure",
        "Governor Andrei Klychkov of the Oryol region said seven drones were destroyed there.",
        intercept("RU-ORL", 7, gov("RU-ORL")),
    ),
    case(
        "en-point-of-reference-is-the-oblast",
        "A drone fell on a warehouse about 40 km southwest of Moscow, the regional governor said.",
        attack("RU-MOS", 1, gov("RU-MOS")),
    ),
    case(
        "en-over-the-city-stays-the-city",
        "Two drones were shot down over Moscow, the Russian Defence Ministry said.",
        intercept("RU-MOW", 2, MOD),
    ),
    case(
        "en-figure-after-a-list-of-regions-is-the-countrys",
        "Fires broke out at fuel depots in Tambov, Saratov and Volgograd. "
        "Officials say 30 drones were used in the attacks.",
        launch("RU", 30, UNKNOWN),
    ),
    case(
        "en-including-on-a-city-is-one-target-of-several",
        "Air defences repelled the overnight attack, including on Odesa, destroying all 15 drones that Russia "
        "launched, the Ukrainian air force said.",
        intercept("UA", 15, "air_force:UA"),
        launch("UA", 15, "air_force:UA"),
    ),
    case(
        "en-dateline-city-does-not-split-a-headline-and-its-body",
        "World News\n\nRussia downs 12 drones over Crimea after attacks on Moscow\n\nKYIV (AP) - Russia shot down 12 Ukrainian drones over "
        "Crimea overnight, the Russian Defence Ministry said.",
        intercept("UA-43", 12, MOD),
    ),
    # --- a capital that acts or speaks is its government, not the place of a later figure ------------
    case(
        "en-capital-that-acts-sets-no-place",
        "Strikes on the Sumy region have grown since Moscow launched its offensive in the spring.\n\n"
        "Russian officials said on Monday that air defences had intercepted 14 Ukrainian drones.",
        intercept("RU", 14, UNKNOWN, "2025-03-03"),
        published="2025-03-04",
    ),
    case(
        "ru-capital-that-speaks-sets-no-place",
        "Москва заявила о новой атаке на свои регионы. Ночью над Курской областью уничтожены 5 беспилотников.",
        intercept("RU-KRS", 5, UNKNOWN, "2025-03-04"),
        published="2025-03-04",
    ),
    case(
        "en-capital-after-of-is-still-a-place",
        "A drone crashed 20 km south of Moscow, says the regional governor.",
        attack("RU-MOS", 1, gov("RU-MOS")),
    ),
    # --- whose drones: a country does not down its own drones over its own ground ----------------------
    case(
        "en-ukrainian-drones-after-a-ukrainian-paragraph-are-downed-over-russia",
        "Fires broke out at a depot in the Chernihiv region after a Russian strike, the governor said.\n\n"
        "Meanwhile, Russian authorities said on Tuesday that nine Ukrainian drones were shot down.",
        intercept("RU", 9, UNKNOWN, "2025-03-04"),
        published="2025-03-05",
    ),
    case(
        "en-a-distance-from-the-kremlin-is-the-oblast",
        "The Moscow region governor said three drones were shot down near a village 45 km west of the Kremlin.",
        intercept("RU-MOS", 3, gov("RU-MOS")),
    ),
    case(
        "en-the-kremlin-that-speaks-is-no-place",
        "The Kremlin said on Monday that 12 drones were shot down over the Kaluga region.",
        intercept("RU-KLU", 12, "president:RU", "2025-03-03"),
        published="2025-03-04",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_places(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
