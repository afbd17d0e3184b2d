"""The lake: append-only Parquet batches that hold everything the pipeline has learned.

A batch is written into a hidden temporary folder and published with one atomic rename, so a
run killed at any point leaves either the whole batch or none of it. The DuckDB warehouse is
rebuilt from the lake and never edited in place.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import polars as pl

TABLES = ("documents", "sources", "claims", "rejects")
BATCH_RE = re.compile(r"^b(\d{6})$")


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

    def next_batch_id(self) -> str:
        done = [int(BATCH_RE.match(p.name).group(1)) for p in self.batches()]
        return f"b{(max(done) + 1 if done else 1):06d}"

    def remove_leftovers(self) -> list[Path]:
        """Half-written batches and warehouse files of a run that was killed. Writers are serialised
        (one at a time), so anything temporary found when a run starts belongs to a dead one."""
        found = []
        if self.batches_dir.exists():
            found += [p for p in self.batches_dir.iterdir() if p.name.startswith(".")]
        if self.root.exists():
            found += [p for p in self.root.iterdir() if p.name.startswith(".staging.tmp-")]
        if self.derived_dir.exists():
            found += [p for p in self.derived_dir.iterdir() if p.name.startswith(".")]
        found += list(self.root.parent.glob(".*.building"))
        for p in found:
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        return found

    def begin_batch(self) -> BatchWriter:
        return BatchWriter(self)

    def files(self, table: str) -> list[str]:
        return [str(f) for b in self.batches() for f in sorted(b.glob(f"{table}-*.parquet"))]

    def scan(self, table: str, schema: dict) -> pl.LazyFrame:
        files = self.files(table)
        if not files:
            return pl.LazyFrame(schema={**schema, "batch": pl.String})
        return pl.scan_parquet(files)

    def known_hashes(self) -> set[str]:
        df = self.scan("documents", {"content_hash": pl.String}).select("content_hash").collect()
        return set(df["content_hash"].to_list())

    def known_sources(self) -> set[tuple[str, str, int | None]]:
        schema = {"content_hash": pl.String, "source": pl.String, "line": pl.Int64}
        df = self.scan("sources", schema).select(*schema).collect()
        return set(df.iter_rows())

    def known_ids(self) -> dict[str, str]:
        schema = {"doc_id": pl.String, "content_hash": pl.String}
        df = self.scan("sources", schema).select(*schema).collect()
        return dict(df.iter_rows())

    # -- staging (hand-over between the ingest and extract assets) ----------------------
    def begin_staging(self) -> StagingWriter:
        return StagingWriter(self)

    def staging_parts(self, name: str) -> list[Path]:
        return sorted(self.staging_dir.glob(f"{name}-*.parquet")) if self.staging_dir.exists() else []

    def clear_staging(self) -> None:
        shutil.rmtree(self.staging_dir, ignore_errors=True)

    # -- derived tables (recomputed from all batches each run) --------------------------
    def write_derived(self, name: str, df: pl.DataFrame) -> Path:
        self.derived_dir.mkdir(parents=True, exist_ok=True)
        final = self.derived_dir / f"{name}.parquet"
        tmp = self.derived_dir / f".{name}.tmp-{os.getpid()}.parquet"
        df.write_parquet(tmp)
        os.replace(tmp, final)
        return final

    def read_derived(self, name: str) -> pl.DataFrame | None:
        path = self.derived_dir / f"{name}.parquet"
        return pl.read_parquet(path) if path.exists() else None

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
        self.batch = lake.next_batch_id()
        lake.batches_dir.mkdir(parents=True, exist_ok=True)
        self.tmp = lake.batches_dir / f".{self.batch}.tmp-{os.getpid()}"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir()
        self.parts: dict[str, int] = {}

    def write(self, table: str, df: pl.DataFrame) -> None:
        if df.is_empty():
            return
        n = self.parts.get(table, 0)
        self.parts[table] = n + 1
        df.with_columns(pl.lit(self.batch).alias("batch")).write_parquet(self.tmp / f"{table}-{n:05d}.parquet")

    def commit(self) -> str | None:
        if not self.parts:
            shutil.rmtree(self.tmp, ignore_errors=True)
            return None
        _fsync_dir(self.tmp)
        os.rename(self.tmp, self.lake.batches_dir / self.batch)  # the commit point
        _fsync_dir(self.lake.batches_dir)
        return self.batch


class StagingWriter:
    """The ingest asset's hand-over to the extract asset, replaced whole when complete."""

    def __init__(self, lake: Lake) -> None:
        self.lake = lake
        self.tmp = lake.root / f".staging.tmp-{os.getpid()}"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir(parents=True)
        self.parts: dict[str, int] = {}

    def write(self, name: str, df: pl.DataFrame) -> None:
        n = self.parts.get(name, 0)
        self.parts[name] = n + 1
        df.write_parquet(self.tmp / f"{name}-{n:05d}.parquet")

    def commit(self) -> None:
        shutil.rmtree(self.lake.staging_dir, ignore_errors=True)
        os.rename(self.tmp, self.lake.staging_dir)
