"""Bad documents mixed with good ones: the run succeeds, good claims land, every fault is recorded."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest

from pipelines.config import PROJECT_ROOT
from pipelines.ingestion.inbox import read_documents
from tests.conftest import materialize
from tests.reliability.conftest import copy_seeds

GOOD_RU = "Губернатор Брянской области сообщил, что минувшей ночью над регионом уничтожены три беспилотника."
GOOD_RU_2 = "Губернатор Курской области сообщил, что минувшей ночью над регионом сбиты два беспилотника."


def build_faulty_inbox(inbox: Path) -> None:
    copy_seeds(inbox)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.txt").write_bytes(b"   \n\n\t ")
    (inbox / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (inbox / "mangled.txt").write_bytes(b"Two drones \xc3\x28 were shot down \xff over Kursk")
    (inbox / "cp1251.txt").write_bytes(GOOD_RU.encode("cp1251"))
    (inbox / "utf16.txt").write_bytes(("---\npublished: 2025-04-02\n---\n" + GOOD_RU_2).encode("utf-16"))
    (inbox / "page.html").write_text(
        "<!doctype html><html><body><header>Site menu</header><article><p>Air defences destroyed six drones "
        "over the Tula region overnight, governor Pavel Orlov said.</p></article><footer>(c) 2025</footer></body></html>",
        encoding="utf-8",
    )
    big = "Officials met to discuss the regional budget and road repairs. " * 820_000  # ~52 MB
    (inbox / "huge.txt").write_text(big, encoding="utf-8")
    records = [
        json.dumps(
            {
                "id": "feed-ok",
                "published": "2025-05-04",
                "text": "The Kursk region governor said air defences shot down four drones overnight.",
            }
        ),
        '{"id": "feed-broken", "text": "unterminated',
        json.dumps({"id": "feed-notext", "title": "headline only"}),
        json.dumps({"id": "feed-badpub", "published": 1746316800, "text": "Some text."}),
        json.dumps({"id": "feed-ok", "text": "A different text reusing the same id."}),
    ]
    (inbox / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    (inbox / "gone.txt").symlink_to(inbox / "does-not-exist.txt")  # a file that vanished between listing and reading


@pytest.fixture(scope="module")
def faulty_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("faulty")
    build_faulty_inbox(root / "inbox")
    with pytest.MonkeyPatch.context() as mp:
        result = materialize(mp, root / "inbox", root / "wh" / "uav.duckdb")
    return result, root / "wh" / "uav.duckdb"


def test_run_succeeds_and_keeps_good_claims(faulty_run):
    result, wh = faulty_run
    assert result.success
    con = duckdb.connect(str(wh), read_only=True)
    docs = {r[0] for r in con.execute("select distinct doc from claims").fetchall()}
    decoded = con.execute(
        "select doc, region_code, count, date::varchar from claims where doc in ('cp1251', 'utf16') order by doc"
    ).fetchall()
    con.close()
    assert {"000_314df2900209859b", "feed-ok", "page", "cp1251", "utf16"} <= docs
    assert decoded == [("cp1251", "RU-BRY", 3, None), ("utf16", "RU-KRS", 2, "2025-04-02")]


@pytest.mark.parametrize(
    ("source", "line", "needle"),
    [
        ("empty.txt", None, "empty file"),
        ("blank.txt", None, "whitespace only"),
        ("photo.txt", None, "binary"),
        ("mangled.txt", None, "invalid UTF-8"),
        ("feed.jsonl", 2, "not valid JSON"),
        ("feed.jsonl", 3, "no 'text' field"),
        ("feed.jsonl", 4, "'published' must be a string"),
        ("feed.jsonl", 5, "duplicate id 'feed-ok'"),
        ("gone.txt", None, "disappeared"),
        ("huge.txt", None, "cut to the first"),
    ],
)
def test_every_fault_is_in_rejects_with_file_line_and_reason(faulty_run, source, line, needle):
    _, wh = faulty_run
    con = duckdb.connect(str(wh), read_only=True)
    reasons = con.execute(
        "select reason from rejects where source = ? and line is not distinct from ?", [source, line]
    ).fetchall()
    con.close()
    assert any(needle in r[0] for r in reasons), reasons


def test_huge_file_is_still_a_document(faulty_run):
    _, wh = faulty_run
    con = duckdb.connect(str(wh), read_only=True)
    n = con.execute("select n_chars from documents where doc_id = 'huge'").fetchone()[0]
    con.close()
    assert n > 50_000_000


def test_unreadable_file_is_rejected():
    root = Path(tempfile.mkdtemp(prefix="uav-perm-", dir="/tmp"))
    try:
        root.chmod(0o755)
        (root / "ok.txt").write_text("Air defences destroyed two drones over the Oryol region overnight.")
        locked = root / "locked.txt"
        locked.write_text("You may not read this.")
        locked.chmod(0)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: root reads anything, so read as an unprivileged user
            try:
                os.close(read_end)
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                lines = [f"{type(r).__name__}|{r.source}|{getattr(r, 'reason', '')}" for r in read_documents([root])]
                os.write(write_end, "\n".join(lines).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end) as f:
            out = f.read()
        os.waitpid(pid, 0)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert "Reject|locked.txt|cannot read file: permission denied" in out
    assert "Document|ok.txt|" in out


# In a fresh interpreter (a fork of the test process could inherit locks held by polars' and
# DuckDB's threads): everything imported as root, then run as an unprivileged user, because
# root reads anything.
REFUSED_THEN_READABLE = r"""
import json, os, sys
from pathlib import Path
from pipelines.config import Settings
from pipelines.stages import ingest

root = Path(sys.argv[1])
os.setgid(65534)
os.setuid(65534)
inbox = root / "inbox"
(inbox / "closed").mkdir(parents=True)
(inbox / "ok.txt").write_text("Air defences destroyed two drones over the Oryol region overnight.")
(inbox / "locked.txt").write_text("Air defences destroyed six drones over the Kursk region overnight.")
(inbox / "closed" / "inner.txt").write_text("Air defences destroyed nine drones over the Tula region.")
(inbox / "locked.txt").chmod(0)
(inbox / "closed").chmod(0)
settings = Settings(inbox, root / "wh" / "uav.duckdb")
first = ingest(settings)
(inbox / "locked.txt").chmod(0o644)  # mtime and size stay as they were
(inbox / "closed").chmod(0o755)
second = ingest(settings)
print(json.dumps({"first": [first.new, first.reject_reasons], "second": [second.new, second.reject_reasons]}))
"""


def test_a_refused_file_or_folder_is_read_once_it_becomes_readable():
    root = Path(tempfile.mkdtemp(prefix="uav-perm-", dir="/tmp"))
    root.chmod(0o777)
    try:
        done = subprocess.run(
            [sys.executable, "-c", REFUSED_THEN_READABLE, str(root)],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.splitlines()[-1])
    new, reasons = out["first"]
    assert new == 1
    assert sorted(reasons) == [
        "closed: cannot read folder: permission denied; its files were not read",
        "locked.txt: cannot read file: permission denied",
    ]
    # ok.txt again (staged, not extracted yet, so re-staged) and the two that were refused
    assert out["second"] == [3, []]
