"""Build the DuckDB warehouse from the lake into a new file, then publish it atomically.

No writer ever opens the published file, so analysts' read-only sessions never meet a lock
and never see a half-written state: `os.replace` swaps the whole file at once. The new file
is a copy of the published one plus the lake batches it lacks (and the derived tables
replaced), or, when there is no usable published file, a build from every batch.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from pipelines.events.dedup import EVENT_COLUMNS, LINK_COLUMNS
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse import SQL_DIR
from pipelines.warehouse.lake import Lake, owner_suffix
from pipelines.warehouse.regions import regions

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
# a text an edit in place replaced, under the id and file that now name another text
REVISION_SCHEMA = {"content_hash": pl.String, "doc_id": pl.String, "source": pl.String}
EXTRACTION_SCHEMA = {"content_hash": pl.String, "extractor_version": pl.String}  # which version extracted a text
FILE_SCHEMA = {"source": pl.String, "mtime_ns": pl.Int64, "size": pl.Int64, "hashes": pl.List(pl.String)}
log = logging.getLogger("uav_etl")
SHAPING_SQL = (
    "schema.sql",
    "load.sql",
    "append.sql",
    "extractions.sql",
    "claims.sql",
    "revive.sql",
    "retire.sql",
    "derived.sql",
    "views.sql",
    "history_views.sql",
    "history.sql",
)
HISTORY = ("publishes", "claims_history", "region_totals_history")  # kept when a file is rebuilt
MEMORY_LIMIT = "512MB"  # DuckDB spills to disk beyond this, so the build's memory is flat in the lake's size


def sql(name: str) -> str:
    return (SQL_DIR / name).read_text(encoding="utf-8")


def _sql_version() -> str:
    """Changes whenever the SQL that shapes the file does: an older file is then rebuilt, not extended."""
    texts = [(SQL_DIR / name).read_bytes() for name in SHAPING_SQL]
    return hashlib.sha256(b"\0".join(texts)).hexdigest()[:16]


def register_parquet(con: duckdb.DuckDBPyConnection, name: str, files: list[str], schema: dict) -> None:
    """A temporary view over Parquet files (DuckDB streams them: memory does not grow with the
    lake). Temporary: the builder's inputs never reach the published file."""
    if files:
        rel = con.read_parquet(files, union_by_name=True, hive_partitioning=True)
        # batches written before a column existed (e.g. claims' `rule`) read it as null
        missing = [c for c in schema if c not in rel.columns]
        if missing:
            rel = rel.select(*rel.columns, *(duckdb.ConstantExpression(None).alias(c) for c in missing))
        con.register(name, rel)
    else:
        con.register(name, pl.DataFrame(schema={**schema, "batch": pl.String}).to_arrow())


def register_extractions(con: duckdb.DuckDBPyConnection, lake: Lake) -> None:
    """The views `retired`, `extractions_all` and `current_extraction` (sql/extractions.sql) over
    every batch."""
    revisions = lake.files("revisions")
    register_parquet(con, "revision_parts", revisions, REVISION_SCHEMA)
    # the names of texts are asked only when some file was edited in place
    register_parquet(con, "names_all", lake.files("sources") if revisions else [], SOURCE_SCHEMA)
    register_parquet(con, "extractions_parts", lake.files("extractions"), EXTRACTION_SCHEMA)
    version_of = {k: CLAIM_SCHEMA[k] for k in ("content_hash", "extractor_version")}
    register_parquet(con, "claims_all", lake.files("claims"), version_of)
    con.execute(sql("extractions.sql"))


def _held_batches(con: duckdb.DuckDBPyConnection, lake_id: str, version: str) -> set[str] | None:
    """The batches a copied file holds, or None if it was built from another lake or by other SQL
    (or is no warehouse)."""
    try:
        rows = con.sql("select batch, lake_id, sql_version from staging.lake_batches").fetchall()
    except duckdb.Error:
        return None
    return {b for b, *_ in rows} if all((i, v) == (lake_id, version) for _, i, v in rows) else None


def _open_copy(
    target: Path, tmp: Path, batches: set[str], lake_id: str, version: str
) -> tuple[duckdb.DuckDBPyConnection, set[str] | None]:
    """A connection to `tmp` and the batches it holds: a copy of the published file if every batch it
    holds is still in the lake (a rebuilt or replaced lake starts afresh), else a new file (None)."""
    if target.exists():
        shutil.copyfile(target, tmp)
        try:
            con = duckdb.connect(str(tmp), config={"memory_limit": MEMORY_LIMIT})
        except duckdb.Error as e:
            # junk bytes, a file written over it, a cut copy: the lake holds all it held
            log.warning("%s is not a readable DuckDB warehouse (%s); rebuilt from the lake", target, e)
            con = None
        held = _held_batches(con, lake_id, version) if con is not None else None
        if held is not None and held <= set(batches):
            return con, held
        if con is not None:
            con.close()
        tmp.unlink()
    con = duckdb.connect(str(tmp), config={"memory_limit": MEMORY_LIMIT})
    con.execute(sql("schema.sql"))
    if target.exists():
        _keep_history(con, target)
    return con, None


def _keep_history(con: duckdb.DuckDBPyConnection, old: Path) -> None:
    """A file rebuilt whole keeps the history the published one recorded, streamed over (a file
    from before the history tables, or with other columns, has none to keep)."""
    try:
        source = duckdb.connect(str(old), read_only=True)
    except duckdb.Error:
        return
    try:
        for table in HISTORY:
            con.from_arrow(source.table(table).to_arrow_reader(100_000)).insert_into(table)
    except duckdb.Error:
        con.execute(sql("forget_history.sql"))  # all of it or none
    finally:
        source.close()


def _written_at(batch: Path) -> datetime:
    """When a batch was written into the lake (UTC): its folder's time, set by the last part
    written before the batch was committed with one rename."""
    return datetime.fromtimestamp(batch.stat().st_mtime, UTC).replace(tzinfo=None)


def build_warehouse(lake: Lake, target: Path) -> dict[str, int]:
    """Build the warehouse beside `target` (extending a copy of it when possible) and swap it in;
    returns row counts."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}{owner_suffix()}"
    tmp.unlink(missing_ok=True)
    lake_id, version = lake.identity(), _sql_version()
    batches = {p.name.removeprefix("batch="): p for p in lake.batches()}
    con, held = _open_copy(target, tmp, set(batches), lake_id, version)
    try:
        new = {name: path for name, path in batches.items() if name not in (held or ())}
        register_parquet(con, "documents_in", lake.files("documents", list(new.values())), DOCUMENT_SCHEMA)
        register_parquet(con, "sources_in", lake.files("sources", list(new.values())), SOURCE_SCHEMA)
        register_parquet(con, "claims_in", lake.files("claims", list(new.values())), CLAIM_SCHEMA)
        register_extractions(con, lake)
        con.register("new_batches", pl.DataFrame({"batch": list(new)}, schema={"batch": pl.String}).to_arrow())
        register_parquet(con, "rejects_in", lake.files("rejects", list(new.values())), REJECT_COLUMNS)
        register_parquet(con, "events_in", [str(lake.derived_path("events"))], EVENT_COLUMNS)
        register_parquet(con, "event_claims_in", [str(lake.derived_path("event_claims"))], LINK_COLUMNS)
        register_parquet(con, "event_rejects_in", [str(lake.derived_path("event_rejects"))], REJECT_COLUMNS)
        con.register("regions_in", regions().to_arrow())
        con.execute(sql("regions.sql"))
        if held is None:
            for name in ("load.sql", "claims.sql", "retire.sql", "derived.sql", "views.sql", "history_views.sql"):
                con.execute(sql(name))
        else:
            # the derived tables first: inserting into the copied keyed tables loads their indexes,
            # and the memory limit must still hold sorting a million events. (The copy's views name
            # the tables, so they see the new ones.)
            con.execute(sql("derived.sql"))
            con.execute(sql("append.sql"))
            con.execute(sql("claims.sql"))
            if lake.files("revisions", list(new.values())):  # an edit may have brought a text back
                register_parquet(con, "documents_every", lake.files("documents"), DOCUMENT_SCHEMA)
                register_parquet(con, "claims_every", lake.files("claims"), CLAIM_SCHEMA)
                con.execute(sql("revive.sql"))
            con.execute(sql("retire.sql"))
        con.execute(sql("publish_time.sql"), {"at": datetime.now(UTC).replace(tzinfo=None)})
        con.execute(sql("history.sql"))
        if new:
            con.executemany(
                "insert into staging.lake_batches values (?, ?, ?, ?, getvariable('publish_id'))",
                [(n, lake_id, version, _written_at(path)) for n, path in new.items()],
            )
        counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}  # noqa: S608 - fixed names
        con.execute("checkpoint")
    finally:
        con.close()
    os.replace(tmp, target)
    return counts
