"""Claim matching as ANNOTATION.md defines it, shared by the tests and the benchmark.

A predicted claim matches a gold claim of the same document with the same event type, region
and count (or, for a vague count, the same lower bound). Matching is one to one; among
candidates, one that also agrees on authority, then on date, is taken first.
"""

from __future__ import annotations

from collections import defaultdict


def claim_key(c: dict) -> tuple:
    count = c.get("count")
    amount = count if count is not None else (">=", c.get("count_low"))
    return c.get("doc"), c.get("event_type"), c.get("region_code"), amount


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """(gold, predicted) pairs, one to one."""
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for p in pred:
        pool[claim_key(p)].append(p)
    pairs = []
    for g in gold:
        candidates = pool.get(claim_key(g))
        if not candidates:
            continue
        best = max(candidates, key=lambda c: (c.get("authority") == g.get("authority"), c.get("date") == g.get("date")))
        candidates.remove(best)
        pairs.append((g, best))
    return pairs


def prf(matched: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (an empty side counts as perfect, as score.py does)."""
    precision = matched / n_pred if n_pred else 1.0
    recall = matched / n_gold if n_gold else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def score(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    pairs = match(gold, pred)
    precision, recall, f1 = prf(len(pairs), len(pred), len(gold))
    agree = sum(g.get("authority") == p.get("authority") for g, p in pairs)
    return {"precision": precision, "recall": recall, "f1": f1, "authority": agree / len(pairs) if pairs else 1.0}
