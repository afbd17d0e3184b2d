"""Dates in Russian reporting (invented sentences): clock windows in Moscow time, "в ночь на",
weekdays and months in every case, numeric dates, "за сутки", and a post's opening time carried
to its breakdown lines.

Weekdays (2025): 8 Oct Wed, 9 Oct Thu, 10 Oct Fri, 11 Oct Sat, 12 Oct Sun; 5 Mar Wed."""

import pytest

from pipelines.extraction.dates import MONTHS, WEEKDAYS, find_time_expressions, month_number, weekday_number

from .conftest import CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept

CASES = [
    # --- windows of clock times -----------------------------------------------------------------
    case(
        "window-same-day-is-publication-day",
        "С 9:00 до 13:30 мск над Липецкой областью уничтожены 7 беспилотников, сообщило Минобороны России.",
        intercept("RU-LIP", 7, MOD, "2025-10-11"),
        published="2025-10-11",
    ),
    case(
        "window-with-dots-and-v-period",
        "В период с 8.00 до 9.40 мск над Тверской областью сбиты 3 беспилотника, сообщило Минобороны России.",
        intercept("RU-TVE", 3, MOD, "2025-10-09"),
        published="2025-10-09",
    ),
    case(
        "window-across-midnight-with-dates-ends-on-second-day",
        "В период с 23.00 мск 10.10 до 6.00 мск 11.10 над Псковской областью уничтожены 12 беспилотников, "
        "сообщило Минобороны России.",
        intercept("RU-PSK", 12, MOD, "2025-10-11"),
        published="2025-10-12",
    ),
    case(
        "window-with-start-date-across-midnight",
        "С 22:30 мск 9 октября до 4:00 мск над Калужской областью сбиты 5 беспилотников, сообщило Минобороны России.",
        intercept("RU-KLU", 5, MOD, "2025-10-10"),
        published="2025-10-12",
    ),
    case(
        "date-written-before-window",
        "9 октября с 18.00 до 21.00 мск над Орловской областью уничтожены 4 беспилотника, сообщило Минобороны России.",
        intercept("RU-ORL", 4, MOD, "2025-10-09"),
        published="2025-10-10",
    ),
    case(
        "evening-until-24-is-that-evening",
        "С 20.00 до 24.00 мск над Тамбовской областью уничтожены 6 беспилотников, сообщило Минобороны России.",
        intercept("RU-TAM", 6, MOD, "2025-10-08"),
        published="2025-10-08",
    ),
    # --- nights ---------------------------------------------------------------------------------
    case(
        "v-noch-na-weekday-and-date",
        "В ночь на четверг, 9 октября, над Смоленской областью уничтожены 11 беспилотников, сообщило Минобороны России.",
        intercept("RU-SMO", 11, MOD, "2025-10-09"),
        published="2025-10-09",
    ),
    case(
        "v-noch-na-weekday",
        "Губернатор Рязанской области Павел Малков сообщил, что в ночь на субботу над регионом сбиты 8 беспилотников.",
        intercept("RU-RYA", 8, gov("RU-RYA"), "2025-10-11"),
        published="2025-10-12",
    ),
    case(
        "v-noch-so-weekday-na-weekday",
        "В ночь со среды на четверг над Курской областью уничтожены 10 беспилотников, сообщило Минобороны России.",
        intercept("RU-KRS", 10, MOD, "2025-10-09"),
        published="2025-10-10",
    ),
    case(
        "v-noch-na-numeric-date",
        "В ночь на 10.10 над Брянской областью сбиты 14 беспилотников, сообщило Минобороны России.",
        intercept("RU-BRY", 14, MOD, "2025-10-10"),
        published="2025-10-10",
    ),
    case(
        "v-techenie-proshedshey-nochi",
        "В течение прошедшей ночи над Ярославской областью уничтожены 5 беспилотников, сообщило Минобороны России.",
        intercept("RU-YAR", 5, MOD, "2025-10-12"),
        published="2025-10-12",
    ),
    case(
        "proshedshey-nochyu",
        "Прошедшей ночью над Владимирской областью сбиты 2 беспилотника, сообщил губернатор Александр Авдеев.",
        intercept("RU-VLA", 2, gov("RU-VLA"), "2025-10-12"),
        published="2025-10-12",
    ),
    # --- days -----------------------------------------------------------------------------------
    case(
        "za-proshedshie-sutki",
        "За прошедшие сутки над Курской областью сбиты 16 беспилотников, сообщил губернатор Александр Хинштейн.",
        intercept("RU-KRS", 16, gov("RU-KRS"), "2025-10-10"),
        published="2025-10-10",
    ),
    case(
        "segodnya",
        "Сегодня над Белгородской областью уничтожены 9 беспилотников, сообщил губернатор Вячеслав Гладков.",
        intercept("RU-BEL", 9, gov("RU-BEL"), "2025-10-10"),
        published="2025-10-10",
    ),
    case(
        "vchera",
        "Вчера над Воронежской областью сбиты 3 беспилотника, сообщил губернатор Александр Гусев.",
        intercept("RU-VOR", 3, gov("RU-VOR"), "2025-10-09"),
        published="2025-10-10",
    ),
    case(
        "nakanune-vecherom-is-the-day-before",
        "Накануне вечером над Тульской областью сбиты 2 беспилотника, сообщил губернатор Дмитрий Миляев.",
        intercept("RU-TUL", 2, gov("RU-TUL"), "2025-10-09"),
        published="2025-10-10",
    ),
    case(
        "weekday-accusative",
        "Во вторник над Ростовской областью уничтожены 13 беспилотников, сообщил губернатор Юрий Слюсарь.",
        intercept("RU-ROS", 13, gov("RU-ROS"), "2025-10-07"),
        published="2025-10-10",
    ),
    case(
        "weekday-after-publication-is-none",
        "В субботу над Ростовской областью уничтожены 13 беспилотников, сообщил губернатор Юрий Слюсарь.",
        intercept("RU-ROS", 13, gov("RU-ROS")),
        published="2025-10-10",
    ),
    case(
        "month-in-genitive-takes-publication-year",
        "5 марта над Саратовской областью сбиты 6 беспилотников, сообщило Минобороны России.",
        intercept("RU-SAR", 6, MOD, "2025-03-05"),
        published="2025-03-06",
    ),
    case(
        "numeric-date",
        "Беспилотник атаковал автомобиль в Белгородской области 08.10.2025, сообщил губернатор Вячеслав Гладков.",
        attack("RU-BEL", 1, gov("RU-BEL"), "2025-10-08"),
        published="2025-10-09",
    ),
    case(
        "month-alone-is-a-tally",
        "В сентябре над Курской областью уничтожены 400 беспилотников, сообщило Минобороны России.",
        intercept("RU-KRS", 400, MOD),
        published="2025-10-09",
    ),
    case(
        "no-time-expression-no-date",
        "Над Курской областью уничтожены 5 беспилотников, сообщило Минобороны России.",
        intercept("RU-KRS", 5, MOD),
        published="2025-10-09",
    ),
    # --- a post's opening time is its breakdown's time ---------------------------------------------
    case(
        "opening-window-carried-to-breakdown",
        "С 14.00 до 18.30 мск пресечена попытка атаки беспилотников. Над территорией Брянской области "
        "уничтожены 9 беспилотников, два – над территорией Курской области.",
        intercept("RU-BRY", 9, UNKNOWN, "2025-10-08"),
        intercept("RU-KRS", 2, UNKNOWN, "2025-10-08"),
        published="2025-10-08",
    ),
    case(
        "opening-night-carried-to-sibling-claims",
        "В течение прошедшей ночи уничтожены 21 беспилотник. Двенадцать беспилотников сбиты над Калужской "
        "областью и девять беспилотников сбиты над Тульской областью.",
        intercept("RU", 21, UNKNOWN, "2025-10-12", total=True),
        intercept("RU-KLU", 12, UNKNOWN, "2025-10-12"),
        intercept("RU-TUL", 9, UNKNOWN, "2025-10-12"),
        published="2025-10-12",
    ),
    # --- "с начала суток" is today; "с начала года" a tally with no day ------------------------------
    case(
        "since-the-start-of-the-day-is-today",
        "С начала суток над Смоленской областью уничтожены 8 беспилотников, сообщил губернатор.",
        intercept("RU-SMO", 8, gov("RU-SMO"), "2025-10-10"),
        published="2025-10-10",
    ),
    case(
        "since-the-start-of-the-year-is-a-tally",
        "С начала года над Смоленской областью уничтожены 410 беспилотников, сообщил губернатор.",
        intercept("RU-SMO", 410, gov("RU-SMO")),
        published="2025-10-10",
    ),
    case(
        "a-day-told-the-day-before-is-that-day",
        "Накануне Минобороны России сообщало об уничтожении 33 беспилотников за сутки.",
        intercept("RU", 33, MOD, "2025-10-09"),
        published="2025-10-10",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_dates_ru(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_every_case_of_months_and_weekdays_is_known() -> None:
    """Forms come from the dictionary, not a hand list: each case of a month and a weekday."""
    for form, number in [("сентябрь", 9), ("сентября", 9), ("сентябре", 9), ("сентябрём", 9), ("сентябрем", 9),
                         ("мая", 5), ("маем", 5), ("декабрю", 12), ("сен", 9)]:  # fmt: skip
        assert MONTHS[form] == number and month_number(form.upper()) == number
    for form, number in [("среда", 2), ("среду", 2), ("среды", 2), ("средой", 2), ("субботу", 5), ("воскресенья", 6)]:
        assert WEEKDAYS[form] == number and weekday_number(form.title()) == number


def test_a_weekday_in_another_sense_is_no_day() -> None:
    # "среды" (genitive) names a day only inside a night or a date: "окружающей среды" is not Wednesday
    assert [t.text for t in find_time_expressions("Для защиты окружающей среды выделено 5 млн рублей.")] == []
    assert [t.text for t in find_time_expressions("В ночь со среды на четверг сбиты 3 БПЛА.")] == [
        "В ночь со среды на четверг"
    ]
