"""The benchmark corpus keeps its promises: same seed same bytes, the planned mix and lengths,
gold for every claim document, and filler that does not repeat word for word."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from benchmarks.generate_corpus import WORDINGS, generate
from pipelines.extraction.text import normalize, split_sentences
from pipelines.ingestion.inbox import read_documents


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_bytes_and_a_prefix_of_a_longer_run(tmp_path):
    generate(300, tmp_path / "a", seed=5, shard_size=100)
    generate(300, tmp_path / "b", seed=5, shard_size=100)
    generate(500, tmp_path / "long", seed=5, shard_size=100)
    generate(300, tmp_path / "other", seed=6, shard_size=100)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "other")
    first = (tmp_path / "a" / "shard-00000.jsonl").read_text(encoding="utf-8")
    assert (tmp_path / "long" / "shard-00000.jsonl").read_text(encoding="utf-8") == first


def test_mix_lengths_gold_and_varied_wording(tmp_path):
    stats = generate(1500, tmp_path, seed=3, txt_share=0.05, shard_size=500)
    kinds = stats["docs_by_kind"]
    assert all(0.28 < kinds[k] / 1500 < 0.39 for k in ("claims", "drone_news", "unrelated"))
    docs = list(read_documents(sorted(tmp_path.glob("shard-*.jsonl")) + sorted(tmp_path.glob("txt/*.txt"))))
    assert len(docs) == 1500 and stats["txt_docs"] > 0
    sizes = [len(d.text.encode()) for d in docs]
    assert min(sizes) >= 2000 and max(sizes) <= 6500
    assert 3200 <= sum(sizes) / len(sizes) <= 4000
    gold = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({g["doc"] for g in gold}) == kinds["claims"] and len(gold) == stats["claims"]
    # long filler sentences are reworded from document to document (12% distinct without WORDINGS)
    long = Counter(s.text for d in docs for s in split_sentences(normalize(d.text)) if len(s.text) > 120)
    assert len(long) / sum(long.values()) > 0.25


def test_each_wording_belongs_to_one_group():
    """A phrase in two groups would be reworded with the choices of only one of them."""
    phrases = [w for group in WORDINGS for w in group]
    assert len(phrases) == len(set(phrases))
