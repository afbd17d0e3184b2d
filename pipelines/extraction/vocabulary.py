"""The extractor's knowledge as reviewed data: vocabulary files per language, read once.

Words live in `vocab/<lang>/<topic>.toml` (`en`, `ru`; a new language is a new folder), each word
once. Code builds whatever patterns and prefilters it needs from them; nothing else spells a word.
The extractor's version is a hash of every file that decides its output (vocabulary, rules,
place tables and the extraction code itself), so any change to one of them gives a new version.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).parent
VOCAB = PACKAGE / "vocab"
LANGUAGES = ("en", "ru")


@cache
def load(lang: str, topic: str) -> dict[str, Any]:
    """The table `vocab/<lang>/<topic>.toml` (an empty table when that language has none)."""
    path = VOCAB / lang / f"{topic}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as f:
        return tomllib.load(f)


def merged(topic: str, key: str) -> list[Any]:
    """One list from every language's `topic` file (the entries under `key`), English first."""
    out: list[Any] = []
    for lang in LANGUAGES:
        out.extend(load(lang, topic).get(key, []))
    return out


def _versioned_files() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix in {".py", ".toml", ".csv", ".json"} and "__pycache__" not in p.parts
    )


@cache
def extractor_version() -> str:
    """A short hash of every file that decides the extractor's output (changes with any of them)."""
    h = hashlib.sha256()
    for p in _versioned_files():
        h.update(p.relative_to(PACKAGE).as_posix().encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()[:12]
