"""Read-only access to the published warehouse (the file a writer never holds open)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.warehouse import SQL_DIR

# Read-only is not enough: `COPY ... TO`, `EXPORT DATABASE`, `ATTACH` and `read_csv` reach any
# path, the warehouse file included. Readers see the warehouse and nothing else, and no query
# can switch that back on.
READER_CONFIG = {"enable_external_access": False, "lock_configuration": True}


def connect_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    """The published warehouse, read-only, without access to any other file."""
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `uav-etl run` first")
    return duckdb.connect(str(path), read_only=True, config=READER_CONFIG)


def check_sql(name: str) -> str:
    """SQL of a named data-quality check (`sql/checks/<name>.sql`)."""
    return (SQL_DIR / "checks" / f"{name}.sql").read_text(encoding="utf-8")


def rows(path: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    con = connect_readonly(path)
    try:
        cur = con.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall()
    finally:
        con.close()
