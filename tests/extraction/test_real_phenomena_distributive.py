"""Distributive counts (issue 14): "one each over X and Y", "two each", "single drones over X,
Y and Z", "по 5 БПЛА над X и Y областями", "по одному — над ...", "столько же — над ...".
ANNOTATION.md: one claim per region, each with that number. A count over a list of regions
without "each"/"по" stays one country-level claim."""

import pytest

from .conftest import CASE_FIELDS, MOD, case, claims_of, intercept, known_gap

CASES = [
    # --- English ------------------------------------------------------------------------------
    case(
        "en-one-drone-each",
        "Air defences destroyed one drone each over the Kaluga and Oryol regions, the Russian Defence Ministry said.",
        intercept("RU-KLU", 1, MOD),
        intercept("RU-ORL", 1, MOD),
    ),
    case(
        "en-two-drones-each-passive",
        "Two drones each were shot down over the Tver and Yaroslavl regions, the Russian Defence Ministry said.",
        intercept("RU-TVE", 2, MOD),
        intercept("RU-YAR", 2, MOD),
    ),
    case(
        "en-three-each-inside-a-breakdown",
        "The Russian Defence Ministry said 14 drones had been destroyed: eight over the Bryansk region "
        "and three each over the Kursk and Lipetsk regions.",
        intercept("RU", 14, MOD, total=True),
        intercept("RU-BRY", 8, MOD),
        intercept("RU-KRS", 3, MOD),
        intercept("RU-LIP", 3, MOD),
    ),
    known_gap(
        case(
            "en-single-drones-over-three-regions",
            "Single drones were downed over the Penza, Saratov and Samara regions, the Russian Defence Ministry said.",
            intercept("RU-PNZ", 1, MOD),
            intercept("RU-SAR", 1, MOD),
            intercept("RU-SAM", 1, MOD),
        ),
        "'Single drones were downed over the Penza, Saratov and Samara regions' gives no claim: 'single drones' is not read as 1 each",
    ),
    case(
        "en-two-each-ukrainian-regions",
        "Ukraine's air force said two drones each were shot down over the Sumy, Poltava and Cherkasy regions.",
        intercept("UA-59", 2, "air_force:UA"),
        intercept("UA-53", 2, "air_force:UA"),
        intercept("UA-71", 2, "air_force:UA"),
    ),
    case(
        "en-list-without-each-is-one-country-claim",
        "Six drones were shot down over the Kursk and Belgorod regions, the Russian Defence Ministry said.",
        intercept("RU", 6, MOD),
    ),
    # --- Russian ------------------------------------------------------------------------------
    case(
        "ru-po-n-bpla-nad-x-i-y",
        "Дежурными средствами ПВО уничтожено по 5 БПЛА над Калужской и Смоленской областями, сообщило Минобороны России.",
        intercept("RU-KLU", 5, MOD),
        intercept("RU-SMO", 5, MOD),
    ),
    case(
        "ru-po-dva-inside-a-breakdown",
        "Минобороны России сообщило, что уничтожены 11 беспилотников: семь над Курской областью, "
        "по два — над Орловской и Липецкой областями.",
        intercept("RU", 11, MOD, total=True),
        intercept("RU-KRS", 7, MOD),
        intercept("RU-ORL", 2, MOD),
        intercept("RU-LIP", 2, MOD),
    ),
    case(
        "ru-po-odnomu-dash-four-regions",
        "За ночь сбиты 9 БПЛА: пять — над Воронежской областью, по одному — над Тамбовской, "
        "Пензенской, Саратовской и Рязанской областями, сообщило Минобороны России.",
        intercept("RU", 9, MOD, "2025-07-02", total=True),
        intercept("RU-VOR", 5, MOD, "2025-07-02"),
        intercept("RU-TAM", 1, MOD, "2025-07-02"),
        intercept("RU-PNZ", 1, MOD, "2025-07-02"),
        intercept("RU-SAR", 1, MOD, "2025-07-02"),
        intercept("RU-RYA", 1, MOD, "2025-07-02"),
        published="2025-07-02",
    ),
    case(
        "ru-stolko-zhe",
        "Минобороны России сообщило об уничтожении 10 БПЛА: пять над Ростовской областью, столько же — "
        "над акваторией Азовского моря.",
        intercept("RU", 10, MOD, total=True),
        intercept("RU-ROS", 5, MOD),
        intercept("SEA-AZOV", 5, MOD),
    ),
    case(
        "ru-po-dva-passive-three-regions",
        "По два беспилотника сбиты над Рязанской, Тульской и Калужской областями, сообщило Минобороны России.",
        intercept("RU-RYA", 2, MOD),
        intercept("RU-TUL", 2, MOD),
        intercept("RU-KLU", 2, MOD),
    ),
    case(
        "ru-po-tri-nad-territoriyami",
        "По три украинских БПЛА перехвачены над территориями Новгородской и Тверской областей, "
        "сообщило Минобороны России.",
        intercept("RU-NGR", 3, MOD),
        intercept("RU-TVE", 3, MOD),
    ),
    case(
        "ru-list-without-po-is-one-country-claim",
        "Над Белгородской и Курской областями сбиты 6 БПЛА, сообщило Минобороны России.",
        intercept("RU", 6, MOD),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_distributive(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
