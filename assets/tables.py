"""The published tables and views as Dagster sees them: names, descriptions, column schemas.

Everything comes from where it is already written once: the warehouse SQL (`create table` and
`create view` statements, their `-- comment`s and `comment on` statements) and the Pandera
schemas (constraints of `claims` and `events`). The definition carries what the SQL text says;
a materialization adds the published file's own catalog (every column with its DuckDB type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg
import duckdb
import pandera.polars as pa

from pipelines.validation.schemas import ClaimSchema, EventSchema
from pipelines.warehouse import SQL_DIR

# bookkeeping of the build, not for analysts (docs: README "A publish copies ...")
INTERNAL = frozenset({"lake_batches"})
PANDERA: dict[str, type[pa.DataFrameModel]] = {"claims": ClaimSchema, "events": EventSchema}

# (a relation in another schema, `staging.x`, is the builder's, not published)
_CREATE = re.compile(r"^create\s+(?:or\s+replace\s+)?(table|view)\s+(\w+)\b(?!\.)", re.IGNORECASE | re.MULTILINE)
_COMMENT = re.compile(
    r"""^comment\s+on\s+(table|view|column)\s+(\w+)(?:\."?(\w+)"?)?\s+is\s+'((?:[^']|'')*)'\s*;""",
    re.IGNORECASE | re.MULTILINE,
)
# a column line of a `create table`: name, type, the rest, and an optional trailing comment
_COLUMN = re.compile(r'^\s+"?(\w+)"?\s+([a-z]+(?:\[\])?)([^-]*?)(?:--\s*(.*))?$', re.IGNORECASE)
_COMMENT_ONLY = re.compile(r"^\s+--\s*(.*)$")


@dataclass
class Column:
    name: str
    type: str = ""
    nullable: bool = True
    description: str = ""


@dataclass
class Relation:
    """A published table or view as its SQL declares it."""

    name: str
    kind: str  # table | view
    file: Path
    line: int
    description: str = ""
    columns: dict[str, Column] = field(default_factory=dict)


def _table_columns(text: str, start: int) -> dict[str, Column]:
    """Columns of the `create table (...)` starting at offset `start`, with their `--` comments."""
    columns: dict[str, Column] = {}
    last: Column | None = None
    for line in text[start:].splitlines()[1:]:
        if line.lstrip().startswith(")"):
            break
        if (m := _COMMENT_ONLY.match(line)) and last is not None:
            last.description = f"{last.description} {m.group(1).strip()}".strip()
            continue
        if m := _COLUMN.match(line):
            name, typ, rest, comment = m.groups()
            last = columns[name] = Column(name, typ.upper(), "not null" not in rest.lower(), (comment or "").strip())
    return columns


def catalog(sql_dir: Path = SQL_DIR) -> dict[str, Relation]:
    """Every table and view the build publishes (temp ones and bookkeeping left out), from the SQL."""
    relations: dict[str, Relation] = {}
    files = sorted(sql_dir.glob("*.sql"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in _CREATE.finditer(text):
            kind, name = m.group(1).lower(), m.group(2)
            if name in INTERNAL or name in relations:
                continue
            line = text.count("\n", 0, m.start()) + 1
            cols = _table_columns(text, m.start()) if kind == "table" else {}
            relations[name] = Relation(name, kind, path, line, columns=cols)
    for path in files:  # `comment on` statements win over `--` comments: the shell shows them too
        for m in _COMMENT.finditer(path.read_text(encoding="utf-8")):
            _, name, column, text = m.groups()
            rel = relations.get(name)
            if rel is None:
                continue
            text = text.replace("''", "'")
            if column is None:
                rel.description = text
            else:
                rel.columns.setdefault(column, Column(column)).description = text
    return relations


def _pandera_constraints(schema: type[pa.DataFrameModel]) -> dict[str, dg.TableColumnConstraints]:
    """Per-column constraints of a Pandera model's fields (nullable, unique, built-in checks).

    Read from the fields, not `to_schema()`: building a second model that shares a base's
    `@pa.check` methods renames those checks in pandera 0.2x, and the rejects name the check.
    """
    columns = {}
    for name, (_, info) in schema.__fields__.items():
        other = []
        for check in info.checks:
            stats = ", ".join(f"{k}={v}" for k, v in (check.statistics or {}).items() if v is not None)
            other.append(f"{check.name}({stats})" if stats else str(check.name))
        columns[name] = dg.TableColumnConstraints(nullable=info.nullable, unique=info.unique, other=other)
    return columns


def table_schema(rel: Relation, catalog_columns: list[tuple[str, str, bool]] | None = None) -> dg.TableSchema:
    """The column schema: the published file's columns and types when given, else the SQL's;
    descriptions from the SQL; constraints from Pandera where a model covers the table."""
    pandera_cols = _pandera_constraints(PANDERA[rel.name]) if rel.name in PANDERA else {}
    if catalog_columns is None:
        catalog_columns = [(c.name, c.type, c.nullable) for c in rel.columns.values()]
    columns = []
    for name, typ, nullable in catalog_columns:
        declared = rel.columns.get(name, Column(name))
        constraints = pandera_cols.get(name) or dg.TableColumnConstraints(nullable=nullable)
        columns.append(
            dg.TableColumn(name, typ or "unknown", description=declared.description, constraints=constraints)
        )
    return dg.TableSchema(columns=columns)


def published_schemas(con: duckdb.DuckDBPyConnection, relations: dict[str, Relation]) -> dict[str, dg.TableSchema]:
    """Each relation's schema as the published file's catalog has it."""
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, typ, nullable in con.execute(
        "select table_name, column_name, data_type, is_nullable from duckdb_columns() "
        "where database_name = current_database() and schema_name = 'main' order by table_name, column_index"
    ).fetchall():
        found.setdefault(table, []).append((column, typ, nullable))
    return {name: table_schema(rel, found.get(name, [])) for name, rel in relations.items()}


def row_counts(con: duckdb.DuckDBPyConnection, names: list[str]) -> dict[str, int]:
    """Rows of the whole table or view (not of the last increment)."""
    # names come from the SQL files, never from input; DuckDB's relation API quotes them
    return {n: con.table(n).count("*").fetchone()[0] for n in names}
