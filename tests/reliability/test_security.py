"""No SQL built from text, the UI on localhost only, and .jsonl fields never opened as paths."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import duckdb

from pipelines.config import PROJECT_ROOT
from tests.conftest import materialize
from tests.reliability.conftest import clean_env, run_cli

SQL_CALLS = {"execute", "sql", "query", "executemany"}
# f-strings that only interpolate fixed identifiers from the code (table names), never data
ALLOWED_FSTRING_SQL = {
    ("pipelines/warehouse/build.py", "t"),
}


def _python_files() -> list[Path]:
    return [p for d in ("pipelines", "assets") for p in (PROJECT_ROOT / d).rglob("*.py")]


def test_no_sql_is_built_by_formatting_strings():
    offenders = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
                and node.args
            ):
                continue
            arg = node.args[0]
            rel = str(path.relative_to(PROJECT_ROOT))
            if isinstance(arg, ast.JoinedStr):
                names = {
                    n.id
                    for v in arg.values
                    if isinstance(v, ast.FormattedValue)
                    for n in ast.walk(v.value)
                    if isinstance(n, ast.Name)
                }
                if not all((rel, name) in ALLOWED_FSTRING_SQL for name in names):
                    offenders.append(f"{rel}:{node.lineno} f-string SQL")
            elif isinstance(arg, ast.BinOp):
                offenders.append(f"{rel}:{node.lineno} SQL built with an operator")
            elif isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format":
                offenders.append(f"{rel}:{node.lineno} SQL built with str.format")
    assert offenders == []


def test_ui_binds_to_localhost():
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    dev_line = next(line for line in makefile.splitlines() if "dagster dev" in line)
    assert "--host 127.0.0.1" in dev_line


def test_paths_in_jsonl_records_are_text_never_files(monkeypatch, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    record = {
        "id": "trap",
        "url": "file:///etc/hostname",
        "title": "/etc/passwd",
        "path": "/etc/shadow",
        "text": "/etc/hostname",
        "published": "2025-01-01",
    }
    (inbox / "feed.jsonl").write_text(json.dumps(record) + "\n")
    wh = tmp_path / "wh" / "uav.duckdb"
    materialize(monkeypatch, inbox, wh)
    con = duckdb.connect(str(wh), read_only=True)
    row = con.execute("select doc_id, url, title, n_chars from documents").fetchone()
    con.close()
    assert row == ("trap", "file:///etc/hostname", "/etc/passwd", len("/etc/hostname"))


def test_read_only_sql_can_neither_write_nor_read_other_files(seed_warehouse, tmp_path):
    env = clean_env(UAV_WAREHOUSE=str(seed_warehouse))
    before = seed_warehouse.read_bytes()
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n")
    attempts = [
        f"copy (select 1 as x) to '{tmp_path / 'out.csv'}'",
        f"copy claims to '{seed_warehouse}'",  # over the warehouse itself
        f"export database '{tmp_path / 'dump'}'",
        f"attach '{tmp_path / 'other.duckdb'}' as other",
        f"select * from read_csv('{secret}')",
        "set enable_external_access = true",
    ]
    for query in attempts:
        done = run_cli("sql", query, env=env, timeout=120)
        assert done.returncode == 2, (query, done.stdout)
        assert done.stderr.startswith("uav-etl: error: "), done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.csv"]
    assert seed_warehouse.read_bytes() == before
    assert run_cli("sql", "select count(*) as n from claims", env=env, timeout=120).returncode == 0
