"""A single drone with no numeral (issue 14): "a drone was shot down", "another drone",
"беспилотный летательный аппарат уничтожен", "беспилотник сбит", "дрон ударил по автомобилю".
ANNOTATION.md: "a drone" is 1; drones in the plural with no number give no claim."""

import pytest

from .conftest import CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, mayor

CASES = [
    # --- English ------------------------------------------------------------------------------
    case(
        "en-a-drone-was-shot-down",
        "A drone was shot down over the Oryol region, governor Denis Ilyin said.",
        intercept("RU-ORL", 1, gov("RU-ORL")),
    ),
    case(
        "en-destroyed-a-drone",
        "Air defences destroyed a Ukrainian drone over the Tula region, the Russian Defence Ministry said.",
        intercept("RU-TUL", 1, MOD),
    ),
    case(
        "en-an-unmanned-aerial-vehicle-was-intercepted",
        "An unmanned aerial vehicle was intercepted over the Kaluga region, the Russian Defence Ministry said.",
        intercept("RU-KLU", 1, MOD),
    ),
    case(
        "en-another-drone",
        "Another drone was downed on the approach to Moscow, mayor Sergei Sobyanin said.",
        intercept("RU-MOW", 1, mayor("RU-MOW")),
    ),
    case(
        "en-a-drone-over-the-sea",
        "The Russian Defence Ministry said a Ukrainian drone had been destroyed over the Black Sea.",
        intercept("SEA-BLACK", 1, MOD),
    ),
    case(
        "en-a-drone-over-a-ukrainian-region",
        "A Russian drone was shot down over the Kyiv region, the regional military administration said.",
        intercept("UA-32", 1, gov("UA-32")),
    ),
    case(
        "en-landed-by-electronic-warfare",
        "A drone was brought down by electronic warfare over the Kursk region, governor Andrei Volkov said.",
        intercept("RU-KRS", 1, gov("RU-KRS")),
    ),
    case(
        "en-headline-and-body-are-one-claim",
        "Drone downed over Ryazan region\nA drone was shot down over the Ryazan region, governor Pavel Malkov said.",
        intercept("RU-RYA", 1, gov("RU-RYA")),
    ),
    case(
        "en-plural-without-a-number-is-no-claim",
        "Drones were shot down over the Tver region, governor Igor Rudenko said.",
    ),
    # --- Russian ------------------------------------------------------------------------------
    case(
        "ru-bespilotnyy-letatelnyy-apparat-unichtozhen",
        "Над Брянской областью уничтожен украинский беспилотный летательный аппарат, сообщили в Минобороны России.",
        intercept("RU-BRY", 1, MOD),
    ),
    case(
        "ru-bespilotnik-sbit",
        "Беспилотник сбит на подлёте к Москве, сообщил мэр Москвы Сергей Собянин.",
        intercept("RU-MOW", 1, mayor("RU-MOW")),
    ),
    case(
        "ru-eshche-odin-bpla-perekhvachen",
        "Ещё один БПЛА перехвачен над акваторией Чёрного моря, сообщило Минобороны России.",
        intercept("SEA-BLACK", 1, MOD),
    ),
    case(
        "ru-dron-udaril-po-avtomobilyu",
        "Дрон ударил по легковому автомобилю в Шебекине, сообщил губернатор Белгородской области Олег Демин.",
        attack("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "ru-bpla-podavlen-reb",
        "Средствами РЭБ подавлен беспилотник над Калужской областью, сообщил губернатор Калужской области.",
        intercept("RU-KLU", 1, gov("RU-KLU")),
    ),
    case(
        "ru-rossiyskiy-dron-atakoval-avtobus",
        "Российский дрон атаковал пассажирский автобус в Херсоне, сообщил глава Херсонской областной военной администрации.",
        attack("UA-65", 1, gov("UA-65")),
    ),
    case(
        "ru-plural-without-a-number-is-no-claim",
        "Беспилотники сбиты над Тверской областью, сообщил губернатор Тверской области.",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_single(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
