"""Attacks on the ground (issue 14): a drone struck, hit, crashed into, fell on or dropped a
munition on something; "a drone strike killed ..." is attack 1 unless the text gives the
number of drones for that strike. An alert, or drones in the plural with no number, give no
claim (ANNOTATION.md, "A single drone strike")."""

import pytest

from .conftest import CASE_FIELDS, attack, case, claims_of, gov, intercept, known_gap

CASES = [
    # --- English ------------------------------------------------------------------------------
    case(
        "en-crashed-into",
        "A drone crashed into a warehouse in the Tver region, governor Igor Rudenko said.",
        attack("RU-TVE", 1, gov("RU-TVE")),
    ),
    case(
        "en-fell-on",
        "A Ukrainian drone fell on the roof of a garage in Yelets, Lipetsk region governor Oleg Zimin said.",
        attack("RU-LIP", 1, gov("RU-LIP")),
    ),
    case(
        "en-dropped-an-explosive-device-on",
        "A drone dropped an explosive device on a tractor near the village of Tetkino in the Kursk "
        "region, governor Andrei Volkov said.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "en-a-drone-strike-killed",
        "A drone strike killed a man in the village of Klimovo in the Bryansk region, governor Igor Sokolov said.",
        attack("RU-BRY", 1, gov("RU-BRY")),
    ),
    case(
        "en-wounded-in-a-drone-strike",
        "Two civilians were wounded in a drone strike on a bus stop in Kherson, the head of the "
        "Kherson regional military administration said.",
        attack("UA-65", 1, gov("UA-65")),
    ),
    case(
        "en-three-drones-struck",
        "Three drones struck an electrical substation in the Sumy region, the regional military administration said.",
        attack("UA-59", 3, gov("UA-59")),
    ),
    case(
        "en-a-strike-by-four-drones",
        "A strike by four drones set a fuel depot on fire in the Oryol region, governor Denis Ilyin said.",
        attack("RU-ORL", 4, gov("RU-ORL")),
    ),
    known_gap(
        case(
            "en-five-downed-and-a-sixth-hit",
            "Air defences shot down 5 drones over the Belgorod region, and a sixth hit a garage in "
            "Stroitel, governor Oleg Demin said.",
            intercept("RU-BEL", 5, gov("RU-BEL")),
            attack("RU-BEL", 1, gov("RU-BEL")),
        ),
        "'a sixth hit a garage' gives no attack claim (an ordinal that continues a count is one more drone)",
    ),
    case(
        "en-alert-is-no-claim",
        "A drone attack alert was declared in the Penza region, governor Oleg Melnikov said.",
    ),
    case(
        "en-plural-strike-without-a-number-is-no-claim",
        "Russian drones struck the port of Izmail, the Odesa regional military administration said.",
    ),
    # --- Russian ------------------------------------------------------------------------------
    case(
        "ru-vrezalsya",
        "Беспилотник врезался в жилой дом в Курске, сообщил губернатор Курской области Андрей Волков.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "ru-sbrosil-vzryvnoe-ustroystvo",
        "Дрон сбросил взрывное устройство на машину скорой помощи в Валуйском районе, сообщил "
        "губернатор Белгородской области Олег Демин.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "ru-upal-na-territoriyu",
        "Беспилотник упал на территорию предприятия в Новомосковске, сообщил губернатор Тульской области Глеб Сорокин.",
        attack("RU-TUL", 1, gov("RU-TUL")),
    ),
    case(
        "ru-dva-drona-atakovali",
        "Два дрона атаковали нефтебазу в Ростовской области, сообщил губернатор Юрий Светлов.",
        attack("RU-ROS", 2, gov("RU-ROS")),
    ),
    case(
        "ru-udar-drona-pogib",
        "В результате удара дрона по селу в Курской области погиб мужчина, сообщил губернатор Андрей Волков.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "ru-ugroza-ataki-is-no-claim",
        "В Липецкой области объявлена угроза атаки беспилотников, сообщил губернатор Олег Зимин.",
    ),
    # --- a drone named as the cause of damage (ANNOTATION.md: a single drone strike) -----------
    case(
        "en-a-drone-was-the-likely-cause",
        "The governor of the Tambov region said a drone was the likely cause of a fire at a fuel depot.",
        attack("RU-TAM", 1, gov("RU-TAM")),
    ),
    case(
        "en-caused-by-a-drone",
        "A blaze at a substation in the Kursk region was caused by a drone, governor Alexander Khinshtein said.",
        attack("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "en-after-an-attack-by-an-unidentified-drone",
        "A warehouse in the Lipetsk region caught fire after an attack by an unidentified drone, governor Igor Artamonov said.",
        attack("RU-LIP", 1, gov("RU-LIP")),
    ),
    case(
        "en-blaming-a-drone-crash",
        "A fire broke out at a depot in the Oryol region, with governor Andrei Klychkov blaming a drone crash.",
        attack("RU-ORL", 1, gov("RU-ORL")),
    ),
    case(
        "en-an-attack-by-n-drones-repelled-is-an-interception",
        "Air defences repelled an attack by 12 drones on the Voronezh region, governor Alexander Gusev said.",
        intercept("RU-VOR", 12, gov("RU-VOR")),
    ),
    # --- two single-drone strikes in one region: a sentence that opens on another event stays its own
    case(
        "en-also-opens-another-single-strike",
        "A drone hit a barn in the village of Kozinka, the governor of the Belgorod region said. Also in "
        "the Graivoron district, a drone dropped a grenade on a car.",
        attack("RU-BEL", 1, gov("RU-BEL")),
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "ru-also-opens-another-single-strike",
        "Дрон атаковал склад в Шебекино, сообщил губернатор Белгородской области. Также беспилотник "
        "ударил по автомобилю в Грайвороне.",
        attack("RU-BEL", 1, gov("RU-BEL")),
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "en-headline-and-body-are-one-strike",
        "Drone hits oil depot in the Bryansk region\n\nA drone hit an oil depot in the Bryansk region, "
        "the governor said.",
        attack("RU-BRY", 1, gov("RU-BRY")),
    ),
    # --- one strike told first in its country, then in its region, is one claim of the region --------
    case(
        "en-strike-in-a-country-then-in-its-region",
        "A drone attack in western Russia set fire to a fuel depot, state media reported. The fire at the "
        "depot in the Oryol region started after an attack by a drone, the regional governor said.",
        attack("RU-ORL", 1, gov("RU-ORL")),
    ),
    case(
        "ru-a-strike-told-by-emergency-services-is-war-news",
        "Как передает агентство со ссылкой на экстренные службы, беспилотник врезался в склад в Новошахтинске.",
        attack("RU-ROS", 1),
    ),
    case(
        "en-one-of-the-downed-drones-fell-is-no-strike",
        "Three drones were shot down over the Voronezh region, the Russian Defence Ministry said. One person "
        "was hurt when one of the drones crashed in a courtyard.",
        intercept("RU-VOR", 3, "defence_ministry:RU"),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_attacks(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
