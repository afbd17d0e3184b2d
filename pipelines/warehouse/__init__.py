"""The warehouse: the Parquet lake, the DuckDB build, and the SQL they run (in `sql/`)."""

from pathlib import Path

SQL_DIR = Path(__file__).parent / "sql"
