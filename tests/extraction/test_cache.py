"""The extractor's disk cache (pipelines/extraction/cache.py): a second process reads what the first
built, gets the same tables, and never needs pymorphy3's dictionary to start."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from pipelines.extraction import cache

ROOT = Path(__file__).resolve().parents[2]
START = textwrap.dedent(
    """
    import json
    import pipelines.extraction as extraction
    from pipelines.extraction import cache, lexicon
    from pipelines.extraction.gazetteer import find_places
    extraction.prepare()
    claims = extraction.extract_document("t", "Над Тамбовской областью сбиты 14 беспилотников.", "2025-03-09")
    print(json.dumps({
        "file": str(cache.path()),
        "entries": len(cache._loaded()),
        "analyser_loaded": lexicon._morph.cache_info().currsize > 0,
        "places": [(p.code, p.name) for p in find_places("Дроны сбиты над Суражским районом Брянской области.")],
        "claims": [(c.event_type, c.region_code, c.count) for c in claims],
    }))
    """
)


def start(cache_dir: Path) -> dict:
    env = {"UAV_CACHE": str(cache_dir), "PATH": "/usr/bin:/bin", "HOME": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-c", START], cwd=ROOT, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(done.stdout)


def test_a_second_process_starts_from_the_file_with_the_same_results(tmp_path: Path) -> None:
    first = start(tmp_path)
    assert Path(first["file"]).parent == tmp_path and Path(first["file"]).exists()
    assert first["analyser_loaded"]  # (the first one built the word forms)
    written = Path(first["file"]).stat().st_mtime_ns
    second = start(tmp_path)
    assert second["file"] == first["file"]
    assert not second["analyser_loaded"]  # every word form came from the file
    assert Path(second["file"]).stat().st_mtime_ns == written  # nothing new: every table came from the file
    assert second["claims"] == first["claims"] == [["intercept", "RU-TAM", 14]]
    assert second["places"] == first["places"]


def test_a_broken_file_is_rebuilt_with_the_same_results(tmp_path: Path) -> None:
    first = start(tmp_path)
    Path(first["file"]).write_bytes(b"not a marshal file")
    again = start(tmp_path)
    assert again["analyser_loaded"]  # (nothing read from the broken file: the word forms were built)
    assert again["claims"] == first["claims"] and again["places"] == first["places"]
    assert again["entries"] == first["entries"]
    assert start(tmp_path)["analyser_loaded"] is False  # (and the rebuilt file replaced it)


def test_the_cache_can_be_switched_off(monkeypatch) -> None:
    monkeypatch.setenv("UAV_CACHE", "off")
    assert cache.directory() is None
