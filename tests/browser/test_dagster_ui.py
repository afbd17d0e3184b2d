"""The Dagster UI shows the assets, a table's columns, the checks and the report after a real run.

The seeds are materialized into a temporary warehouse with a persistent Dagster instance (a
temporary DAGSTER_HOME), then `dagster-webserver` serves that instance on a free localhost
port and Debian's Chromium, driven by Playwright, reads the pages. Playwright never downloads
a browser here: `scripts/browser.sh` installs `/usr/bin/chromium` (make test runs it).
Screenshots land in `test-artifacts/` (gitignored).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.resources import WAREHOUSE_TAG
from pipelines.config import PROJECT_ROOT
from tests.conftest import SEEDS

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed (/usr/bin/chromium): run scripts/browser.sh", allow_module_level=True)

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402 - only once chromium is known to exist

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
ASSETS = ("raw_documents", "claims", "events", "warehouse", "region_totals", "national_daily", "reports")
EVENT_CHECKS = ("no_event_without_claim", "totals_balance", "event_ids_unique")
SERVER_START_S = 120  # loading the code location imports dagster, polars, duckdb: slow on a cold cache
UI_WAIT_MS = 60_000
# the temporary instance: no telemetry, no "join the community" dialog over the pages; runs
# launched from the UI start at once (no daemon here to dequeue them)
DAGSTER_YAML = (
    "telemetry:\n  enabled: false\nnux:\n  enabled: false\n"
    "run_coordinator:\n  module: dagster._core.run_coordinator\n  class: DefaultRunCoordinator\n"
)
RUN_FROM_UI_S = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ui_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Materialize the seeds into a temp warehouse, recorded in a temp DAGSTER_HOME the UI will read."""
    root = tmp_path_factory.mktemp("ui")
    shutil.copytree(SEEDS, root / "inbox")
    home = root / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    env = {
        "UAV_INBOX": str(root / "inbox"),
        "UAV_WAREHOUSE": str(root / "wh" / "uav.duckdb"),
        "DAGSTER_HOME": str(home),
    }
    from assets.definitions import defs

    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        with dg.DagsterInstance.from_config(str(home)) as instance:
            result = defs.resolve_job_def("uav_etl_job").execute_in_process(instance=instance, raise_on_error=True)
    assert result.success
    return env


@pytest.fixture(scope="module")
def webserver(ui_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("webserver") / "webserver.log"
    exe = Path(sys.executable).parent / "dagster-webserver"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(exe), "-m", "assets.definitions", "-h", "127.0.0.1", "-p", str(port)],
            cwd=PROJECT_ROOT,
            env={**os.environ, **ui_env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the code server it spawns ends with it
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"dagster-webserver exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{base}/server_info", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"dagster-webserver not up after {SERVER_START_S}s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, timeout=60_000)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(webserver: str, browser: Browser) -> Iterator[Page]:  # run the job before Playwright owns the loop
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, base_url=webserver)
    pg = context.new_page()
    pg.set_default_timeout(UI_WAIT_MS)
    pg.set_default_navigation_timeout(UI_WAIT_MS)
    try:
        yield pg
    finally:
        context.close()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_asset_graph_shows_every_asset(page: Page):
    page.goto("/asset-groups")
    page.get_by_text("ingest", exact=True).first.wait_for()
    # with several groups the lineage starts collapsed to one box per group: expand them
    if not page.get_by_text("raw_documents", exact=True).count():
        page.mouse.click(1000, 250, button="right")
        page.get_by_role("menuitem", name="Expand all groups").click()
    for name in ASSETS:
        page.get_by_text(name, exact=True).first.wait_for()
    page.wait_for_timeout(2_000)  # let the nodes fetch their materialization status before the screenshot
    _shot(page, "dagster_asset_graph")


def test_events_table_shows_passed_checks(page: Page):
    page.goto("/assets/warehouse/events?view=checks")
    for check in EVENT_CHECKS:
        page.get_by_text(check, exact=True).first.wait_for()
    page.get_by_text("Passed", exact=True).first.wait_for()
    _shot(page, "dagster_events_checks")


def test_a_table_page_shows_its_columns_described_and_its_size(page: Page, ui_env: dict[str, str]):
    page.goto("/assets/warehouse/claims")
    # the column schema: names, types and the SQL's descriptions
    for text in ("evidence", "The sentence that states it", "extractor_version", "VARCHAR"):
        page.get_by_text(text, exact=True).first.wait_for()
    page.get_by_text("uav.main.claims").first.wait_for()  # dagster/table_name
    with duckdb.connect(ui_env["UAV_WAREHOUSE"], read_only=True) as con:
        rows = con.execute("select count(*) from claims").fetchone()[0]
    row_count = page.locator("div", has_text=re.compile(r"^Row count")).last
    row_count.wait_for()
    assert rows > 0 and str(rows) in row_count.locator("xpath=..").inner_text()
    _shot(page, "dagster_claims_table")
    page.get_by_text("The sentence that states it", exact=True).first.scroll_into_view_if_needed()
    _shot(page, "dagster_claims_columns")


def test_reports_page_shows_chart_metadata(page: Page):
    page.goto("/assets/reports")
    row = page.locator("tr", has_text="intercepts per region")
    row.first.wait_for()
    for key in ("daily intercepts, top regions", "claims per authority", "path"):
        page.locator("tr", has_text=key).first.wait_for()
    _shot(page, "dagster_reports_metadata")
    row.first.get_by_text("[Show Markdown]").click()
    img = page.locator('img[src^="data:image/png;base64,"]').first
    img.wait_for()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 400", arg=img.element_handle(), timeout=UI_WAIT_MS
    )
    page.get_by_text("Drones intercepted per region").first.wait_for()  # the caption under the image
    _shot(page, "dagster_reports_chart")


def test_reports_check_passed(page: Page):
    page.goto("/assets/reports?view=checks")
    page.get_by_text("report_links_resolve", exact=True).first.wait_for()
    page.get_by_text("Passed", exact=True).first.wait_for()


def test_the_report_of_the_same_run_opens(page: Page, ui_env: dict[str, str]):
    index = Path(ui_env["UAV_WAREHOUSE"]).parent / "reports" / "index.html"
    page.goto(index.as_uri())
    page.locator("#region_totals tbody tr").first.wait_for()
    page.get_by_text("How to read this").first.wait_for()
    _shot(page, "report_index")


def test_materialize_all_is_one_run_without_a_partition_dialog(page: Page, ui_env: dict[str, str]):
    """The button a new user presses: one run of everything (no backfill of shards), that succeeds."""
    with dg.DagsterInstance.from_config(ui_env["DAGSTER_HOME"]) as instance:
        before = {r.run_id for r in instance.get_runs()}
        page.goto("/asset-groups")
        page.get_by_role("button", name="Materialize all").click()
        started = time.monotonic()
        deadline = started + RUN_FROM_UI_S
        while not (new := [r for r in instance.get_runs() if r.run_id not in before]):
            assert time.monotonic() < deadline, "no run was launched"
            time.sleep(0.5)
        _shot(page, "dagster_materialize_all_launched")
        while not (run := instance.get_run_by_id(new[0].run_id)).is_finished:
            assert time.monotonic() < deadline, f"the run did not finish in {RUN_FROM_UI_S}s"
            time.sleep(1)
        assert run.status == dg.DagsterRunStatus.SUCCESS
        assert len([r for r in instance.get_runs() if r.run_id not in before]) == 1
        assert not instance.get_backfills()
        assert run.tags[WAREHOUSE_TAG] == ui_env["UAV_WAREHOUSE"]
        print(f"Materialize all from the UI: one run, {time.monotonic() - started:.0f} s")
