"""A word or a number phrasing is added in one data file and reaches the claims: the patterns, the
prefilters and the extractor's version are all built from the vocabulary (a copy of the package is
edited, and a fresh interpreter extracts with it)."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = textwrap.dedent(
    """
    import json, sys
    from pipelines.extraction import extract_document
    from pipelines.extraction.vocabulary import extractor_version
    claims = [c.public() for c in extract_document("t", sys.argv[1], "2025-05-05")]
    print(json.dumps({"version": extractor_version(), "claims": claims}))
    """
)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "pipelines", tmp_path / "pipelines", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def extract(root: Path, text: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT, text], cwd=root, capture_output=True, text=True, check=True, timeout=120
    )
    return json.loads(done.stdout)


def summary(result: dict) -> list[tuple]:
    return [(c["event_type"], c["region_code"], c["count"], c["rule"]) for c in result["claims"]]


def test_a_new_drone_noun_in_the_vocabulary_gives_claims(package: Path) -> None:
    text = "Air defences destroyed seven Skylarks over the Kursk region overnight, the Russian defence ministry said."
    before = extract(package, text)
    assert summary(before) == []  # an unknown word: the document prefilter drops the text
    drones = package / "pipelines/extraction/vocab/en/drones.toml"
    drones.write_text(
        drones.read_text(encoding="utf-8") + '\n[[noun]]\nsingular = "Skylark"\nplural = ["Skylarks"]\n',
        encoding="utf-8",
    )
    after = extract(package, text)
    assert summary(after) == [("intercept", "RU-KRS", 7, "amount_noun")]
    assert after["version"] != before["version"]


def test_a_new_intercept_verb_in_the_vocabulary_gives_claims(package: Path) -> None:
    text = "Ночью над территорией Орловской области обезврежены 12 украинских БПЛА, сообщило Минобороны России."
    before = extract(package, text)
    assert summary(before) == []
    events = package / "pipelines/extraction/vocab/ru/events.toml"
    source = events.read_text(encoding="utf-8")
    events.write_text(source.replace("intercept = [\n", 'intercept = [\n    "обезвредить",\n', 1), encoding="utf-8")
    assert summary(extract(package, text)) == [("intercept", "RU-ORL", 12, "amount_noun")]
