"""Region coding: every spelling class of a region, Crimea/Sevastopol, Kyiv city vs Kyiv
region, Moscow city vs Moscow region, seas, Cyrillic, republics, and cities standing for their
region. Texts are kept to one claim where possible so that only the region is under test."""

import pytest

from pipelines.extraction.gazetteer import find_places

from .conftest import AF, CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- Crimea in a Russian ministry's breakdown: the total is Russia's ---------------------
    case(
        "crimea-breakdown-russian-total",
        "Russian air defences brought down 15 Ukrainian drones over Crimea and the Sea of Azov,"
        " the Defence Ministry said: 9 over the Republic of Crimea and 6 over the Sea of Azov.",
        intercept("RU", 15, MOD, total=True),
        intercept("UA-43", 9, MOD),
        intercept("SEA-AZOV", 6, MOD),
    ),
    # --- spellings of "X region" ---------------------------------------------------------
    case(
        "bryansk-region",
        "Air defence units destroyed 5 drones over the Bryansk region, the Russian Defence Ministry said.",
        intercept("RU-BRY", 5, MOD),
    ),
    case(
        "bryansk-oblast",
        "The Russian Defence Ministry said 4 drones had been shot down over Bryansk Oblast.",
        intercept("RU-BRY", 4, MOD),
    ),
    case(
        "the-bryansk-region-capitalised",
        "Air defences intercepted 6 drones over the Bryansk Region, the Russian Defence Ministry reported.",
        intercept("RU-BRY", 6, MOD),
    ),
    case(
        "bare-region-name-over-bryansk",
        "The Russian Defence Ministry said 3 drones were downed over Bryansk.",
        intercept("RU-BRY", 3, MOD),
    ),
    case(
        "krasnodar-territory",
        "Air defences destroyed 8 drones over the Krasnodar Territory, the Russian Defence Ministry said.",
        intercept("RU-KDA", 8, MOD),
    ),
    case(
        "krasnodar-krai",
        "The Russian Defence Ministry said 5 drones were shot down over Krasnodar Krai.",
        intercept("RU-KDA", 5, MOD),
    ),
    case(
        "republic-of-adygea",
        "Two drones were destroyed over the Republic of Adygea, the Russian Defence Ministry said.",
        intercept("RU-AD", 2, MOD),
    ),
    case(
        "adyghea-spelling",
        "The Russian Defence Ministry said 3 drones had been intercepted over Adyghea.",
        intercept("RU-AD", 3, MOD),
    ),
    case(
        "nizhny-novgorod-region-multiword",
        "Air defences shot down 4 drones over the Nizhny Novgorod region, the Russian Defence Ministry said.",
        intercept("RU-NIZ", 4, MOD),
    ),
    case(
        "leningrad-region",
        "The Russian Defence Ministry said 2 drones were destroyed over the Leningrad region.",
        intercept("RU-LEN", 2, MOD),
    ),
    # --- Crimea and Sevastopol -------------------------------------------------------------
    case(
        "crimea-bare",
        "The Russian Defence Ministry said 12 drones were destroyed over Crimea.",
        intercept("UA-43", 12, MOD),
    ),
    case(
        "republic-of-crimea",
        "Air defences intercepted 7 drones over the Republic of Crimea, the Russian Defence Ministry said.",
        intercept("UA-43", 7, MOD),
    ),
    case(
        "sevastopol-governor",
        "Sevastopol governor Pavel Orlov said 2 drones were shot down over the city.",
        intercept("UA-40", 2, gov("UA-40")),
    ),
    # --- Kyiv city vs Kyiv region ----------------------------------------------------------
    case(
        "kiev-city",
        "Air defences shot down 8 drones over Kiev, Ukraine's air force said.",
        intercept("UA-30", 8, AF),
    ),
    case(
        "kyiv-city",
        "Ukraine's air force said 6 drones were destroyed over Kyiv.",
        intercept("UA-30", 6, AF),
    ),
    case(
        "kyiv-region",
        "Ukraine's air force said 10 drones were shot down over the Kyiv region.",
        intercept("UA-32", 10, AF),
    ),
    case(
        "kiev-oblast",
        "Air defences destroyed 4 drones over Kiev Oblast, Ukraine's air force said.",
        intercept("UA-32", 4, AF),
    ),
    # --- Ukrainian spelling pairs ------------------------------------------------------------
    case(
        "odessa-region",
        "Ukraine's air force said 5 drones were shot down over the Odessa region.",
        intercept("UA-51", 5, AF),
    ),
    case(
        "odesa-region",
        "Ukraine's air force said 7 drones were shot down over the Odesa region.",
        intercept("UA-51", 7, AF),
    ),
    case(
        "kharkov-region",
        "Ukraine's air force said 3 drones were destroyed over the Kharkov region.",
        intercept("UA-63", 3, AF),
    ),
    case(
        "kharkiv-oblast",
        "Ukraine's air force said 9 drones were destroyed over Kharkiv Oblast.",
        intercept("UA-63", 9, AF),
    ),
    case(
        "nikolaev-region",
        "Ukraine's air force said 2 drones were shot down over the Nikolaev region.",
        intercept("UA-48", 2, AF),
    ),
    case(
        "mykolaiv-region",
        "Ukraine's air force said 11 drones were shot down over the Mykolaiv region.",
        intercept("UA-48", 11, AF),
    ),
    case(
        "zaporozhye-region",
        "Ukraine's air force said 4 drones were destroyed over the Zaporozhye region.",
        intercept("UA-23", 4, AF),
    ),
    case(
        "zaporizhzhia-region",
        "Ukraine's air force said 6 drones were destroyed over the Zaporizhzhia region.",
        intercept("UA-23", 6, AF),
    ),
    case(
        "khmelnytskyi-region",
        "Ukraine's air force said 13 drones were destroyed over the Khmelnytskyi region.",
        intercept("UA-68", 13, AF),
    ),
    # --- Oryol ------------------------------------------------------------------------------
    case(
        "orel-region",
        "The Russian Defence Ministry said 3 drones were shot down over the Orel region.",
        intercept("RU-ORL", 3, MOD),
    ),
    case(
        "oryol-region",
        "The Russian Defence Ministry said 5 drones were shot down over the Oryol region.",
        intercept("RU-ORL", 5, MOD),
    ),
    # --- Moscow city vs Moscow region -----------------------------------------------------------
    case(
        "moscow-mayor-drones-flying-towards-moscow",
        "Moscow mayor Sergei Orlov said air defences had shot down 3 drones flying towards Moscow.",
        intercept("RU-MOW", 3, mayor("RU-MOW")),
    ),
    case(
        "moscow-region",
        "The Russian Defence Ministry said 6 drones were destroyed over the Moscow region.",
        intercept("RU-MOS", 6, MOD),
    ),
    case(
        "moscow-oblast",
        "Air defences downed 2 drones over Moscow Oblast, the Russian Defence Ministry said.",
        intercept("RU-MOS", 2, MOD),
    ),
    # --- seas ---------------------------------------------------------------------------------
    case(
        "black-sea",
        "The Russian Defence Ministry said 9 drones were destroyed over the Black Sea.",
        intercept("SEA-BLACK", 9, MOD),
    ),
    case(
        "waters-of-the-sea-of-azov",
        "Air defences intercepted 4 drones over the waters of the Sea of Azov, the Russian Defence Ministry said.",
        intercept("SEA-AZOV", 4, MOD),
    ),
    case(
        "caspian-sea",
        "The Russian Defence Ministry said 3 drones were shot down over the Caspian Sea.",
        intercept("SEA-CASPIAN", 3, MOD),
    ),
    case(
        "baltic-sea",
        "The Russian Defence Ministry said 2 drones were destroyed over the Baltic Sea.",
        intercept("SEA-BALTIC", 2, MOD),
    ),
    # --- Cyrillic ---------------------------------------------------------------------------------
    case(
        "ru-nad-territoriey-kurskoy-oblasti",
        "Минобороны: над территорией Курской области уничтожены 6 беспилотников.",
        intercept("RU-KRS", 6, MOD),
    ),
    case(
        "ru-nad-territoriey-bryanskoy-oblasti",
        "По данным Минобороны России, над территорией Брянской области перехвачены 7 БПЛА.",
        intercept("RU-BRY", 7, MOD),
    ),
    case(
        "ru-kaluzhskaya-oblast-nominative",
        "Калужская область подверглась атаке: над регионом сбиты 3 беспилотника, сообщил губернатор Игорь Носов.",
        intercept("RU-KLU", 3, gov("RU-KLU")),
    ),
    case(
        "ru-black-sea",
        "Над акваторией Чёрного моря уничтожены 4 беспилотника, сообщили в Минобороны России.",
        intercept("SEA-BLACK", 4, MOD),
    ),
    case(
        "ru-republic-of-crimea",
        "Над территорией Республики Крым сбиты 2 беспилотника, сообщили в Министерстве обороны России.",
        intercept("UA-43", 2, MOD),
    ),
    # --- republics ----------------------------------------------------------------------------------
    case(
        "tatarstan",
        "The Russian Defence Ministry said 2 drones were shot down over Tatarstan.",
        intercept("RU-TA", 2, MOD),
    ),
    case(
        "republic-of-bashkortostan",
        "Air defences destroyed 3 drones over the Republic of Bashkortostan, the Russian Defence Ministry said.",
        intercept("RU-BA", 3, MOD),
    ),
    case(
        "chuvashia",
        "The Russian Defence Ministry said 4 drones had been intercepted over Chuvashia.",
        intercept("RU-CU", 4, MOD),
    ),
    case(
        "dagestan",
        "The Russian Defence Ministry said a drone had been destroyed over Dagestan.",
        intercept("RU-DA", 1, MOD),
    ),
    # --- a city standing for its region ---------------------------------------------------------------
    case(
        "city-taganrog-is-rostov",
        "The Russian Defence Ministry said 3 drones were destroyed over Taganrog.",
        intercept("RU-ROS", 3, MOD),
    ),
    case(
        "city-engels-is-saratov",
        "A drone hit a warehouse in Engels, local officials said.",
        attack("RU-SAR", 1),
    ),
    case(
        "city-novorossiysk-is-krasnodar",
        "Air defences shot down 5 drones over Novorossiysk, the Russian Defence Ministry said.",
        intercept("RU-KDA", 5, MOD),
    ),
    case(
        "city-cheboksary-is-chuvashia",
        "The Russian Defence Ministry said 2 drones were destroyed over Cheboksary.",
        intercept("RU-CU", 2, MOD),
    ),
    case(
        "origin-region-is-not-the-place",
        "Ukraine's air force said on Monday the enemy attacked with 2 missiles from the Bryansk region and "
        "70 strike UAVs from the directions of Kursk and Oryol.",
        launch("UA", 70, AF, "2025-04-14"),
        published="2025-04-14",
    ),
    case(
        "place-after-speech-tag-is-not-the-place",
        "Russia struck Ukraine with 200 drones overnight, the air force said, cutting power in parts of Kyiv.",
        launch("UA", 200, AF, "2025-04-14"),
        published="2025-04-14",
    ),
    case(
        "place-after-while-clause",
        "In Kherson, a drone hit a bus on Monday, while in the Donetsk region artillery hit a school, "
        "Kherson regional governor Ivan Sorokin said.",
        attack("UA-65", 1, gov("UA-65"), "2025-04-14"),
        published="2025-04-14",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_regions(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials blamed the Kiev regime for the night's raid.",
        "Officials blamed the Kyiv regime's drones for the raid.",
    ],
)
def test_a_government_named_after_its_capital_is_no_place(sentence):
    # (vocab/<lang>/places.toml government_nouns)
    assert [p.code for p in find_places(sentence)] == []
