"""The declared rules: `rules.toml` names every rule of the extractor with the slots it fills and
the sentences it must (and must not) turn into claims.

Code refers to a rule only through `declared(id)`, so a rule the file does not declare fails at
import; every claim carries the id of the rule that produced it. `tests/extraction/test_rule_examples.py`
runs every example through the whole extractor (prefilters included).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipelines.extraction.vocabulary import PACKAGE

RULES_FILE = PACKAGE / "rules.toml"
SLOTS = {"count", "event_type", "place", "reporter", "time", "total"}


@dataclass(frozen=True)
class Example:
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    claims: tuple[dict[str, Any], ...] = ()  # each: the fields the claim must have (a subset)


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    slots: tuple[str, ...]
    languages: tuple[str, ...]
    examples: tuple[Example, ...]
    counterexamples: tuple[Example, ...]


def _example(raw: dict[str, Any]) -> Example:
    return Example(raw["text"], raw.get("published"), raw.get("title"), raw.get("url"), tuple(raw.get("claims", ())))


@cache
def rules() -> dict[str, Rule]:
    """Every declared rule by id; a rule without an example, or with an unknown slot, is an error."""
    with RULES_FILE.open("rb") as f:
        raw = tomllib.load(f)
    out: dict[str, Rule] = {}
    for r in raw["rule"]:
        rule = Rule(
            r["id"],
            r["summary"],
            tuple(r["slots"]),
            tuple(r.get("languages", ("en",))),
            tuple(_example(e) for e in r.get("example", ())),
            tuple(_example(e) for e in r.get("counterexample", ())),
        )
        if rule.id in out:
            raise ValueError(f"rules.toml: rule {rule.id!r} declared twice")
        if not rule.examples or not all(e.claims for e in rule.examples):
            raise ValueError(f"rules.toml: rule {rule.id!r} needs examples, each with the claims it gives")
        if unknown := set(rule.slots) - SLOTS:
            raise ValueError(f"rules.toml: rule {rule.id!r} fills unknown slots {sorted(unknown)}")
        out[rule.id] = rule
    return out


def declared(rule_id: str) -> str:
    """`rule_id`, checked against rules.toml (code names only declared rules)."""
    if rule_id not in rules():
        raise KeyError(f"rule {rule_id!r} is not declared in {RULES_FILE.name}")
    return rule_id
