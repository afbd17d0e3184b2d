"""The extractor's generated tables, kept on disk between processes.

Building the place tables and word forms through pymorphy3 costs about a second per process, and
every extraction worker would pay it. The results of the functions marked `@persistent` (word
forms, the place index, prefilter prefixes) are kept in one `marshal` file per extractor version:
`extractor_version()` hashes every file that decides the output, so a changed vocabulary, rule,
place table or piece of code reads a new file and never a stale one. The file also names the
Python and pymorphy3 dictionary versions (marshal's format and the word forms depend on them).

The directory is `$UAV_CACHE`, else `$XDG_CACHE_HOME/uav-etl`, else `~/.cache/uav-etl`;
`UAV_CACHE=off` keeps nothing on disk. A directory that cannot be written only costs the rebuild.
"""

from __future__ import annotations

import atexit
import functools
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pipelines.extraction.vocabulary import extractor_version

KEEP = 8  # cache files kept in the directory (one per extractor version; the oldest go first)
_PREFIX = "extractor-"

F = TypeVar("F", bound=Callable[..., Any])

_store: dict[tuple, Any] | None = None  # (function name, *arguments) -> result
_dirty = False


def directory() -> Path | None:
    """Where the cache files live, or None when the cache is off."""
    configured = os.environ.get("UAV_CACHE", "")
    if configured.lower() == "off":
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "uav-etl"


def _dictionary_version() -> str:
    try:
        import pymorphy3_dicts_ru  # noqa: PLC0415 (only its version string: no dictionary is loaded)

        return str(pymorphy3_dicts_ru.__version__)
    except ImportError:  # pragma: no cover - pymorphy3 then fails on its own
        return "none"


@functools.cache
def path() -> Path | None:
    """This extractor's cache file (None when the cache is off)."""
    folder = directory()
    if folder is None:
        return None
    python = f"py{sys.version_info[0]}{sys.version_info[1]}{sys.version_info[2]}m{marshal.version}"
    return folder / f"{_PREFIX}{extractor_version()}-{python}-ru{_dictionary_version()}.marshal"


def _loaded() -> dict[tuple, Any]:
    """The cache's table, read from its file on first use."""
    global _store
    if _store is None:
        _store = {}
        file = path()
        if file is not None and file.exists():
            try:
                data = marshal.loads(file.read_bytes())
                if isinstance(data, dict):
                    _store = data
            except (OSError, ValueError, EOFError, TypeError):
                pass  # (a broken file is rebuilt and replaced)
    return _store


def persistent(fn: F) -> F:
    """Memoise `fn` in this process and in the cache file. Its arguments and result must be values
    that `marshal` keeps (str, int, tuple, list, dict, frozenset) and the result must depend only
    on the arguments and the files that `extractor_version` hashes."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.cache
    @functools.wraps(fn)
    def wrapper(*args: Any) -> Any:
        global _dirty
        store = _loaded()
        key = (name, *args)
        if key in store:
            return store[key]
        value = store[key] = fn(*args)
        _dirty = True
        return value

    return wrapper  # type: ignore[return-value]


def save() -> None:
    """Write the cache file if this process built anything new (atomically: several workers may)."""
    global _dirty
    file = path()
    if not _dirty or file is None or _store is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(_store))
        os.replace(tmp, file)
        _dirty = False
        _prune(file.parent)
    except OSError:
        pass  # (a read-only or full disk: the next process builds the tables again)


def _prune(folder: Path) -> None:
    """Keep the KEEP newest cache files: every edit of a vocabulary file makes a new one."""
    files = sorted(folder.glob(f"{_PREFIX}*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)


atexit.register(save)
