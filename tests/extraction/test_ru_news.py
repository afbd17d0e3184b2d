"""Russian news reporting (invented sentences): a page's date stamp line, Ukraine's military
administrations ("ОВА") as reporters, and the actors a body owns ("силы ПВО Минобороны") that do
not make it the speaker.

Weekdays (2025): 3 Mar Mon, 14 Apr Mon, 9 Jul Wed."""

import pytest

from pipelines.extraction.dates import header_date

from .conftest import AF, CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- a date stamp on its own line at the top, no metadata -------------------------------------
    case(
        "stamp-line-with-month-name",
        "3 марта 2025, 08:05\nНад Пензенской областью сбиты 4 беспилотника\n\n"
        "Минувшей ночью над Пензенской областью силами ПВО уничтожены 4 беспилотника, сообщил губернатор региона.",
        intercept("RU-PNZ", 4, gov("RU-PNZ"), "2025-03-03"),
    ),
    case(
        "stamp-line-numeric",
        "14.04.2025 06:50\nВ ночь на понедельник над Курской областью уничтожены 9 БПЛА, сообщили в Минобороны.",
        intercept("RU-KRS", 9, MOD, "2025-04-14"),
    ),
    case(
        "a-sentence-with-a-date-is-no-stamp",
        "Губернатор Курской области сообщил 14.04.2025, что минувшей ночью над регионом сбиты 2 беспилотника.",
        intercept("RU-KRS", 2, gov("RU-KRS"), "2025-04-14"),
    ),
    # --- Ukraine's military administrations -------------------------------------------------------
    case(
        "ova-abbreviation-with-region-adjective",
        "Ночью над Николаевской областью сбиты 7 ударных беспилотников, сообщили в Николаевской ОВА.",
        intercept("UA-48", 7, gov("UA-48"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "oblast-military-administration-written-out",
        "Утром Днепр атаковали два беспилотника, сообщил глава Днепропетровской областной военной администрации.",
        attack("UA-12", 2, gov("UA-12"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "kyiv-city-military-administration-is-the-city",
        "Ночью над столицей Украины уничтожены 6 беспилотников, сообщили в Киевской городской военной администрации.",
        intercept("UA-30", 6, gov("UA-30"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "ova-attacked-with-is-a-launch",
        "За прошедшие сутки противник атаковал Черниговскую область 12 беспилотниками, сообщил глава Черниговской ОВА.",
        launch("UA-74", 12, gov("UA-74"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- drone nouns and modifiers of Ukrainian-side and regional reporting ----------------------------
    case(
        "shaheds-counted",
        "Ночью над Житомирской областью сбиты 23 шахеда, сообщили Воздушные силы ВСУ.",
        intercept("UA-18", 23, AF, "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "shahed-type-names-no-drone-of-its-own",
        "Ночью противник атаковал Украину 31 ударным БпЛА типа «Шахед», сообщили Воздушные силы ВСУ.",
        launch("UA", 31, AF, "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "russian-adjective-between-amount-and-noun",
        "За прошедшие сутки силы обороны уничтожили 17 российских беспилотников, сообщил Генштаб ВСУ.",
        intercept("UA", 17, "general_staff:UA", "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "apparatus-repeats-the-drone-noun",
        "Над Орловской областью перехвачены три беспилотника, сообщил губернатор Орловской области. "
        "Утром над Мценском сбиты еще два аппарата.",
        intercept("RU-ORL", 3, gov("RU-ORL"), "2025-07-09"),
        intercept("RU-ORL", 2, gov("RU-ORL"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- the Ukrainian air force's summary retold in Russian -------------------------------------------
    case(
        "ukrainian-name-of-the-air-force-inflected",
        "В ночь на среду противник атаковал Украину 54 ударными БпЛА, сообщили в «Повітряних силах» ЗСУ. "
        "Сбиты или подавлены 47 беспилотников. Зафиксировано попадание семи ударных БпЛА на трех локациях.",
        launch("UA", 54, AF, "2025-07-09"),
        intercept("UA", 47, AF, "2025-07-09"),
        attack("UA", 7, AF, "2025-07-09"),
        published="2025-07-09",
    ),
    # --- a list of places before the verb: the country's figure -----------------------------------------
    case(
        "fronted-territory-and-waters",
        "С 21:00 до 23:40 мск над территорией Краснодарского края и акваторией Черного моря перехвачены "
        "11 беспилотников, сообщили в Минобороны России.",
        intercept("RU", 11, MOD, "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "fronted-two-regions-then-their-breakdown",
        "Ночью над Калужской и Тульской областями уничтожены 8 БПЛА, сообщили в Минобороны России: "
        "пять над Калужской областью, три — над Тульской.",
        intercept("RU", 8, MOD, "2025-07-09", total=True),
        intercept("RU-KLU", 5, MOD, "2025-07-09"),
        intercept("RU-TUL", 3, MOD, "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "fronted-region-wins-over-the-heading",
        "По данным Минобороны, за ночь над Московским регионом были уничтожены 6 БПЛА, летевших на Москву.",
        intercept("RU-MOS", 6, MOD, "2025-07-09"),
        published="2025-07-09",
    ),
    # --- attacks: "один из дронов", and "упал" only onto something -------------------------------------
    case(
        "one-of-the-drones-hit",
        "Днем один из российских дронов попал в здание почты в Прилуках, сообщил глава Черниговской ОВА.",
        attack("UA-74", 1, gov("UA-74"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "fell-onto-a-roof-is-an-attack",
        "Утром беспилотник упал на крышу склада в Михайловке, сообщил губернатор Волгоградской области.",
        attack("RU-VGG", 1, gov("RU-VGG"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "fell-near-the-airport-is-where-a-downed-one-came-down",
        "Ночью над Рязанской областью сбиты три беспилотника, сообщил губернатор региона. "
        "По его словам, один из аппаратов упал у аэродрома.",
        intercept("RU-RYA", 3, gov("RU-RYA"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- plans and forecasts are not reports ------------------------------------------------------------
    case(
        "future-tense-production",
        "В следующем году заводы выпустят 12 000 беспилотников, заявил министр промышленности.",
    ),
    case(
        "verb-of-intent",
        "Власти региона планируют запустить 40 беспилотников для мониторинга лесных пожаров.",
    ),
    # --- the actors a body owns are not the body speaking -----------------------------------------
    case(
        "forces-of-the-ministry-then-the-mayor-speaks",
        "Силы ПВО Минобороны сбили два беспилотника, летевших на Москву, сообщил мэр Москвы.",
        intercept("RU-MOW", 2, mayor("RU-MOW")),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_ru_news(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_stamp_needs_its_year_and_a_line_of_its_own():
    assert header_date("5 мая, 10:15\nНад областью сбиты 3 беспилотника.") is None
    assert header_date("Опубликовано: 5 мая 2025 г., 10:15\nТекст.").isoformat() == "2025-05-05"
