"""Counts that set an intercept against a launch (issue 14): "N of M", "N out of M", "all N
(that X launched)", "N Russia-launched drones", "launched a total of N", "attacked X with N
drones", and the Russian "N из M", "атаковала ... N беспилотниками", "выпустила N дронов".
ANNOTATION.md: the intercepted number is an intercept claim, the launched one a launch claim;
with no place, both go to the country the reporter speaks for."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, launch

CASES = [
    # --- English ------------------------------------------------------------------------------
    case(
        "en-n-of-m",
        "Ukraine's air force said it had destroyed 47 of 53 Russian drones overnight.",
        intercept("UA", 47, AF, "2025-06-11"),
        launch("UA", 53, AF, "2025-06-11"),
        published="2025-06-11",
    ),
    case(
        "en-n-out-of-m",
        "Air defence units downed 61 out of 70 attack drones, the Ukrainian air force said.",
        intercept("UA", 61, AF),
        launch("UA", 70, AF),
    ),
    case(
        "en-of-the-m-launched-n-were-shot-down",
        "Of the 36 drones launched by Russia, 29 were shot down over the Odesa and Mykolaiv regions, the air force said.",
        intercept("UA", 29, AF),
        launch("UA", 36, AF),
    ),
    case(
        "en-all-n-that-x-launched",
        "The air force said all 19 drones that Russia launched at Ukraine overnight had been shot down.",
        intercept("UA", 19, AF, "2025-02-03"),
        launch("UA", 19, AF, "2025-02-03"),
        published="2025-02-03",
    ),
    case(
        "en-n-drones-that-x-launched-without-all",
        # no "all": the launched number is not stated (ANNOTATION.md), only the intercepted one
        "Air defences destroyed 14 drones that Ukraine launched at the Tula region, the Russian Defence Ministry said.",
        intercept("RU-TUL", 14, MOD),
    ),
    case(
        "en-n-x-launched-drones-without-all",
        "Russian forces downed six Ukraine-launched drones over the Kursk region, the Russian Defence Ministry said.",
        intercept("RU-KRS", 6, MOD),
    ),
    case(
        "en-all-n-russia-launched",
        "Ukrainian air defences intercepted all 26 Russia-launched attack drones, the air force reported.",
        intercept("UA", 26, AF),
        launch("UA", 26, AF),
    ),
    case(
        "en-n-of-the-m-russia-launched",
        "The air force said mobile fire groups had brought down 14 of the 17 Russia-launched drones.",
        intercept("UA", 14, AF),
        launch("UA", 17, AF),
    ),
    case(
        "en-launched-a-total-of",
        "Russia launched a total of 88 drones at Ukraine, the air force said, adding that 71 of them were downed.",
        intercept("UA", 71, AF),
        launch("UA", 88, AF),
    ),
    case(
        "en-attacked-region-with-n-drones",
        "Ukraine attacked the Lipetsk region with 9 drones, governor Oleg Zimin said.",
        launch("RU-LIP", 9, gov("RU-LIP")),
    ),
    case(
        "en-attacked-with-then-n-of-them-downed",
        "Russia attacked Ukraine with 64 drones; air defences shot down 52 of them, the air force said.",
        intercept("UA", 52, AF),
        launch("UA", 64, AF),
    ),
    # --- Russian ------------------------------------------------------------------------------
    case(
        "ru-atakovala-n-bespilotnikami",
        "В ночь на 5 июня Россия атаковала Украину 93 ударными беспилотниками, сообщили Воздушные силы ВСУ.",
        launch("UA", 93, AF, "2025-06-05"),
        published="2025-06-05",
    ),
    case(
        "ru-vypustila-n-dronov-n-iz-nikh-sbity",
        "Россия выпустила по Украине 58 дронов, 49 из них сбиты, сообщили Воздушные силы Украины.",
        intercept("UA", 49, AF),
        launch("UA", 58, AF),
    ),
    case(
        "ru-n-iz-m",
        "Силы ПВО сбили 36 из 40 беспилотников, сообщили Воздушные силы Украины.",
        intercept("UA", 36, AF),
        launch("UA", 40, AF),
    ),
    case(
        "ru-vse-n-kotorye-zapustila",
        "Все 22 дрона, которые запустила Россия, уничтожены, сообщили Воздушные силы Украины.",
        intercept("UA", 22, AF),
        launch("UA", 22, AF),
    ),
    case(
        "ru-atakovali-oblast-n-bespilotnikami",
        "ВСУ атаковали Курскую область 14 беспилотниками, сообщил губернатор Курской области Андрей Волков.",
        launch("RU-KRS", 14, gov("RU-KRS")),
    ),
    case(
        "ru-n-iz-m-governor",
        "Губернатор Брянской области Игорь Соколов сообщил, что над регионом сбиты 12 из 15 беспилотников.",
        intercept("RU-BRY", 12, gov("RU-BRY")),
        launch("RU-BRY", 15, gov("RU-BRY")),
    ),
    case(
        "ru-vsego-zapustil",
        "Всего противник запустил 75 беспилотников, сообщили Воздушные силы Украины.",
        launch("UA", 75, AF),
    ),
    # --- an attack involving N drones launched them; drones "that were shot down" were intercepted too
    case(
        "en-attack-involving-is-a-launch",
        "Ukraine targeted a fuel depot in the Tambov region in an attack involving at least 40 drones, "
        "the Russian Defence Ministry said.",
        launch("RU-TAM", "40+", MOD),
    ),
    case(
        "en-attacked-with-drones-that-were-shot-down",
        "The Russian Defence Ministry said Ukraine had attacked the Kursk region with 12 drones that were "
        "shot down by air defences.",
        launch("RU-KRS", 12, MOD),
        intercept("RU-KRS", 12, MOD),
    ),
    case(
        "ru-drones-which-were-destroyed",
        "Противник атаковал Брянскую область 9 беспилотниками, которые были уничтожены, сообщил губернатор.",
        launch("RU-BRY", 9, gov("RU-BRY")),
        intercept("RU-BRY", 9, gov("RU-BRY")),
    ),
    case(
        "ru-attacked-with-the-help-of-drones-is-a-launch",
        "Противник атаковал Воронежскую область с помощью 22 беспилотников, сообщил губернатор.",
        launch("RU-VOR", 22, gov("RU-VOR")),
    ),
    case(
        "ru-of-them-managed-to-shoot-down",
        "Противник атаковал Украину 64 беспилотниками, 51 из них удалось сбить, сообщили Воздушные силы.",
        launch("UA", 64, AF),
        intercept("UA", 51, AF),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_counts(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
