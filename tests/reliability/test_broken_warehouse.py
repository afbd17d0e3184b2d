"""A warehouse file that is not DuckDB is rebuilt from the lake, with a warning (issue 15, item 6).

Before, a file overwritten with other bytes (a `COPY ... TO` over it, a bad restore, a disk
fault) made every later run fail at the `warehouse` step until someone deleted it by hand.
The lake holds everything the file held, so the next run builds the file anew from it.
"""

from __future__ import annotations

import pytest

from tests.reliability.conftest import clean_env, copy_seeds, run_cli, snapshot

# (an empty file and a CSV written over it were tried too, with the same outcome; each case costs two runs)
JUNK = {
    "junk bytes": b"this is not a database\n" * 500 + bytes(range(256)) * 64,
    "truncated": None,  # the first 4 KB of the real file
}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("broken-warehouse")
    wh = root / "wh" / "uav.duckdb"
    env = clean_env(UAV_INBOX=str(copy_seeds(root / "inbox")), UAV_WAREHOUSE=str(wh), DAGSTER_HOME=str(root / "dh"))
    done = run_cli("run", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return env, wh, snapshot(wh)


@pytest.mark.parametrize("damage", list(JUNK))
def test_a_warehouse_that_is_not_duckdb_is_rebuilt_from_the_lake(first_run, damage):
    env, wh, before = first_run
    junk = JUNK[damage]
    wh.write_bytes(wh.read_bytes()[:4096] if junk is None else junk)
    done = run_cli("run", env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{wh} is not a readable DuckDB warehouse" in done.stderr
    assert "rebuilt from the lake" in done.stderr
    assert snapshot(wh) == before  # every row back, from the lake
    if damage == "junk bytes":  # and the next run extends the rebuilt file without a word
        again = run_cli("run", env=env)
        assert again.returncode == 0 and "rebuilt from the lake" not in again.stderr
        assert snapshot(wh) == before
