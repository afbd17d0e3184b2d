"""Which extractor version stands behind each text of the lake.

Every extraction batch records, per text it extracted, the version that did it (an `extractions`
part), so a text the extractor found nothing in is known as extracted too. A text whose latest
version is not the running extractor's is stale: the next run extracts it again from the text
the lake stored, and the warehouse and the events then take only each text's current claims.
All of it runs in DuckDB under a memory limit, spilling beyond it, so memory stays flat in the
size of the lake.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import polars as pl

from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.warehouse import SQL_DIR
from pipelines.warehouse.build import SOURCE_SCHEMA, register_extractions, register_parquet
from pipelines.warehouse.lake import SHARD_COUNT, SHARDS, Lake

STORED_DOCUMENT_SCHEMA = {
    "doc_id": pl.String,
    "content_hash": pl.String,
    "title": pl.String,
    "url": pl.String,
    "published": pl.Date,
    "n_chars": pl.Int64,
    "text": pl.String,
}
MEMORY_LIMIT = "256MB"
ROWS = 2_000  # stored texts handed to the extractor at a time


def _sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def _shard_params(shards: tuple[str, ...]) -> dict[str, object]:
    return {"shards": [SHARDS.index(s) for s in shards], "shard_count": SHARD_COUNT}


class Versions:
    """A DuckDB session over the lake's extractions; `with Versions(lake, workdir) as v: ...`."""

    def __init__(self, lake: Lake, workdir: Path) -> None:
        self.lake = lake
        self.con = duckdb.connect(
            config={"memory_limit": MEMORY_LIMIT, "threads": 2, "temp_directory": str(workdir / "spill")}
        )
        register_extractions(self.con, lake)

    def __enter__(self) -> Versions:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()

    def stale_documents(self, version: str, shards: tuple[str, ...] = SHARDS) -> Iterator[pl.DataFrame]:
        """The stored texts of `shards` not extracted by `version`, ROWS at a time (doc_id,
        content_hash, text, title, url, published, source, line)."""
        register_parquet(self.con, "documents_all", self.lake.files("documents"), STORED_DOCUMENT_SCHEMA)
        register_parquet(self.con, "sources_all", self.lake.files("sources"), SOURCE_SCHEMA)
        self.con.execute(_sql("stale_texts.sql"), {"version": version, **_shard_params(shards)})
        if not self.con.execute(_sql("stale_count.sql")).fetchone()[0]:
            return  # the usual run: the texts themselves are not read at all
        for shard in shards:
            params = {"shard": SHARDS.index(shard)}
            for batch in self.con.execute(_sql("stale_documents.sql"), params).to_arrow_reader(ROWS):
                yield pl.from_arrow(batch)

    def documents_per_version(self, shards: tuple[str, ...] = SHARDS) -> dict[str | None, int]:
        """How many of the lake's texts in `shards` each version's extraction covers (None: texts
        never extracted with a recorded version)."""
        register_parquet(self.con, "documents_all", self.lake.files("documents"), STORED_DOCUMENT_SCHEMA)
        rows = self.con.execute(_sql("documents_per_version.sql"), _shard_params(shards)).fetchall()
        return dict(rows)

    def current_claim_files(self, workdir: Path) -> list[str]:
        """Parquet files that hold every text's current claims and no other: a batch's own claim
        files when all the texts it extracted are current there, nothing of a batch where none is
        (after a whole re-extraction: every older batch), and for the few other batches only their
        current rows, written once into `workdir` in hive-style folders (each row keeps its batch).
        A claim repeated within the current claims is left to the reader, as in the lake itself."""
        counts = self.con.execute(_sql("batch_currency.sql")).fetchall()
        whole = {batch for batch, texts, current in counts if current == texts}
        mixed = {batch for batch, texts, current in counts if 0 < current < texts}
        paths = {p.name.removeprefix("batch="): p for p in self.lake.batches()}
        files = self.lake.files("claims", [p for b, p in paths.items() if b in whole])
        mixed_files = self.lake.files("claims", [p for b, p in paths.items() if b in mixed])
        if mixed_files:
            register_parquet(self.con, "claims_rows", mixed_files, CLAIM_SCHEMA)
            out = workdir / "current_claims"
            self.con.sql(_sql("current_rows.sql")).write_parquet(str(out), partition_by=["batch"])
            files += sorted(str(f) for f in out.rglob("*.parquet"))
        return files
