"""Numbers as reporting writes them (issue 14): compound numerals in words ("двадцать три",
"сорок девять", "one hundred and thirty-four"), "полдюжины" / "half a dozen", digits with
Russian case endings ("23-мя", "45-ти", "7-ми"), digit groups split by a space, and vague
amounts ("more than two dozen", "более 20", "около 30": count None, count_low the smallest
number the words allow). "Dozens" that restate a total already given add no claim."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, launch

CASES = [
    # --- compound numerals in words -----------------------------------------------------------
    case(
        "ru-dvadtsat-tri",
        "Над Ростовской областью сбиты двадцать три беспилотника, сообщил губернатор Ростовской области Юрий Светлов.",
        intercept("RU-ROS", 23, gov("RU-ROS")),
    ),
    case(
        "ru-sorok-devyat",
        "Минобороны России сообщило, что над территорией Краснодарского края уничтожены сорок девять украинских БПЛА.",
        intercept("RU-KDA", 49, MOD),
    ),
    case(
        "ru-sto-dvenadtsat",
        "Сто двенадцать беспилотников сбиты над регионами России, сообщило Минобороны России.",
        intercept("RU", 112, MOD),
    ),
    case(
        "ru-odinnadtsat-first-word",
        "Одиннадцать БПЛА сбиты над Смоленской областью, сообщил губернатор Смоленской области Олег Фролов.",
        intercept("RU-SMO", 11, gov("RU-SMO")),
    ),
    case(
        "en-one-hundred-and-thirty-four",
        "Ukraine's air force said one hundred and thirty-four drones had been shot down.",
        intercept("UA", 134, AF),
    ),
    case(
        "en-forty-four",
        "The Russian Defence Ministry said forty-four drones had been downed over the Belgorod region.",
        intercept("RU-BEL", 44, MOD),
    ),
    # --- half a dozen -------------------------------------------------------------------------
    case(
        "ru-poldyuzhiny",
        "Полдюжины беспилотников уничтожены над Воронежской областью, сообщил губернатор Воронежской области Павел Кедров.",
        intercept("RU-VOR", 6, gov("RU-VOR")),
    ),
    case(
        "en-half-a-dozen",
        "Half a dozen drones were destroyed over the Tambov region, the Russian Defence Ministry said.",
        intercept("RU-TAM", 6, MOD),
    ),
    # --- digits with case endings -------------------------------------------------------------
    case(
        "ru-digits-instrumental-mya",
        "ВСУ атаковали Брянскую область 23-мя беспилотниками, сообщил губернатор Брянской области Игорь Соколов.",
        launch("RU-BRY", 23, gov("RU-BRY")),
    ),
    case(
        "ru-digits-genitive-mi",
        "Минобороны России сообщило об уничтожении 7-ми БПЛА над Курской областью.",
        intercept("RU-KRS", 7, MOD),
    ),
    case(
        "ru-digits-genitive-ti",
        "Губернатор Орловской области Андрей Клюев сообщил, что силы ПВО отразили атаку 12-ти беспилотников.",
        intercept("RU-ORL", 12, gov("RU-ORL")),
    ),
    # --- digit groups -------------------------------------------------------------------------
    case(
        "ru-digits-grouped-by-space-cumulative",
        "С начала специальной военной операции средствами ПВО уничтожено 61 407 беспилотников, сообщило Минобороны России.",
        intercept("RU", 61407, MOD),
    ),
    # --- vague amounts ------------------------------------------------------------------------
    case(
        "en-more-than-two-dozen",
        "Ukraine's air force said more than two dozen drones were shot down.",
        intercept("UA", "25+", AF),
    ),
    case(
        "ru-bolee-20",
        "Более 20 беспилотников сбиты над Белгородской областью, сообщил губернатор Белгородской области Олег Демин.",
        intercept("RU-BEL", "21+", gov("RU-BEL")),
    ),
    case(
        "ru-okolo-30",
        "Около 30 беспилотников сбиты над Липецкой областью, сообщил губернатор Липецкой области Олег Зимин.",
        intercept("RU-LIP", "~30", gov("RU-LIP")),
    ),
    case(
        "en-dozens-restating-a-total-adds-nothing",
        "The Russian Defence Ministry said 57 Ukrainian drones had been destroyed over Russian regions. "
        "Dozens of Ukrainian drones were shot down, the ministry added.",
        intercept("RU", 57, MOD),
    ),
    case(
        "ru-digits-before-thousands",
        "С начала месяца по области выпущено более 3 тысяч беспилотников, сообщил губернатор Брянской области.",
        launch("RU-BRY", "3001+", gov("RU-BRY")),
    ),
    case(
        "en-digits-before-thousand",
        "Russia has launched 2 thousand drones at the Odesa region this year, its governor said.",
        launch("UA-51", 2000, gov("UA-51")),
    ),
    case(
        "ru-hyphenated-kamikaze-drones",
        "Над Воронежской областью уничтожены семь дронов-камикадзе, сообщил губернатор Воронежской области.",
        intercept("RU-VOR", 7, gov("RU-VOR")),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_numbers(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
