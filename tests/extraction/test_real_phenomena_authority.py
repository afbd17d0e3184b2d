"""Who reports (issue 14; ANNOTATION.md, "The armed forces in general"): "the Russian army",
"Russia's military", "российские военные" report as defence_ministry:RU; "the Ukrainian
military", "украинские военные" as air_force:UA, unless a more specific body is named. A
governor named once and then quoted by surname or "he said" keeps reporting; an agency
relaying a ministry reports as the ministry; "authorities" name nobody."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- the armed forces in general ----------------------------------------------------------
    case(
        "en-the-russian-army-said",
        "The Russian army said air defences had destroyed 9 drones over the Belgorod region.",
        intercept("RU-BEL", 9, MOD),
    ),
    case(
        "en-russias-military-said",
        "Russia's military said it had downed 16 Ukrainian drones over the Kursk region.",
        intercept("RU-KRS", 16, MOD),
    ),
    case(
        "en-the-ukrainian-military-said",
        "The Ukrainian military said it shot down 27 of 31 Russian drones.",
        intercept("UA", 27, AF),
        launch("UA", 31, AF),
    ),
    case(
        "en-ukraines-military-said",
        "Ukraine's military said 12 drones were destroyed over the Odesa region.",
        intercept("UA-51", 12, AF),
    ),
    case(
        "ru-ukrainskie-voennye",
        "Украинские военные сообщили, что сбили 19 беспилотников над Днепропетровской областью.",
        intercept("UA-12", 19, AF),
    ),
    case(
        "ru-rossiyskie-voennye",
        "Российские военные сообщили об уничтожении 8 беспилотников над Смоленской областью.",
        intercept("RU-SMO", 8, MOD),
    ),
    case(
        "en-a-more-specific-body-wins",
        "The Ukrainian military's General Staff said 20 drones had been shot down.",
        intercept("UA", 20, "general_staff:UA"),
    ),
    # --- a governor named once, then quoted ---------------------------------------------------
    case(
        "en-governor-then-surname",
        "Voronezh region governor Alexei Markin said air defences had destroyed 5 drones over the "
        "Rossoshansky district. Later, Markin said another 3 drones had been shot down over the region.",
        intercept("RU-VOR", 5, gov("RU-VOR")),
        intercept("RU-VOR", 3, gov("RU-VOR")),
    ),
    case(
        "en-governor-then-he-said",
        "The governor of the Kursk region, Andrei Volkov, said a drone had hit a car in Rylsk. Two "
        "more drones were shot down over the Glushkovo district, he said.",
        attack("RU-KRS", 1, gov("RU-KRS")),
        intercept("RU-KRS", 2, gov("RU-KRS")),
    ),
    case(
        "ru-governor-then-surname",
        "Губернатор Тамбовской области Евгений Лосев сообщил о нападении беспилотников на Мичуринск. "
        "Позднее Лосев уточнил, что над городом сбиты три беспилотника.",
        intercept("RU-TAM", 3, gov("RU-TAM")),
    ),
    # --- relays, nobody named, two reporters --------------------------------------------------
    case(
        "en-agency-citing-the-ministry",
        "TASS, citing the Russian Defence Ministry, reported that 11 drones were destroyed over the Bryansk region.",
        intercept("RU-BRY", 11, MOD),
    ),
    case(
        "en-authorities-name-nobody",
        "Authorities said 4 drones were shot down over the Pskov region.",
        intercept("RU-PSK", 4, UNKNOWN),
    ),
    case(
        "en-two-reporters-two-claims",
        "The governor of the Belgorod region, Oleg Demin, said 15 drones had been shot down over the "
        "region, while the Russian Defence Ministry said 9 were destroyed there.",
        intercept("RU-BEL", 15, gov("RU-BEL")),
        intercept("RU-BEL", 9, MOD),
    ),
    case(
        "en-governor-said-that-the-air-force-shot-down",
        # the body inside what the governor said is the actor, not the reporter; "there" is his region
        "The governor of the western Volyn region said that the air force had downed three drones there overnight.",
        intercept("UA-07", 3, gov("UA-07")),
    ),
    case(
        "en-city-air-defences-name-the-place",
        "Two drones were intercepted by Moscow air defences, the Russian Defence Ministry said.",
        intercept("RU-MOW", 2, MOD),
    ),
    case(
        "en-the-governor-of-countrys-region-after-another-city",
        "A day after drones were reported over Moscow, the governor of Russia's Tula region said a drone hit a plant.",
        attack("RU-TUL", 1, gov("RU-TUL")),
    ),
    case(
        "en-the-president-named-is-his-countrys",
        "President Volodymyr Zelensky said air defences had shot down 40 drones overnight.",
        intercept("UA", 40, "president:UA"),
    ),
    case(
        "en-a-body-named-in-a-possessive-is-no-speaker",
        "The ministry said it shot down three drones aimed at Putin's residence in the Novgorod region.",
        intercept("RU-NGR", 3, MOD),
    ),
    case(
        "en-the-national-body-that-spoke-last-goes-on",
        "Seven people were injured, the State Emergency Service said.\n\n"
        "Russia launched 60 drones overnight, Ukraine's air force said.\n\n"
        "Air defences destroyed 52 drones over the north and east of the country.",
        launch("UA", 60, AF),
        intercept("UA", 52, AF),
    ),
    # --- an unnamed regional head is the head of the region the sentence goes on to name ------------
    case(
        "en-unnamed-regional-head-of-the-region-named-after",
        "The Kharkiv regional military administration said a warehouse caught fire after the attack.\n\n"
        "According to the head of the regional military administration, two drones were shot down over "
        "the Poltava region.",
        intercept("UA-53", 2, gov("UA-53")),
    ),
    case(
        "en-a-places-military-administration-is-its-governor",
        "Odesa's military administration said a drone struck a grain terminal.",
        attack("UA-51", 1, gov("UA-51")),
    ),
    case(
        "ru-speech-verb-before-an-officials-surname",
        "Над Подмосковьем уничтожены три беспилотника, летевших на Москву, сообщил Собянин.",
        intercept("RU-MOS", 3, mayor("RU-MOW")),
    ),
    case(
        "en-a-regional-branch-of-the-emergencies-ministry",
        "The Belgorod regional Emergencies Ministry said a drone struck a grain store on Monday.",
        attack("RU-BEL", 1, "emergency_service:RU-BEL", "2025-05-12"),
        published="2025-05-13",
    ),
    case(
        "en-the-state-emergency-service-after-a-place-heading-is-national",
        "Kharkiv: the State Emergency Service says a drone hit a warehouse this morning.",
        attack("UA-63", 1, "emergency_service:UA", "2025-05-13"),
        published="2025-05-13",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_authority(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
