"""Who speaks for which direction: Russian MoD totals and breakdowns, the Ukrainian Air Force
("shot down N of the M launched"), Ukrainian regional military administrations, and
other countries' ministries and armed forces. All names and numbers are invented."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- the heading set off by a comma is still the drones' own place ------------------------
    case(
        "comma-flying-to-moscow",
        "Moscow Mayor Sergei Sobyanin said air defence destroyed 2 UAVs, flying to Moscow.",
        intercept("RU-MOW", 2, mayor("RU-MOW")),
    ),
    # --- Russian Defence Ministry -------------------------------------------------------
    case(
        "mod-total-with-breakdown",
        "Russian air defences destroyed 22 Ukrainian drones overnight, the Defence Ministry said. "
        "Ten of them were shot down over the Kursk region, 7 over the Belgorod region and 5 over "
        "the Voronezh region.",
        intercept("RU", 22, MOD, "2025-04-06", total=True),
        intercept("RU-KRS", 10, MOD, "2025-04-06"),
        intercept("RU-BEL", 7, MOD, "2025-04-06"),
        intercept("RU-VOR", 5, MOD, "2025-04-06"),
        published="2025-04-06",
    ),
    case(
        "mod-total-without-breakdown-is-not-total",
        "The Russian Defence Ministry said its air defences had intercepted 58 Ukrainian drones "
        "over several regions, without giving details.",
        intercept("RU", 58, MOD),
    ),
    case(
        "mod-total-over-listed-regions-without-counts",
        "Russia's Defence Ministry reported that 13 drones were destroyed over the Smolensk, Tver and Pskov regions.",
        intercept("RU", 13, MOD),
    ),
    case(
        "mod-single-region",
        "Russia's Defence Ministry said air defence units had downed 4 Ukrainian drones over the Kaluga region.",
        intercept("RU-KLU", 4, MOD),
    ),
    case(
        "mod-breakdown-without-total",
        "Air defence units destroyed 11 drones over the Rostov region and 2 over the Sea of Azov, "
        "the Russian Defence Ministry said.",
        intercept("RU-ROS", 11, MOD),
        intercept("SEA-AZOV", 2, MOD),
    ),
    case(
        "mod-and-governor-in-one-region",
        "The Russian Defence Ministry said 9 drones had been destroyed over the Kursk region. "
        "Kursk region governor Andrei Semyonov said a further drone had been shot down near Rylsk.",
        intercept("RU-KRS", 9, MOD),
        intercept("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "russian-governor-repelled-attack-is-intercept-only",
        "An attack by 7 drones on the Belgorod region was repelled, regional governor Fyodor Zaitsev said.",
        intercept("RU-BEL", 7, gov("RU-BEL")),
    ),
    # --- Ukrainian Air Force ------------------------------------------------------------
    case(
        "af-shot-down-n-of-m-launched",
        "Air defences shot down 47 of the 61 drones launched overnight, Ukraine's air force said.",
        intercept("UA", 47, AF, "2025-05-20"),
        launch("UA", 61, AF, "2025-05-20"),
        published="2025-05-20",
    ),
    case(
        "af-attacked-with-then-destroyed-of-them",
        "Russia attacked Ukraine with 95 drones, Ukraine's air force said. Air defences destroyed 70 of them.",
        launch("UA", 95, AF),
        intercept("UA", 70, AF),
    ),
    case(
        "af-all-launched-were-downed",
        "Air defences downed all 14 drones that Russia launched, the Ukrainian Air Force said.",
        launch("UA", 14, AF),
        intercept("UA", 14, AF),
    ),
    case(
        "af-launched-downed-and-lost-from-radar",
        "Russia launched 80 drones at Ukraine, the air force said, adding that 52 were shot down "
        "and 21 were lost from radar.",
        launch("UA", 80, AF),
        intercept("UA", 52, AF),
    ),
    case(
        "af-launched-drones-and-missiles",
        "Russia launched 120 drones and 6 cruise missiles at Ukraine, the air force said.",
        launch("UA", 120, AF),
    ),
    case(
        "af-n-of-m-with-regional-breakdown",
        "The air force said 40 of the 55 drones that Russia launched were destroyed, 16 of them "
        "over the Kyiv region and 9 over the Chernihiv region.",
        launch("UA", 55, AF),
        intercept("UA", 40, AF, total=True),
        intercept("UA-32", 16, AF),
        intercept("UA-74", 9, AF),
    ),
    case(
        "af-regional-counts-without-total",
        "The air force said 6 drones were shot down over the Mykolaiv region and 4 over the Kherson region.",
        intercept("UA-48", 6, AF),
        intercept("UA-65", 4, AF),
    ),
    # --- Ukrainian regional military administrations ------------------------------------
    case(
        "ua-rma-chief-poltava",
        "Poltava regional military administration chief Petro Kravets wrote on Telegram that 12 "
        "drones had been destroyed over the region.",
        intercept("UA-53", 12, gov("UA-53")),
    ),
    case(
        "ua-rma-head-kharkiv",
        "The head of the Kharkiv regional military administration, Ihor Solonenko, said 3 drones "
        "were shot down over the region.",
        intercept("UA-63", 3, gov("UA-63")),
    ),
    case(
        "ua-rma-head-attack-and-intercept",
        "Odesa regional military administration head Maksym Lytvyn said air defence shot down 9 "
        "drones over the Odesa region, and a drone hit a grain terminal near Chornomorsk.",
        intercept("UA-51", 9, gov("UA-51")),
        attack("UA-51", 1, gov("UA-51")),
    ),
    # --- other countries ------------------------------------------------------------------
    case(
        "saudi-defence-ministry",
        "Saudi Arabia's defence ministry said it intercepted 4 drones.",
        intercept("SA", 4, "defence_ministry:SA"),
    ),
    case(
        "uae-defence-ministry",
        "The United Arab Emirates' defence ministry said its air defences had intercepted 3 drones.",
        intercept("AE", 3, "defence_ministry:AE"),
    ),
    case(
        "romania-defence-ministry-a-drone",
        "Romania's defence ministry said fighter jets had shot down a drone that entered Romanian airspace.",
        intercept("RO", 1, "defence_ministry:RO"),
    ),
    case(
        "pounded-with-is-a-launch",
        "Russia pounded Ukraine with 310 drones and 12 missiles overnight, the air force said.",
        launch("UA", 310, AF, "2025-04-09"),
        published="2025-04-09",
    ),
    case(
        "struck-with-subject-is-an-attack",
        "Two drones struck a warehouse with fuel in the Poltava region overnight, the regional governor said.",
        attack("UA-53", 2, gov("UA-53"), "2025-04-09"),
        published="2025-04-09",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_directions(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
