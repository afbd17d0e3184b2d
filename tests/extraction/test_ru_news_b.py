"""Russian news words found missing by the second Russian news set (tests/data/ru_news_b; invented
sentences here, other places and numbers): "FPV-дрон" in every case, an unidentified "воздушная
цель" as a drone (ANNOTATION.md), "полсотни" in every case, "по заявлению X" and "говорится в
сводке X" crediting X, a weekend and "эта неделя" as tallies; and the set's own gold kept well-formed.

Weekdays (2025): 9 Jul Wed."""

import json
import re
from pathlib import Path

import pytest

from .conftest import AF, CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, launch

SET = Path(__file__).resolve().parents[1] / "data" / "ru_news_b"

CASES = [
    # --- "FPV-дрон" inflects its last part ------------------------------------------------------
    case(
        "fpv-drone-nominative-plural-after-a-word-number",
        "Утром три FPV-дрона атаковали ферму в Белгородской области, сообщил губернатор региона.",
        attack("RU-BEL", 3, gov("RU-BEL"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "fpv-drone-genitive-plural",
        "За сутки над Курской областью подавлены 14 FPV-дронов, сообщил губернатор Курской области.",
        intercept("RU-KRS", 14, gov("RU-KRS"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- an unidentified air target is a drone -------------------------------------------------
    case(
        "air-targets-counted",
        "Минувшей ночью над Севастополем сбиты четыре воздушные цели, сообщил губернатор Севастополя.",
        intercept("UA-40", 4, gov("UA-40"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "one-air-target",
        "Утром над Феодосией сбита воздушная цель, сообщил глава Крыма.",
        intercept("UA-43", 1, gov("UA-43"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- "полсотни" -----------------------------------------------------------------------------
    case(
        "more-than-half-a-hundred",
        "Ночью над Ростовской областью уничтожены более полусотни беспилотников, сообщил губернатор региона.",
        intercept("RU-ROS", "51+", gov("RU-ROS"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "half-a-hundred",
        "За сутки над Брянской областью сбиты полсотни БПЛА, сообщил губернатор Брянской области.",
        intercept("RU-BRY", 50, gov("RU-BRY"), "2025-07-09"),
        published="2025-07-09",
    ),
    # --- who is credited ------------------------------------------------------------------------
    case(
        "according-to-the-statement-of",
        "Ночью над Тверской областью, по заявлению Минобороны России, уничтожены семь БПЛА.",
        intercept("RU-TVE", 7, MOD, "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "it-is-said-in-the-summary-of",
        "За прошедшие сутки средства ПВО сбили 95 беспилотников, говорится в сводке Минобороны России.",
        intercept("RU", 95, MOD, "2025-07-09"),
        published="2025-07-09",
    ),
    # --- a weekend or "this week" is a tally: no day, even beside a dated claim of its story -----
    case(
        "weekend-tally",
        "За выходные над Орловской областью уничтожены 17 беспилотников, сообщил губернатор Орловской "
        "области. По его словам, в ночь на среду в Ливнах дрон врезался в склад.",
        intercept("RU-ORL", 17, gov("RU-ORL")),
        attack("RU-ORL", 1, gov("RU-ORL"), "2025-07-09"),
        published="2025-07-09",
    ),
    case(
        "this-week-tally",
        "За эту неделю противник выпустил по Украине более 700 ударных дронов, сообщили Воздушные силы ВСУ. "
        "Ночью сбиты 36 беспилотников.",
        launch("UA", "701+", AF),
        intercept("UA", 36, AF, "2025-07-09"),
        published="2025-07-09",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_ru_news_b(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (SET / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_set_gold_quotes_its_passages():
    passages = {p["id"]: p for p in _rows("passages.jsonl")}
    assert all(re.fullmatch(r"rb\d\d", i) for i in passages)
    for g in _rows("gold.jsonl"):
        p = passages[g["doc"]]
        assert g["evidence"] in f"{p['title']}\n{p['text']}", g
        assert (g["count"] is None) == ("count_low" in g), g
        assert g["event_type"] in ("intercept", "launch", "attack"), g
