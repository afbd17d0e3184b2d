"""`uav-etl` as a user runs it: the real CLI in a subprocess, one test per mistake.

Every mistake ends in one line on stderr that names it, a non-zero exit code, and no traceback.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.config import PROJECT_ROOT
from pipelines.extraction.vocabulary import extractor_version

TIMEOUT = 180


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("UAV_")}
    return {**env, "PYTHONPATH": str(PROJECT_ROOT), **extra}


def uav(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", *args],
        env=_env(**env),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=PROJECT_ROOT,
    )


def _one_line_error(p: subprocess.CompletedProcess, code: int, *words: str) -> str:
    assert p.returncode == code, p.stderr
    assert "Traceback" not in p.stderr
    errors = [line for line in p.stderr.splitlines() if line.startswith("uav-etl: error:")]
    assert len(errors) == 1, p.stderr
    for w in words:
        assert w in errors[0]
    return errors[0]


def test_help_names_the_flags_and_the_environment():
    p = uav("--help")
    assert p.returncode == 0
    for word in ("--inbox", "--warehouse", "UAV_INBOX", "UAV_WAREHOUSE", "--version"):
        assert word in p.stdout
    run_help = uav("run", "--help").stdout
    assert "--inbox" in run_help and "--warehouse" in run_help and "--allow-empty" in run_help


def test_version_gives_package_and_extractor():
    p = uav("--version")
    assert p.returncode == 0
    assert p.stdout.strip() == f"uav-etl 0.1.0 (extractor {extractor_version()})"


def test_missing_inbox(tmp_path: Path):
    p = uav("run", "--inbox", str(tmp_path / "typo"), "--warehouse", str(tmp_path / "wh" / "uav.duckdb"))
    _one_line_error(p, 2, "no inbox at", "typo")
    assert not (tmp_path / "wh" / "uav.duckdb").exists()  # nothing published from an old inbox


def test_missing_inbox_from_the_environment(tmp_path: Path):
    p = uav("run", UAV_INBOX=str(tmp_path / "nowhere"), UAV_WAREHOUSE=str(tmp_path / "wh" / "uav.duckdb"))
    _one_line_error(p, 2, "nowhere", "UAV_INBOX")


def test_empty_inbox_is_an_error_unless_asked_for(tmp_path: Path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "notes.md").write_text("not a document type the pipeline reads\n")
    p = uav("run", "--inbox", str(tmp_path / "inbox"), "--warehouse", str(tmp_path / "wh" / "uav.duckdb"))
    _one_line_error(p, 1, "holds no", "--allow-empty")


def test_unwritable_warehouse(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")  # a file where the warehouse's folder should be: root cannot write there either
    p = uav("run", "--inbox", str(PROJECT_ROOT / "seeds"), "--warehouse", str(blocker / "uav.duckdb"))
    _one_line_error(p, 2, "cannot write the warehouse", "not a directory")


@pytest.mark.parametrize("value", ["abc", "1.5", "-0.1"])
def test_bad_reject_threshold(tmp_path: Path, value: str):
    p = uav("run", "--warehouse", str(tmp_path / "uav.duckdb"), UAV_REJECT_THRESHOLD=value)
    _one_line_error(p, 2, "UAV_REJECT_THRESHOLD", repr(value))


@pytest.mark.parametrize("query", ["", "   ", "-- only a comment"])
def test_empty_query(seed_warehouse: Path, query: str):
    p = uav("sql", query, "--warehouse", str(seed_warehouse))
    _one_line_error(p, 2, "empty")


def test_query_errors_are_one_line(seed_warehouse: Path, tmp_path: Path):
    _one_line_error(uav("sql", "selct 1", "--warehouse", str(seed_warehouse)), 2, "syntax error")
    _one_line_error(uav("sql", "select 1", "--warehouse", str(tmp_path / "none.duckdb")), 2, "no warehouse")


def test_sql_formats(seed_warehouse: Path):
    q = "select region_code, intercepted_best from region_totals order by region_code"
    table = uav("sql", q, "--warehouse", str(seed_warehouse))
    as_csv = uav("sql", q, "--format", "csv", "--warehouse", str(seed_warehouse))
    as_json = uav("sql", q, "--format", "json", "--warehouse", str(seed_warehouse))
    assert table.returncode == as_csv.returncode == as_json.returncode == 0
    records = json.loads(as_json.stdout)
    assert list(csv.DictReader(io.StringIO(as_csv.stdout))) == [{k: str(v) for k, v in r.items()} for r in records]
    assert {"region_code": "RU-KLU", "intercepted_best": 57} in records
    assert "RU-KLU" in table.stdout and f"({len(records)} rows)" in table.stdout


def test_dates_in_json_and_csv(seed_warehouse: Path):
    q = "select date '2026-02-03' as day, null as nothing, 0.25::decimal(4, 2) as share"
    assert json.loads(uav("sql", q, "--format", "json", "--warehouse", str(seed_warehouse)).stdout) == [
        {"day": "2026-02-03", "nothing": None, "share": 0.25}
    ]
    assert (
        uav("sql", q, "--format", "csv", "--warehouse", str(seed_warehouse)).stdout.splitlines()[1]
        == "2026-02-03,,0.25"
    )


def test_extract_exits_non_zero_when_every_input_is_rejected(tmp_path: Path):
    (tmp_path / "notes.md").write_text("Drones were shot down over Tver.\n")
    p = uav("extract", str(tmp_path / "notes.md"), str(tmp_path / "missing.txt"))
    _one_line_error(p, 1, "every input was rejected")
    assert "missing.txt: no such file" in p.stderr and p.stdout == ""


def test_extract_into_a_closed_pipe_is_quiet(tmp_path: Path):
    docs = tmp_path / "many.jsonl"
    with docs.open("w") as f:
        for i in range(1500):
            text = f"Air defence units destroyed {i % 40 + 2} drones over the Tula region overnight, bulletin {i} said."
            f.write(json.dumps({"id": f"n{i}", "published": "2026-02-03", "text": text}) + "\n")
    # every text differs (the same text is one document), so the output far exceeds a pipe's buffer
    # `uav-etl extract FILE | head -1`: read one line, then close the pipe while it still writes
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "extract", str(docs), "--workers", "1"],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=PROJECT_ROOT,
    )
    first = proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=TIMEOUT)
    assert json.loads(first)["doc"] == "n0"
    assert proc.returncode == 141
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_run_prints_the_report_path_and_no_progress_into_a_pipe(tmp_path: Path):
    wh = tmp_path / "wh" / "uav.duckdb"
    p = uav("run", "--inbox", str(PROJECT_ROOT / "seeds"), "--warehouse", str(wh))
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[-1] == f"report:    {wh.parent / 'reports' / 'index.html'}"
    assert (wh.parent / "reports" / "index.html").exists()
    assert "\r" not in p.stderr and "steps done" not in p.stderr  # stderr is a pipe: no progress line
    # the flag wins over the environment
    other = tmp_path / "other" / "uav.duckdb"
    q = uav(
        "sql",
        "select count(*) as n from documents",
        "--format",
        "json",
        "--warehouse",
        str(wh),
        UAV_WAREHOUSE=str(other),
    )
    assert json.loads(q.stdout) == [{"n": 5}]
