"""The authority's own channel (issue 14; ANNOTATION.md, "The authority's own channel"): a post
whose title or URL is an official channel in pipelines/extraction/data/channels.toml reports,
as that authority, every claim its text does not attribute to someone else. A title that only
looks like a channel's, or a channel nobody registered, names nobody."""

import pytest

from .conftest import CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept, mayor

MOD_TITLE = "Минобороны России"

CASES = [
    # --- the ministry's channel ---------------------------------------------------------------
    case(
        "mod-title-text-names-nobody",
        "Средствами ПВО перехвачены 7 украинских беспилотников над Курской областью.",
        intercept("RU-KRS", 7, MOD),
        title=MOD_TITLE,
    ),
    case(
        "mod-url-without-title",
        "Над территорией Калужской области перехвачены и уничтожены 3 БПЛА.",
        intercept("RU-KLU", 3, MOD),
        url="https://t.me/mod_russia/55501",
    ),
    case(
        "mod-title-breakdown-dated",
        "Этой ночью силы ПВО сбили 12 украинских БПЛА: 8 – над Брянской областью, 4 – над Смоленской областью.",
        intercept("RU", 12, MOD, "2025-09-03", total=True),
        intercept("RU-BRY", 8, MOD, "2025-09-03"),
        intercept("RU-SMO", 4, MOD, "2025-09-03"),
        published="2025-09-03",
        title=MOD_TITLE,
    ),
    case(
        "mod-title-over-a-sea",
        "Над акваторией Каспийского моря перехвачены 2 БПЛА.",
        intercept("SEA-CASPIAN", 2, MOD),
        title=MOD_TITLE,
    ),
    case(
        "mod-title-but-the-text-quotes-a-governor",
        "Губернатор Курской области сообщил, что над Рыльским районом сбиты два беспилотника.",
        intercept("RU-KRS", 2, gov("RU-KRS")),
        title=MOD_TITLE,
    ),
    # --- a governor's and a mayor's channel ---------------------------------------------------
    case(
        "governor-title-a-district",
        "Над Белгородским районом сбит беспилотник.",
        intercept("RU-BEL", 1, gov("RU-BEL")),
        title="Вячеслав Гладков",
    ),
    case(
        "governor-url-wins-over-the-title",
        "Над Белгородской областью сбиты два беспилотника.",
        intercept("RU-BEL", 2, gov("RU-BEL")),
        url="https://t.me/vvgladkov/4021",
        title=MOD_TITLE,
    ),
    case(
        "governor-url-place-from-the-channel",
        "Дрон атаковал автомобиль в селе Новая Таволжанка. Водитель ранен.",
        attack("RU-BEL", 1, gov("RU-BEL")),
        url="https://t.me/vvgladkov/4022",
    ),
    case(
        "mayor-url",
        "Силы ПВО отразили атаку трёх беспилотников, летевших на Москву.",
        intercept("RU-MOW", 3, mayor("RU-MOW")),
        url="https://t.me/mos_sobyanin/9001",
    ),
    # --- not a channel ------------------------------------------------------------------------
    case(
        "unregistered-title",
        "Над территорией Курской области уничтожены 5 БПЛА.",
        intercept("RU-KRS", 5, UNKNOWN),
        title="Новости региона",
    ),
    case(
        "headline-that-starts-with-the-channel-name",
        "Над Орловской областью сбиты 4 БПЛА.",
        intercept("RU-ORL", 4, UNKNOWN),
        title="Минобороны России сообщило о сбитых беспилотниках",
    ),
    case(
        "unregistered-telegram-url",
        "Над Тверской областью сбиты 6 БПЛА.",
        intercept("RU-TVE", 6, UNKNOWN),
        url="https://t.me/frontline_digest_ru/812",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_channel(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
