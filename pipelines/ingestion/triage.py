"""Ingest's triage: what becomes of each document read. Staged as new, recorded as one more
name of a text already staged or already in the lake, or refused because its id names
another text.

Ingest writes every document it reads to Parquet in its work folder, in inbox order (`seq`),
and DuckDB then decides once for all of them (sql/triage.sql), joining the run against the
lake's Parquet files under a fixed memory limit, spilling to disk beyond it. Sets of known
hashes and ids held in Python grew with the lake and the inbox (about 250 MB per million
documents); asking DuckDB part by part would have cost time quadratic in the inbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse.build import DOCUMENT_SCHEMA, FILE_SCHEMA, REVISION_SCHEMA, SOURCE_SCHEMA, register_parquet
from pipelines.warehouse.lake import Lake

SQL_DIR = Path(__file__).parent / "sql"
MEMORY_LIMIT = "128MB"  # DuckDB spills beyond it
STAGED_SCHEMA = {**DOCUMENT_SCHEMA, "text": pl.String, "source": pl.String, "line": pl.Int64}
RAW_SCHEMA = {"seq": pl.Int64, **STAGED_SCHEMA, "shard": pl.String}
READ_FILE_SCHEMA = {"source": pl.String, "mtime_ns": pl.Int64, "size": pl.Int64}
ROWS = 20_000  # rows per frame handed back to Python


def _sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


class Triage:
    """`write` every part read, `decide` once, then read the fates back a part at a time."""

    def __init__(self, lake: Lake, workdir: Path) -> None:
        self.raw_dir = workdir / "raw"
        self.raw_dir.mkdir()
        self.raw_parts: list[tuple[Path, int, int]] = []  # (file, first seq, last seq)
        self.written = 0
        # in memory, but its tables spill to `workdir` beyond the limit like any other buffer
        self.con = duckdb.connect(
            config={
                "memory_limit": MEMORY_LIMIT,
                "threads": 1,
                "temp_directory": str(workdir / "spill"),
                "preserve_insertion_order": False,  # (every query that needs an order says so)
            }
        )
        register_parquet(self.con, "lake_documents", lake.files("documents"), DOCUMENT_SCHEMA)
        register_parquet(self.con, "lake_sources", lake.files("sources"), SOURCE_SCHEMA)
        register_parquet(self.con, "lake_files", lake.files("files"), FILE_SCHEMA)
        register_parquet(self.con, "lake_revisions", lake.files("revisions"), REVISION_SCHEMA)

    def __enter__(self) -> Triage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()

    def previous_files(self) -> dict[str, tuple[int, int, bool]]:
        """source -> (mtime_ns, size, every text it gave is in the lake) as each file was last read."""
        rows = self.con.execute(_sql("previous_files.sql")).fetchall()
        return {source: (mtime, size, complete) for source, mtime, size, complete in rows}

    def write(self, docs: pl.DataFrame, files: pl.DataFrame) -> None:
        """A part of the inbox: its documents (RAW_SCHEMA) and the files read to their end (READ_FILE_SCHEMA)."""
        n = self.written = self.written + 1
        if not docs.is_empty():
            path = self.raw_dir / f"docs-{n:05d}.parquet"
            docs.write_parquet(path, compression="lz4")  # (read back once: speed over size)
            self.raw_parts.append((path, docs["seq"].min(), docs["seq"].max()))
        if not files.is_empty():
            files.write_parquet(self.raw_dir / f"files-{n:05d}.parquet")

    def decide(self) -> None:
        register_parquet(self.con, "raw_parts", [str(p) for p, *_ in self.raw_parts], RAW_SCHEMA)
        register_parquet(self.con, "files_read", sorted(map(str, self.raw_dir.glob("files-*"))), READ_FILE_SCHEMA)
        self.con.execute(_sql("triage.sql"))

    def counts(self) -> dict[str, int]:
        """Documents per fate, and `new`: the texts staged (the other staged rows are more names)."""
        return dict(self.con.execute(_sql("counts.sql")).fetchall())

    def refused(self) -> Iterator[tuple[str, str, int | None, str, str]]:
        """(id, file, line, file that first gave the id, fate) of each refused document, in inbox order."""
        yield from self._rows(_sql("refused.sql"))

    def sources(self, fate: str, shard: str | None = None) -> Iterator[pl.DataFrame]:
        """The source rows of the documents with this fate (of one shard), in inbox order."""
        yield from self._frames(_sql("sources.sql"), {"fate": fate, "shard": shard})

    def revisions(self) -> Iterator[pl.DataFrame]:
        """The texts that files edited in place no longer give (REVISION_SCHEMA): each is retired
        under that id and file, and leaves the warehouse once no other name gives it."""
        yield from self._frames(_sql("revisions.sql"))

    def staged_documents(self) -> Iterator[pl.DataFrame]:
        """The new texts, a raw part at a time (STAGED_SCHEMA and `shard`), in inbox order."""
        for path, first, last in self.raw_parts:
            new = self.con.execute(_sql("new_in_part.sql"), {"first": first, "last": last}).pl()
            yield pl.read_parquet(path).filter(pl.col("seq").is_in(new["seq"].implode())).drop("seq")

    def files(self) -> Iterator[pl.DataFrame]:
        """The manifest rows (FILE_SCHEMA) of the files read, with the texts each gave."""
        rows: list[dict] = []
        texts = 0
        for (source, mtime_ns, size), group in groupby(self._rows(_sql("files_read.sql")), itemgetter(0, 1, 2)):
            hashes = [h for *_, h in group if h is not None]
            rows.append({"source": source, "mtime_ns": mtime_ns, "size": size, "hashes": hashes})
            texts += len(hashes) + 1
            if texts >= ROWS:
                yield pl.DataFrame(rows, schema=FILE_SCHEMA)
                rows, texts = [], 0
        yield pl.DataFrame(rows, schema=FILE_SCHEMA)

    def _frames(self, query: str, params: dict | None = None) -> Iterator[pl.DataFrame]:
        reader = self.con.execute(query, params).to_arrow_reader(ROWS)
        for batch in reader:
            yield pl.from_arrow(batch)

    def _rows(self, query: str) -> Iterator[tuple]:
        cursor = self.con.execute(query)
        while rows := cursor.fetchmany(ROWS):
            yield from rows
