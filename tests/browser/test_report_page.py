"""The report page in a real browser: its filters change what is shown, its numbers lead to evidence.

The seeds plus two invented dated documents (other months, so the date range has something to
narrow) are materialized into a temporary warehouse; Debian's Chromium, driven by Playwright,
opens `reports/index.html` from disk (no server: the page must work as a file). Screenshots land
in `test-artifacts/`.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.config import PROJECT_ROOT
from tests.conftest import SEEDS, materialize

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed (/usr/bin/chromium): run scripts/browser.sh", allow_module_level=True)

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
from playwright.sync_api import Page, sync_playwright  # noqa: E402 - only once chromium is known to exist

from tests.browser.test_dagster_ui import CHROMIUM_ARGS  # noqa: E402

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
# invented reports, one in March and one in April
DATED = [
    {
        "id": "inv-march",
        "published": "2026-03-04",
        "title": "A night over Tver",
        "text": "Overnight, air defence units shot down 23 drones over the Tver region, governor Rudenya said.",
    },
    {
        "id": "inv-april",
        "published": "2026-04-11",
        "title": "A night over Kursk",
        "text": "Last night 9 drones were destroyed over the Kursk region, the regional governor said.",
    },
]


@pytest.fixture(scope="module")
def report_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("report")
    shutil.copytree(SEEDS, root / "inbox")
    (root / "inbox" / "dated.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DATED))
    with pytest.MonkeyPatch.context() as mp:
        assert materialize(mp, root / "inbox", root / "wh" / "uav.duckdb").success
    return root / "wh" / "reports" / "index.html"


@pytest.fixture
def page(report_index: Path) -> Iterator[Page]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            pg = browser.new_page(viewport={"width": 1280, "height": 900})
            pg.set_default_timeout(30_000)
            pg.goto(report_index.as_uri())
            yield pg
        finally:
            browser.close()


def _visible(page: Page, table_id: str) -> list[str]:
    return page.locator(f"#{table_id} tbody tr:visible").all_inner_texts()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def test_region_filter_narrows_the_tables(page: Page):
    regions = _visible(page, "region_totals")
    assert len(regions) > 3 and any("RU-TVE" in r for r in regions)
    page.select_option("#filters select[name=region]", "RU-TVE")
    shown = _visible(page, "region_totals")
    assert len(shown) == 1 and "RU-TVE" in shown[0] and "Tverskaya" in shown[0]
    assert page.locator("#region_totals-shown").inner_text() == f"1 of {len(regions)} rows shown"
    # events of the region stay, and its country's national figures; no other region's
    kept = page.locator("#top_events tbody tr:visible").evaluate_all("rows => rows.map(r => r.dataset.region)")
    assert "RU-TVE" in kept and set(kept) <= {"RU-TVE", "RU"}
    page.locator("#region_totals").scroll_into_view_if_needed()
    _shot(page, "report_filtered_by_region")
    page.click("#filters button[type=reset]")
    # (the page re-applies the filters just after the form's reset event: wait for that turn)
    for _ in range(20):
        if len(_visible(page, "region_totals")) == len(regions):
            break
        page.wait_for_timeout(100)
    assert len(_visible(page, "region_totals")) == len(regions)


def test_date_range_keeps_the_days_inside_it(page: Page):
    months = _visible(page, "region_months")
    assert len(months) == 2
    page.fill("#filters input[name=from]", "2026-04-01")
    page.fill("#filters input[name=to]", "2026-04-30")
    shown = _visible(page, "region_months")
    assert len(shown) == 1 and "RU-KRS" in shown[0] and "2026-04-01" in shown[0]
    events = _visible(page, "largest_events")
    assert events and all("2026-04" in e for e in events)  # undated events cannot be in a range: hidden
    assert len(_visible(page, "region_totals")) > 1  # totals over every date: the date range leaves them
    page.locator("#region_months").scroll_into_view_if_needed()
    _shot(page, "report_filtered_by_date")


def test_authority_filter(page: Page):
    page.select_option("#filters select[name=authority]", "governor:RU-KRS")
    shown = _visible(page, "authority_totals")
    assert len(shown) == 1 and "governor:RU-KRS" in shown[0]


def test_a_number_leads_to_its_evidence_page(page: Page):
    page.locator("#region_totals a", has_text="RU-TVE").first.click()
    page.wait_for_url("**/evidence/region-RU-TVE.html#*")
    page.get_by_text("23 drones over the Tver region").first.wait_for()
    _shot(page, "report_region_evidence")
