"""Breakdowns by region (issue 14): the Russian ellipsis ("в Курской области — одиннадцать, в
Брянской — семь"), bulleted lists, region-first lines ("Над территорией X уничтожено 7 БПЛА"),
parts in the next sentence, totals whose parts do not add up, and a second "Всего" block with
its own parts. ANNOTATION.md: the total is a country claim with is_total, each stated part a
regional claim; parts the text leaves out ("the rest") have no claim."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, known_gap

CASES = [
    # --- Russian ellipsis: the region, a dash, the number in words ----------------------------
    case(
        "ru-ellipsis-v-oblasti-dash-word",
        "Минобороны России сообщило об уничтожении 24 беспилотников: в Курской области — одиннадцать, "
        "в Брянской — семь, в Орловской — шесть.",
        intercept("RU", 24, MOD, total=True),
        intercept("RU-KRS", 11, MOD),
        intercept("RU-BRY", 7, MOD),
        intercept("RU-ORL", 6, MOD),
    ),
    case(
        "ru-ellipsis-v-oblasti-dash-digits",
        "По данным Минобороны России, за сутки сбиты 31 БПЛА: в Смоленской области — 17, в Тверской — 14.",
        intercept("RU", 31, MOD, total=True),
        intercept("RU-SMO", 17, MOD),
        intercept("RU-TVE", 14, MOD),
    ),
    case(
        "ru-ellipsis-nad-dash-word",
        "Минобороны России сообщило, что сбиты 16 БПЛА: над Ростовской областью — десять, над Краснодарским краем — шесть.",
        intercept("RU", 16, MOD, total=True),
        intercept("RU-ROS", 10, MOD),
        intercept("RU-KDA", 6, MOD),
    ),
    # --- bulleted lists -----------------------------------------------------------------------
    case(
        "ru-bulleted-list",
        "Минобороны России сообщило, что дежурными средствами ПВО уничтожены 15 украинских БПЛА:\n"
        "— 9 над территорией Белгородской области;\n"
        "— 4 над территорией Курской области;\n"
        "— 2 над акваторией Черного моря.",
        intercept("RU", 15, MOD, total=True),
        intercept("RU-BEL", 9, MOD),
        intercept("RU-KRS", 4, MOD),
        intercept("SEA-BLACK", 2, MOD),
    ),
    case(
        "en-bulleted-list",
        "The Russian Defence Ministry said 20 drones were destroyed overnight:\n"
        "- 12 over the Bryansk region\n"
        "- 5 over the Smolensk region\n"
        "- 3 over the Moscow region",
        intercept("RU", 20, MOD, "2025-03-14", total=True),
        intercept("RU-BRY", 12, MOD, "2025-03-14"),
        intercept("RU-SMO", 5, MOD, "2025-03-14"),
        intercept("RU-MOS", 3, MOD, "2025-03-14"),
        published="2025-03-14",
    ),
    # --- region-first lines -------------------------------------------------------------------
    case(
        "ru-region-first-after-a-total",
        "Уничтожены 13 украинских БПЛА. Над территорией Курской области уничтожено 7 БПЛА, над "
        "территорией Тульской области — 4, над акваторией Черного моря — 2.",
        intercept("RU", 13, MOD, total=True),
        intercept("RU-KRS", 7, MOD),
        intercept("RU-TUL", 4, MOD),
        intercept("SEA-BLACK", 2, MOD),
        title="Минобороны России",
    ),
    case(
        "ru-region-first-without-a-total",
        "Над территорией Новгородской области перехвачено 3 БПЛА, над территорией Псковской области "
        "уничтожено 2 БПЛА, сообщило Минобороны России.",
        intercept("RU-NGR", 3, MOD),
        intercept("RU-PSK", 2, MOD),
    ),
    # --- parts in the next sentence -----------------------------------------------------------
    known_gap(
        case(
            "ru-iz-nikh-in-the-next-sentence",
            "Всего сбиты 17 беспилотников, сообщило Минобороны России. Девять из них — над Брянской "
            "областью, восемь — над Калужской.",
            intercept("RU", 17, MOD, total=True),
            intercept("RU-BRY", 9, MOD),
            intercept("RU-KLU", 8, MOD),
        ),
        "'Девять из них — над Брянской областью, восемь — над Калужской' loses the first part (RU-BRY 9); only RU-KLU 8 comes out",
    ),
    case(
        "en-parts-in-the-next-sentence",
        "Ukraine's air force said it downed 40 drones. Eighteen were destroyed in the Kharkiv region, "
        "12 in the Sumy region and 10 in the Chernihiv region.",
        intercept("UA", 40, AF, total=True),
        intercept("UA-63", 18, AF),
        intercept("UA-59", 12, AF),
        intercept("UA-74", 10, AF),
    ),
    # --- totals whose parts do not add up -----------------------------------------------------
    case(
        "en-parts-short-of-the-total",
        "The Russian Defence Ministry said 30 drones had been destroyed: 14 over the Kursk region and 9 over the Belgorod region.",
        intercept("RU", 30, MOD, total=True),
        intercept("RU-KRS", 14, MOD),
        intercept("RU-BEL", 9, MOD),
    ),
    case(
        "en-the-rest-has-no-claim",
        "The Russian Defence Ministry said 25 drones had been shot down, 16 of them over the Rostov "
        "region and the rest over the Sea of Azov.",
        intercept("RU", 25, MOD, total=True),
        intercept("RU-ROS", 16, MOD),
    ),
    case(
        "en-parenthesised-parts",
        "The Russian Defence Ministry said 9 drones were downed (Voronezh region – 5, Lipetsk region – 4).",
        intercept("RU", 9, MOD, total=True),
        intercept("RU-VOR", 5, MOD),
        intercept("RU-LIP", 4, MOD),
    ),
    # --- a second "Всего" block with its own parts --------------------------------------------
    case(
        "ru-second-vsego-block",
        "С 21:00 до 23:00 мск уничтожены 6 украинских БПЛА: 4 – над территорией Белгородской области, "
        "2 – над территорией Воронежской области. Всего за ночь уничтожены 19 БПЛА: 11 – над "
        "территорией Белгородской области, 8 – над территорией Воронежской области.",
        intercept("RU", 6, MOD, "2025-08-10", total=True),
        intercept("RU-BEL", 4, MOD, "2025-08-10"),
        intercept("RU-VOR", 2, MOD, "2025-08-10"),
        intercept("RU", 19, MOD, "2025-08-10", total=True),
        intercept("RU-BEL", 11, MOD, "2025-08-10"),
        intercept("RU-VOR", 8, MOD, "2025-08-10"),
        published="2025-08-10",
        title="Минобороны России",
    ),
    # --- a region's figure whose drones are told one by one further on ------------------------
    case(
        "en-parts-told-further-on",
        "Two drones were shot down over the Kursk region, governor Alexander Khinshtein said. "
        '"No one was hurt," he wrote. "Air defence worked near Lgov - a fixed-wing drone was shot down." '
        "Another drone was downed near the village of Ivanino. "
        '"A drone was destroyed near the village of Ivanino," he added.',
        intercept("RU-KRS", 2, gov("RU-KRS")),
    ),
    # --- "Из них ..." opening the sentence after the figure: the parts with their regions ------------
    case(
        "ru-of-them-opens-the-next-sentence",
        "Ночью уничтожены 14 беспилотников, сообщило Минобороны России. Из них восемь — над территорией "
        "Курской области, шесть — над Орловской областью.",
        intercept("RU", 14, MOD, total=True),
        intercept("RU-KRS", 8, MOD),
        intercept("RU-ORL", 6, MOD),
    ),
    case(
        "ru-one-item-over-a-list-of-regions-is-the-countrys",
        "Утром над Липецкой областью сбиты 7 беспилотников, а днем — еще 18 над Тамбовской, Рязанской и "
        "Тульской областями, сообщило Минобороны России.",
        intercept("RU-LIP", 7, MOD),
        intercept("RU", 18, MOD),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_breakdowns(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
