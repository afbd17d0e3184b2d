"""Scores of the extractor on every evaluation set, and what changed since a frozen baseline.

    python benchmarks/evaluate.py                      # scores on seeds, dev, real, external
    python benchmarks/evaluate.py --freeze DIR         # also write each set's claims to DIR
    python benchmarks/evaluate.py --baseline DIR       # ... and print claims added/removed vs DIR

Reads the sets from ../shared/eval (the evaluation data is not part of the project) and the team's
own tests/data/ru_news and tests/data/ru_news_b and runs the
same path as `uav-etl extract`. A set that is missing is skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.evaluation import claim_key, match, prf  # noqa: E402
from pipelines.extraction.batch import extract_one  # noqa: E402
from pipelines.ingestion.inbox import Document, read_documents  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    "seeds": (ROOT / "seeds", EVAL / "seeds.gold.jsonl"),
    "dev": (EVAL / "dev" / "passages.jsonl", EVAL / "dev" / "gold.jsonl"),
    "real": (EVAL / "real" / "passages.jsonl", EVAL / "real" / "gold.jsonl"),
    "external": (EVAL / "external" / "docs.jsonl", EVAL / "external" / "gold.jsonl"),
    "ru_news": (
        ROOT / "tests" / "data" / "ru_news" / "passages.jsonl",
        ROOT / "tests" / "data" / "ru_news" / "gold.jsonl",
    ),
    "ru_news_b": (
        ROOT / "tests" / "data" / "ru_news_b" / "passages.jsonl",
        ROOT / "tests" / "data" / "ru_news_b" / "gold.jsonl",
    ),
}
SHOWN = ("doc", "event_type", "region_code", "count", "count_low", "authority", "date", "rule", "evidence")


def extract(path: Path) -> list[dict]:
    rows, seen = [], set()
    for d in read_documents([path]):
        if not isinstance(d, Document) or d.content_hash in seen:
            continue
        seen.add(d.content_hash)
        claims, _ = extract_one(d)
        rows += [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in c.items()} for c in claims]
    return rows


def score(gold: list[dict], pred: list[dict]) -> str:
    pairs = match(gold, pred)
    _, _, f1 = prf(len(pairs), len(pred), len(gold))
    auth = sum(g.get("authority") == p.get("authority") for g, p in pairs)
    dated = [(g, p) for g, p in pairs if g.get("date")]
    date_ok = sum(g["date"] == p.get("date") for g, p in dated)
    return (
        f"F1 {f1:.3f}  gold {len(gold)} pred {len(pred)} matched {len(pairs)}  "
        f"authority {auth / max(len(pairs), 1):.3f}  date {f'{date_ok / len(dated):.3f}' if dated else '-'}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--freeze", type=Path, help="write each set's predicted claims here")
    ap.add_argument("--baseline", type=Path, help="print the claims that differ from this frozen folder")
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated subset of " + ",".join(SETS))
    a = ap.parse_args()
    for name in a.sets.split(","):
        source, gold_path = SETS[name]
        if not source.exists() or not gold_path.exists():
            print(f"{name:9s} skipped (no {source if not source.exists() else gold_path})")
            continue
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pred = extract(source)
        print(f"{name:9s} {score(gold, pred)}")
        if a.freeze:
            a.freeze.mkdir(parents=True, exist_ok=True)
            (a.freeze / f"{name}.jsonl").write_text(
                "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred), encoding="utf-8"
            )
        if a.baseline and (a.baseline / f"{name}.jsonl").exists():
            old = [json.loads(line) for line in (a.baseline / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
            before, after = Counter(map(claim_key, old)), Counter(map(claim_key, pred))
            gold_keys = Counter(map(claim_key, gold))
            for p in pred:
                if after[claim_key(p)] > before[claim_key(p)]:
                    tag = "+right" if gold_keys[claim_key(p)] else "+wrong"
                    print(f"  {tag}", json.dumps({k: p.get(k) for k in SHOWN if k in p}, ensure_ascii=False))
            for p in old:
                if before[claim_key(p)] > after[claim_key(p)]:
                    tag = "-right" if gold_keys[claim_key(p)] else "-wrong"
                    print(f"  {tag}", json.dumps({k: p.get(k) for k in SHOWN if k in p}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
