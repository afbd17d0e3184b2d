"""A document that overruns its extraction budget is a reject, not a held worker (issue 15, item 3).

The slow document is real work for the real extractor: a few hundred kilobytes of short drone
reports, each a claim, which takes the extractor well over the small budgets used here.
"""

from __future__ import annotations

import json
import signal
import time

import duckdb
import pytest

from pipelines.extraction.batch import MAX_EXTRACT_CHARS, extract_documents
from pipelines.ingestion.inbox import Document, content_hash
from tests.reliability.conftest import clean_env, copy_seeds, run_cli

# invented reports, one claim each; repeated, they make one long document of many claims
REPORTS = (
    "Air defences destroyed 6 drones over the Lipetsk region, the governor said. ",
    "Над Смоленской областью сбиты 4 беспилотника, сообщил губернатор. ",
)
SLOW_TEXT = "".join(REPORTS * (MAX_EXTRACT_CHARS // sum(map(len, REPORTS))))
QUICK = [
    "Governor Ivan Petrov said air defences shot down {n} drones over the Tambov region overnight.",
    "Губернатор Калужской области сообщил, что ночью над регионом уничтожены {n} беспилотников.",
]
BUDGET = 0.05  # CPU seconds: ordinary documents take a millisecond or so, SLOW_TEXT most of a second


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, content_hash(text), text, None, None, None, f"{doc_id}.txt")


def _corpus() -> list[Document]:
    """Quick documents on both sides of the slow one, all in one chunk of the tests below."""
    quick = [_doc(f"quick-{i}", QUICK[i % 2].format(n=i + 3)) for i in range(6)]
    return [*quick[:3], _doc("slow", SLOW_TEXT), *quick[3:]]


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "process-pool"])
def test_an_overrun_is_a_reject_and_the_chunk_goes_on(workers):
    started = time.process_time(), time.monotonic()
    out = list(extract_documents(_corpus(), workers=workers, chunk_size=len(_corpus()), budget=BUDGET))
    cpu, wall = time.process_time() - started[0], time.monotonic() - started[1]
    claims = [row for frame, _, _ in out for row in frame.iter_rows(named=True)]
    rejects = [r for _, js, _ in out for r in js]
    assert sum(n for _, _, n in out) == 7
    assert [(r.doc_id, r.check, r.reason) for r in rejects] == [
        ("slow", "time_budget", "extraction exceeded 0.05 s budget (CPU time); its claims are not extracted")
    ]
    assert {c["doc"] for c in claims} == {f"quick-{i}" for i in range(6)}  # before and after the slow one
    assert sorted(c["count"] for c in claims) == [3, 4, 5, 6, 7, 8]
    assert (cpu if workers == 1 else wall) < BUDGET + 3  # stopped, not run to the end
    # the timer is off again and the handler the caller had is back
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, None)


def test_without_a_budget_the_slow_document_is_extracted():
    """The same document, no limit: it does hold claims, so the reject above is the budget's doing."""
    out = list(extract_documents([_doc("slow", SLOW_TEXT[:20_000])], workers=1, budget=0))
    assert set(out[0][0]["count"]) == {4, 6} and out[0][1] == []  # (a repeated claim is one claim)


def test_a_run_records_the_overrun_and_completes(tmp_path):
    """A whole `uav-etl run` with a small UAV_EXTRACT_BUDGET: the slow document is one reject with
    its reason in the warehouse, every other document's claims arrive, the run succeeds."""
    inbox = copy_seeds(tmp_path / "inbox")
    records = [{"id": "slow-feed", "published": "2025-06-02", "text": SLOW_TEXT}]
    records.append({"id": "quick-feed", "published": "2025-06-02", "text": QUICK[0].format(n=11)})
    (inbox / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    wh = tmp_path / "wh" / "uav.duckdb"
    env = clean_env(
        UAV_INBOX=str(inbox), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(tmp_path / "dh"), UAV_EXTRACT_BUDGET="0.1"
    )
    done = run_cli("run", env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    con = duckdb.connect(str(wh), read_only=True)
    try:
        overruns = con.execute("select doc_id, reason from rejects where \"check\" = 'time_budget'").fetchall()
        quick = con.execute("select count from claims where doc = 'quick-feed'").fetchall()
        seeded = con.execute("select count(distinct doc) from claims where doc not like '%-feed'").fetchone()[0]
        slow = con.execute("select count(*) from claims where doc = 'slow-feed'").fetchone()[0]
    finally:
        con.close()
    assert overruns == [("slow-feed", "extraction exceeded 0.1 s budget (CPU time); its claims are not extracted")]
    assert quick == [(11,)] and slow == 0
    assert seeded == len(list((inbox).glob("*.txt")))  # every seed document holds claims
