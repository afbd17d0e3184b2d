"""Build the DuckDB warehouse from the lake into a new file, then publish it atomically.

No writer ever opens the published file, so analysts' read-only sessions never meet a lock
and never see a half-written state: `os.replace` swaps the whole file at once.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import polars as pl

from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse import SQL_DIR
from pipelines.warehouse.lake import Lake

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


def sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def build_warehouse(lake: Lake, events: pl.DataFrame, links: pl.DataFrame, target: Path) -> dict[str, int]:
    """Write every table and view into a fresh file and swap it in; returns row counts."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}.building"
    tmp.unlink(missing_ok=True)
    frames = {
        "documents_in": lake.scan("documents", {**DOCUMENT_SCHEMA, "text": pl.String})
        .select([*DOCUMENT_SCHEMA, "batch"])
        .collect(),
        "sources_in": lake.scan("sources", SOURCE_SCHEMA).collect(),
        "claims_in": lake.scan("claims", CLAIM_SCHEMA).collect(),
        "rejects_in": lake.scan("rejects", REJECT_COLUMNS).collect(),
        "events_in": events,
        "event_claims_in": links,
    }
    con = duckdb.connect(str(tmp))
    try:
        con.execute(sql("schema.sql"))
        for name, df in frames.items():
            con.register(name, df.to_arrow())
        con.execute(sql("load.sql"))
        for name in frames:
            con.unregister(name)
        con.execute(sql("views.sql"))
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}  # noqa: S608 - fixed names
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    return counts
