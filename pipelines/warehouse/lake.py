"""The lake: append-only Parquet batches that hold everything the pipeline has learned.

A batch is written into a hidden temporary folder and published with one atomic rename, so a
run killed at any point leaves either the whole batch or none of it. Several writers may run at
once (one extraction per shard): each writes its own temporary folder, and a batch takes the
next free number when it is published. A row's batch is the (hive-style) folder it lives in. The DuckDB
warehouse is rebuilt from the lake and never edited in place.

New documents wait in `staging/<shard>/` between ingest and extraction. The shard is a fixed
function of the text's hash, so one text always lands in one shard and shards can be extracted
in parallel without meeting.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import polars as pl

SHARD_COUNT = 8
SHARDS = tuple(f"shard-{i:02d}" for i in range(SHARD_COUNT))
BATCH_RE = re.compile(r"^batch=b(\d{6})$")  # a hive-style folder: readers get a `batch` column from the path
TMP_RE = re.compile(r"\.tmp-(?P<host>.+)-(?P<pid>\d+)$")
STALE_FOREIGN_SECONDS = 24 * 3600  # another machine's temporary folder older than this is abandoned


def shard_of(content_hash: str) -> str:
    return SHARDS[int(content_hash[:8], 16) % SHARD_COUNT]


def owner_suffix() -> str:
    """Names this process's temporary files, so a cleaner can tell a live writer from a dead one."""
    return f".tmp-{socket.gethostname()}-{os.getpid()}"


def _abandoned(path: Path) -> bool:
    """A temporary file or folder whose writer is gone: its process is dead on this host, or it
    belongs to another host and has not been touched for a day."""
    m = TMP_RE.search(path.name)
    if not m:
        return False
    if m["host"] != socket.gethostname():
        try:
            return time.time() - path.stat().st_mtime > STALE_FOREIGN_SECONDS
        except OSError:
            return False
    try:
        os.kill(int(m["pid"]), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass
    return False


class Lake:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.batches_dir = root / "batches"
        self.staging_dir = root / "staging"
        self.derived_dir = root / "derived"

    # -- batches -------------------------------------------------------------------------
    def batches(self) -> list[Path]:
        if not self.batches_dir.exists():
            return []
        return sorted(p for p in self.batches_dir.iterdir() if BATCH_RE.match(p.name))

    def remove_leftovers(self) -> list[Path]:
        """Temporary files and folders of runs that died. Live writers (other shards' extractions,
        on this machine or another) are left alone: their names say whose they are."""
        found: list[Path] = []
        for folder in (self.batches_dir, self.staging_dir, self.derived_dir, self.root, self.root.parent):
            if folder.exists():
                found += [p for p in folder.iterdir() if p.name.startswith(".") and _abandoned(p)]
        for p in found:
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        return found

    def begin_batch(self) -> BatchWriter:
        return BatchWriter(self)

    def identity(self) -> str:
        """A name this lake gets when first asked: a lake deleted and begun again reuses batch
        names, so a warehouse built from the old one must not be taken for one built from it."""
        path = self.root / "lake-id"
        if not path.exists():
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = self.root / f".lake-id{owner_suffix()}"
            tmp.write_text(uuid.uuid4().hex, encoding="utf-8")
            try:
                os.link(tmp, path)  # atomic, and the first of two writers wins
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
        return path.read_text(encoding="utf-8")

    def files(self, table: str, batches: list[Path] | None = None) -> list[str]:
        """The Parquet files of a table in every batch (or in `batches`)."""
        return [
            str(f)
            for b in (self.batches() if batches is None else batches)
            for f in sorted(b.glob(f"{table}-*.parquet"))
        ]

    def scan(self, table: str, schema: dict) -> pl.LazyFrame:
        """Every row of a table, with the batch that brought it."""
        files = self.files(table)
        if not files:
            return pl.LazyFrame(schema={**schema, "batch": pl.String})
        return pl.scan_parquet(files, hive_partitioning=True, hive_schema={"batch": pl.String})

    # -- staging (hand-over between the ingest and extract assets) ----------------------
    def begin_staging(self) -> StagingWriter:
        return StagingWriter(self)

    def take_staging(self, shard: str) -> Path | None:
        """Move a shard's staged documents out of ingest's way (one rename) for extraction.
        A later ingest re-stages anything that never reached a batch, so nothing is lost if the
        taker dies."""
        src = self.staging_dir / shard
        taken = self.staging_dir / f".{shard}{owner_suffix()}"
        try:
            os.rename(src, taken)
        except FileNotFoundError:
            return None
        return taken

    # -- derived tables (recomputed from all batches each run) --------------------------
    def write_derived(self, name: str, df: pl.DataFrame | Callable[[Path], None]) -> Path:
        """Replace a derived table at once: `df` is the table, or a function that writes it to a path."""
        self.derived_dir.mkdir(parents=True, exist_ok=True)
        final = self.derived_dir / f"{name}.parquet"
        tmp = self.derived_dir / f".{name}.parquet{owner_suffix()}"
        df.write_parquet(tmp) if isinstance(df, pl.DataFrame) else df(tmp)
        os.replace(tmp, final)
        return final

    @contextmanager
    def scratch(self, name: str) -> Iterator[Path]:
        """A private work folder, removed afterwards (or by `remove_leftovers` if the run dies)."""
        self.derived_dir.mkdir(parents=True, exist_ok=True)
        folder = self.derived_dir / f".{name}{owner_suffix()}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def derived_path(self, name: str) -> Path:
        return self.derived_dir / f"{name}.parquet"

    def wipe(self) -> None:
        """Forget everything (a documented full rebuild); the inbox is read again from scratch."""
        shutil.rmtree(self.root, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BatchWriter:
    """Parts written into a hidden folder; `commit` publishes them all with one rename."""

    def __init__(self, lake: Lake) -> None:
        self.lake = lake
        lake.batches_dir.mkdir(parents=True, exist_ok=True)
        self.tmp = lake.batches_dir / f".batch-{uuid.uuid4().hex[:8]}{owner_suffix()}"
        self.tmp.mkdir()
        self.parts: dict[str, int] = {}

    def write(self, table: str, df: pl.DataFrame) -> None:
        if df.is_empty():
            return
        n = self.parts.get(table, 0)
        self.parts[table] = n + 1
        df.write_parquet(self.tmp / f"{table}-{n:05d}.parquet")

    def commit(self) -> str | None:
        """Publish under the next free batch number; a writer that loses the race takes the next."""
        if not self.parts:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return None
        _fsync_dir(self.tmp)
        while True:
            done = [int(BATCH_RE.match(p.name).group(1)) for p in self.lake.batches()]
            batch = f"b{(max(done) + 1 if done else 1):06d}"
            try:
                os.rename(self.tmp, self.lake.batches_dir / f"batch={batch}")  # the commit point
            except OSError:
                if (self.lake.batches_dir / f"batch={batch}").exists():
                    continue  # another writer published this number first (a folder is never empty)
                raise
            _fsync_dir(self.lake.batches_dir)
            return batch


class StagingWriter:
    """The ingest asset's hand-over to the extract asset: one folder per shard, each replaced whole."""

    def __init__(self, lake: Lake) -> None:
        self.lake = lake
        self.tmp = lake.root / f".staging{owner_suffix()}"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.parts: dict[tuple[str, str], int] = {}

    def write(self, shard: str, name: str, df: pl.DataFrame) -> None:
        if df.is_empty():
            return
        n = self.parts.get((shard, name), 0)
        self.parts[(shard, name)] = n + 1
        (self.tmp / shard).mkdir(exist_ok=True)
        df.write_parquet(self.tmp / shard / f"{name}-{n:05d}.parquet")

    def commit(self) -> None:
        """Each shard's folder is swapped with one rename. What the old folders held was not in the
        lake yet, so this ingest staged it again."""
        self.lake.staging_dir.mkdir(parents=True, exist_ok=True)
        for shard in SHARDS:
            shutil.rmtree(self.lake.staging_dir / shard, ignore_errors=True)
            if (self.tmp / shard).exists():
                os.rename(self.tmp / shard, self.lake.staging_dir / shard)
        shutil.rmtree(self.tmp, ignore_errors=True)
