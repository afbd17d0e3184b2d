"""Every declared rule (rules.toml) has examples, and the whole extractor, prefilters included,
turns each example into its claims with that rule's id, and each counterexample into no claim of it."""

import pytest

from pipelines.extraction import extract_document
from pipelines.extraction.catalogue import Example, rules

RULES = rules()
EXAMPLES = [(r.id, i, e) for r in RULES.values() for i, e in enumerate(r.examples)]
COUNTER = [(r.id, i, e) for r in RULES.values() for i, e in enumerate(r.counterexamples)]


def _claims(e: Example) -> list[dict]:
    return [c.public() for c in extract_document("example", e.text, e.published, e.url, e.title)]


def _has(claim: dict, expected: dict) -> bool:
    return all(claim.get(k) == v for k, v in expected.items())


def test_every_rule_has_examples_and_a_summary() -> None:
    assert len(RULES) >= 10
    for rule in RULES.values():
        assert rule.examples and rule.summary and rule.slots, rule.id


@pytest.mark.parametrize(("rule_id", "i", "example"), EXAMPLES, ids=[f"{r}-{i}" for r, i, _ in EXAMPLES])
def test_an_example_gives_its_claims_through_its_rule(rule_id: str, i: int, example: Example) -> None:
    claims = _claims(example)
    for expected in example.claims:
        assert any(_has(c, expected) for c in claims), (expected, claims)
    assert any(c["rule"] == rule_id for c in claims if any(_has(c, x) for x in example.claims)), claims


@pytest.mark.parametrize(("rule_id", "i", "example"), COUNTER, ids=[f"{r}-{i}" for r, i, _ in COUNTER])
def test_a_counterexample_gives_no_claim_of_its_rule(rule_id: str, i: int, example: Example) -> None:
    assert not [c for c in _claims(example) if c["rule"] == rule_id]
