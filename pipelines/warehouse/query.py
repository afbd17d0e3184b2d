"""Read-only access to the published warehouse (the file a writer never holds open)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.warehouse import SQL_DIR


def connect_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `uav-etl run` first")
    return duckdb.connect(str(path), read_only=True)


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
