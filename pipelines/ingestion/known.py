"""What ingest has met before: the lake's texts and ids, and those of the run so far.

Held in Python, these grew with the lake (about 250 MB per million documents). Here DuckDB
answers for one part of the inbox at a time, joining it against the lake's Parquet files and
the run's tables on disk under a fixed memory limit, so ingest's memory is flat whatever N.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from pipelines.warehouse.build import DOCUMENT_SCHEMA, FILE_SCHEMA, SOURCE_SCHEMA, register_parquet
from pipelines.warehouse.lake import Lake

SQL_DIR = Path(__file__).parent / "sql"
MEMORY_LIMIT = "128MB"  # DuckDB spills beyond it; a part's lookups need far less


def _sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


@dataclass
class PartKnowledge:
    """What was known, before a part, of the texts and ids in it."""

    lake_texts: set[str] = field(default_factory=set)
    run_texts: set[str] = field(default_factory=set)  # staged earlier in this run
    lake_ids: dict[str, str] = field(default_factory=dict)  # id -> the text it names
    run_ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (text, file that first gave it)


class Known:
    """Ask `look_up(part)` before a part is handled, then `remember` what it added."""

    def __init__(self, lake: Lake, workdir: Path) -> None:
        # in memory, but its tables spill to `workdir` beyond the limit like any other buffer
        self.con = duckdb.connect(
            config={"memory_limit": MEMORY_LIMIT, "threads": 1, "temp_directory": str(workdir / "spill")},
        )
        register_parquet(self.con, "lake_documents", lake.files("documents"), DOCUMENT_SCHEMA)
        register_parquet(self.con, "lake_sources", lake.files("sources"), SOURCE_SCHEMA)
        register_parquet(self.con, "lake_files", lake.files("files"), FILE_SCHEMA)
        self.con.execute(_sql("setup.sql"))

    def __enter__(self) -> Known:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()

    def previous_files(self) -> dict[str, tuple[int, int, bool]]:
        """source -> (mtime_ns, size, every text it gave is in the lake) as each file was last read."""
        rows = self.con.execute(_sql("previous_files.sql")).fetchall()
        return {source: (mtime, size, complete) for source, mtime, size, complete in rows}

    def look_up(self, doc_ids: list[str], hashes: list[str]) -> PartKnowledge:
        self.con.register("part", pl.DataFrame({"doc_id": doc_ids, "content_hash": hashes}).to_arrow())
        known = PartKnowledge()
        for content_hash, in_lake in self.con.execute(_sql("known_texts.sql")).fetchall():
            (known.lake_texts if in_lake else known.run_texts).add(content_hash)
        for doc_id, content_hash, source, in_lake in self.con.execute(_sql("known_ids.sql")).fetchall():
            if in_lake:
                known.lake_ids[doc_id] = content_hash
            else:
                known.run_ids[doc_id] = (content_hash, source)
        self.con.unregister("part")
        return known

    def remember(self, texts: list[str], ids: list[tuple[str, str, str]]) -> None:
        """The texts a part staged, and the ids it met first as (id, text, file)."""
        self.con.register("new_texts", pl.DataFrame({"content_hash": texts}, schema={"content_hash": pl.String}))
        self.con.register(
            "new_ids",
            pl.DataFrame(
                ids, schema={"doc_id": pl.String, "content_hash": pl.String, "source": pl.String}, orient="row"
            ),
        )
        self.con.execute(_sql("remember.sql"))
        self.con.unregister("new_texts")
        self.con.unregister("new_ids")
