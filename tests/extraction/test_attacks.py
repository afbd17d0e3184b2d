"""Attack claims: drones that struck, hit or attacked something on the ground."""

import pytest

from .conftest import AF, CASE_FIELDS, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- the rest of a partitive that struck: its own attack claim ---------------------------
    case(
        "rest-of-partitive-struck",
        "Russia sent 90 drones, Ukraine's air force said. Of them, 77 were downed, while 8 hit targets in four locations.",
        launch("UA", 90, AF),
        intercept("UA", 77, AF),
        attack("UA", 8, AF),
    ),
    case(
        "drone-struck-refinery",
        "A drone struck an oil refinery in the Volgograd region, causing a fire, governor Ivan Belov said.",
        attack("RU-VGG", 1, gov("RU-VGG")),
    ),
    case(
        "drone-hit-house-in-village",
        "A drone hit a private house in the village of Sosnovka in the Belgorod region, governor Pavel Zotov said.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "fpv-drone-struck-car",
        "An FPV drone struck a delivery van near Borisovka, wounding the driver, Belgorod region governor "
        "Pavel Zotov said.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "drone-attacked-resident",
        "A drone attacked a resident of a border village who was riding a bicycle, Kursk region "
        "governor Mikhail Vetrov said.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "drone-dropped-grenade-on-harvester",
        "A Ukrainian drone dropped a grenade on a combine harvester in a field near Bezymeno, "
        "Belgorod region governor Pavel Zotov said.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "passive-was-hit-by-a-drone",
        "A grain silo in the Pavlovsky district of the Voronezh region was hit by a drone, governor Ivan Sokolov said.",
        attack("RU-VOR", 1, gov("RU-VOR")),
    ),
    case(
        "fpv-drone-attacked-bus",
        "An FPV drone attacked a bus in Nikopol, wounding three passengers, the head of the "
        "Dnipropetrovsk regional military administration said.",
        attack("UA-12", 1, gov("UA-12")),
    ),
    case(
        "two-drones-hit",
        "Two drones hit an industrial site in Aleksin, Tula region governor Gleb Sorokin said.",
        attack("RU-TUL", 2, gov("RU-TUL")),
    ),
    case(
        "two-drones-split-by-place-is-one-claim",
        "Two drones hit buildings in the Moscow region: one struck a warehouse in Podolsk and the "
        "other a petrol station in Balashikha, governor Boris Gusev said.",
        attack("RU-MOS", 2, gov("RU-MOS")),
    ),
    case(
        "seven-drones-hit-targets-at-five-locations",
        "The air force said seven drones hit targets at five locations.",
        attack("UA", 7, AF),
    ),
    case(
        "mayor-drone-hit-residential-building",
        "A drone hit a residential building in Kyiv, mayor Andriy Bondar said.",
        attack("UA-30", 1, mayor("UA-30")),
    ),
    case(
        "drones-struck-fuel-depot-authorities-unknown",
        "Two drones struck a fuel depot in Russia's Rostov region, local authorities said.",
        attack("RU-ROS", 2),
    ),
    case(
        "head-of-bashkortostan-refinery",
        "A drone hit a fuel tank at a chemical plant in Sterlitamak, the head of Bashkortostan, Timur Sadykov, said.",
        attack("RU-BA", 1, gov("RU-BA")),
    ),
    case(
        "intercepts-and-an-attack-in-one-sentence",
        "Air defences destroyed 6 drones over the Lipetsk region, and another drone hit a "
        "bakery in Dankov, governor Yuri Galkin said.",
        intercept("RU-LIP", 6, gov("RU-LIP")),
        attack("RU-LIP", 1, gov("RU-LIP")),
    ),
    case(
        "russian-drone-attacked-car",
        "Беспилотник ударил по грузовику в Борисовском районе, сообщил губернатор Белгородской области.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "russian-fpv-drone-hit-building",
        "Губернатор Курской области Михаил Ветров сообщил, что FPV-дрон атаковал магазин в Глушковском районе.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "hits-of-drones-recorded",
        "Air defence downed 70 of the drones, the air force said on Sunday. Hits by a missile and 9 "
        "attack UAVs were recorded at four locations.",
        intercept("UA", 70, AF, "2025-04-06"),
        attack("UA", 9, AF, "2025-04-06"),
        published="2025-04-06",
    ),
    case(
        "came-under-attack-from",
        "The village of Kozinka came under attack from 3 drones on Tuesday, Belgorod region governor "
        "Ivan Petrenko said.",
        attack("RU-BEL", 3, gov("RU-BEL"), "2025-04-08"),
        published="2025-04-08",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_attacks(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
