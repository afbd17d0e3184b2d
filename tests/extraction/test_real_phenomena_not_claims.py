"""What is not a claim (issue 14): debris of a drone not said to be shot down, subsets
("including 15 flying towards Moscow", "в том числе 9"), drones "reported in its airspace",
figures that count missiles and drones together, casualties, shells and production figures.
Each is set beside the nearest case that IS a claim, so that a rule dropping everything fails."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, launch

CASES = [
    # --- debris -------------------------------------------------------------------------------
    case(
        "en-debris-of-a-drone",
        "Debris of a drone damaged two houses in the Kaluga region, governor Mikhail Orlov said.",
    ),
    case(
        "ru-oblomki-bespilotnika",
        "Обломки беспилотника упали на территории промзоны в Туле, сообщил губернатор Тульской области Глеб Сорокин.",
    ),
    case(
        "en-debris-of-a-drone-said-shot-down-is-the-intercept",
        "A drone was shot down over Kstovo and its debris damaged a power line, the Nizhny Novgorod region governor said.",
        intercept("RU-NIZ", 1, gov("RU-NIZ")),
    ),
    # --- subsets ------------------------------------------------------------------------------
    case(
        "en-including-n-flying-towards-moscow",
        "The Russian Defence Ministry said 40 drones were destroyed over Russian regions, including 15 flying towards Moscow.",
        intercept("RU", 40, MOD),
    ),
    case(
        "ru-v-tom-chisle",
        "Минобороны России сообщило об уничтожении 35 БПЛА над регионами России, в том числе 9, летевших на Москву.",
        intercept("RU", 35, MOD),
    ),
    # --- "reported in its airspace" -----------------------------------------------------------
    case(
        "en-reported-in-its-airspace",
        "More than 20 drones were reported in the airspace of the Bryansk region, governor Igor Sokolov said.",
    ),
    # --- missiles and drones together ---------------------------------------------------------
    case(
        "en-missiles-and-drones-in-one-figure",
        "Russia launched 90 missiles and drones at Ukraine, the air force said.",
    ),
    case(
        "ru-raket-i-bespilotnikov-in-one-figure",
        "Силы ПВО сбили 27 ракет и беспилотников, сообщили Воздушные силы Украины.",
    ),
    case(
        "en-drones-and-missiles-counted-apart",
        "Russia launched 50 drones and three missiles at Ukraine, the air force said.",
        launch("UA", 50, AF),
    ),
    # --- casualties ---------------------------------------------------------------------------
    case(
        "en-casualties-of-a-plural-attack",
        "Three people were injured when Russian drones struck Kharkiv, mayor Oleh Petrenko said.",
    ),
    case(
        "ru-postradali-chelovek",
        "В результате атаки беспилотников в Белгородской области пострадали четыре человека.",
    ),
    # --- shells -------------------------------------------------------------------------------
    case(
        "en-shells-beside-drones",
        "Ukrainian forces fired 57 shells at the Klimovo district and drones dropped explosives on a "
        "farm, governor Igor Sokolov said.",
    ),
    case(
        "ru-vypustili-snaryadov",
        "ВСУ выпустили 40 снарядов по Шебекинскому округу и атаковали его беспилотниками, сообщил губернатор.",
    ),
    # --- production and procurement -----------------------------------------------------------
    case(
        "en-production-per-month",
        "Russia now produces 2,700 Shahed-type drones a month, Ukrainian intelligence said.",
    ),
    case(
        "ru-predpriyatie-vypustilo",
        "Предприятие в Татарстане выпустило 500 беспилотников за месяц.",
    ),
    case(
        "en-ordered-drones",
        "The army ordered 10,000 drones from domestic manufacturers.",
    ),
    # --- an amount that elides a weapon counted before it -----------------------------------
    case(
        "en-elided-shells-after-drones",
        "Nine drones were shot down over the Bryansk region, governor Alexander Bogomaz said. In the "
        "Klintsy district, six shells were fired at the village of Lopatni and two at the village of Smotrova.",
        intercept("RU-BRY", 9, gov("RU-BRY")),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_not_claims(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
