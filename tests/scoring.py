"""Claim matching as ANNOTATION.md defines it (doc, type, region, count or lower bound), one to one."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(c: dict) -> tuple:
    amount = c["count"] if c.get("count") is not None else (">=", c.get("count_low"))
    return c["doc"], c["event_type"], c["region_code"], amount


def score(gold: list[dict], pred: list[dict]) -> dict[str, float]:
    pool = defaultdict(list)
    for p in pred:
        pool[_key(p)].append(p)
    tp = auth = 0
    for g in gold:
        cands = pool.get(_key(g))
        if not cands:
            continue
        best = max(cands, key=lambda c: (c.get("authority") == g.get("authority"), c.get("date") == g.get("date")))
        cands.remove(best)
        tp += 1
        auth += best.get("authority") == g.get("authority")
    precision = tp / len(pred) if pred else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "authority": auth / tp if tp else 1.0}
