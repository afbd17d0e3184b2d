"""Build the DuckDB warehouse from the lake into a new file, then publish it atomically.

No writer ever opens the published file, so analysts' read-only sessions never meet a lock
and never see a half-written state: `os.replace` swaps the whole file at once.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import polars as pl

from pipelines.events.dedup import EVENT_COLUMNS, LINK_COLUMNS
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse import SQL_DIR
from pipelines.warehouse.lake import Lake, owner_suffix

TABLES = ("documents", "document_sources", "claims", "events", "event_claims", "rejects")
VIEWS = ("region_authority_day", "region_daily", "region_totals", "authority_totals")
DOCUMENT_SCHEMA = {
    "doc_id": pl.String,
    "content_hash": pl.String,
    "title": pl.String,
    "url": pl.String,
    "published": pl.Date,
    "n_chars": pl.Int64,
}
SOURCE_SCHEMA = {"content_hash": pl.String, "doc_id": pl.String, "source": pl.String, "line": pl.Int64}
FILE_SCHEMA = {"source": pl.String, "mtime_ns": pl.Int64, "size": pl.Int64, "hashes": pl.List(pl.String)}
MEMORY_LIMIT = "512MB"  # DuckDB spills to disk beyond this, so the build's memory is flat in the lake's size


def sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def _register(con: duckdb.DuckDBPyConnection, name: str, files: list[str], schema: dict) -> None:
    """A view over Parquet files (DuckDB streams them: memory does not grow with the lake)."""
    if files:
        con.read_parquet(files, union_by_name=True, hive_partitioning=True).create_view(name)
    else:
        con.register(name, pl.DataFrame(schema={**schema, "batch": pl.String}).to_arrow())


def build_warehouse(lake: Lake, target: Path) -> dict[str, int]:
    """Write every table and view into a fresh file and swap it in; returns row counts."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}{owner_suffix()}"
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp), config={"memory_limit": MEMORY_LIMIT})
    try:
        con.execute(sql("schema.sql"))
        _register(con, "documents_in", lake.files("documents"), DOCUMENT_SCHEMA)
        _register(con, "sources_in", lake.files("sources"), SOURCE_SCHEMA)
        _register(con, "claims_in", lake.files("claims"), CLAIM_SCHEMA)
        _register(con, "rejects_in", lake.files("rejects"), REJECT_COLUMNS)
        _register(con, "events_in", [str(lake.derived_path("events"))], EVENT_COLUMNS)
        _register(con, "event_claims_in", [str(lake.derived_path("event_claims"))], LINK_COLUMNS)
        _register(con, "event_rejects_in", [str(lake.derived_path("event_rejects"))], REJECT_COLUMNS)
        con.execute(sql("load.sql"))
        con.execute(sql("views.sql"))
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}  # noqa: S608 - fixed names
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    return counts
