"""The reports asset on the seeds: PNG charts and an index.html whose numbers link to evidence."""

from __future__ import annotations

import struct
from datetime import date
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import dagster as dg
import pytest

from assets.reports import reports as reports_asset
from assets.resources import PipelineSettings
from pipelines.reports import charts
from pipelines.reports.data import ReportData, Table
from pipelines.reports.page import anchor, dangling_links, render_index
from pipelines.warehouse.query import rows

CHARTS = ("intercepts_per_region", "daily_intercepts", "claims_per_authority")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


class _Links(HTMLParser):
    """(href, link text) of every <a>, and every id."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a":
            self._href, self._text = a.get("href"), []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


@pytest.fixture(scope="module")
def report_dir(seed_warehouse: Path) -> Path:
    return seed_warehouse.parent / "reports"


@pytest.fixture(scope="module")
def page(report_dir: Path) -> str:
    return (report_dir / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CHARTS)
def test_charts_are_real_pngs(report_dir: Path, name: str):
    data = (report_dir / f"{name}.png").read_bytes()
    width, height = _png_size(data)
    assert width >= 400 and height >= 200
    assert len(data) > 5_000  # a drawn chart, not an empty canvas


def test_index_is_self_contained(page: str):
    assert page.startswith("<!doctype html>")
    assert "<script" not in page and "<link" not in page
    assert 'src="http' not in page and "url(" not in page
    assert page.count('src="data:image/png;base64,') == len(CHARTS)


def test_every_number_links_to_evidence(page: str, seed_warehouse: Path):
    parser = _Links()
    parser.feed(page)
    assert dangling_links(page) == []
    links = set(parser.links)
    _, totals = rows(
        seed_warehouse, "select region_code, intercepted_best, intercepted_high, attacks from region_totals"
    )
    assert totals
    for code, best, high, attacks in totals:
        assert code in page
        intercept = f"#{anchor('region', code, 'intercept')}"
        if high:  # a region with intercepts has its own intercept evidence subsection
            assert (intercept, f"{best:,}") in links
            assert (intercept, f"{high:,}") in links
            assert anchor("region", code, "intercept") in parser.ids
        if attacks:
            assert (f"#{anchor('region', code, 'attack')}", f"{attacks:,}") in links
    _, authorities = rows(seed_warehouse, "select authority, claims from authority_totals")
    for authority, n in authorities:
        assert (f"#{anchor('authority', authority)}", f"{n:,}") in links


def test_evidence_sentences_of_the_seeds_are_on_the_page(page: str, seed_warehouse: Path):
    _, claims = rows(seed_warehouse, "select evidence, doc from claims")
    assert claims
    for evidence, doc in claims:
        assert escape(evidence) in page
        assert escape(doc) in page


def test_region_evidence_sections_hold_the_regions_claims(page: str, seed_warehouse: Path):
    """The sentences in a region's section are the ones behind its events, not just anywhere on the page."""
    _, pairs = rows(
        seed_warehouse,
        """select e.region_code, c.evidence from events e join event_claims using (event_id)
           join claims c using (claim_id) where not e.is_total and e.region_code like '%-%'""",
    )
    for region, evidence in pairs:
        start = page.index(f'<section id="{anchor("region", region)}">')
        section = page[start : page.index("</section>", start)]
        assert escape(evidence) in section


def test_asset_metadata_embeds_the_charts(seed_warehouse: Path):
    result = reports_asset(context=dg.build_asset_context(), pipeline=PipelineSettings(warehouse=str(seed_warehouse)))
    md = result.metadata["intercepts per region"]
    assert isinstance(md, dg.MarkdownMetadataValue)
    assert "![Intercepts per region](data:image/png;base64,iVBORw0KGgo" in md.md_str
    assert result.metadata["path"].path.endswith("reports/index.html")


def test_daily_chart_draws_dated_rows():
    rows_ = [
        {"region_code": r, "date": date(2025, 7, d), "intercepted_best": d * k}
        for d in (1, 2, 5)
        for k, r in enumerate(("UA-63", "RU-KLU"), 1)
    ]
    drawn = charts.daily_intercepts(rows_).png
    empty = charts.daily_intercepts([]).png
    assert _png_size(drawn)[0] > 400 and len(drawn) > len(empty)


def test_empty_warehouse_still_gives_charts():
    for make in (charts.intercepts_per_region, charts.daily_intercepts, charts.claims_per_authority):
        assert _png_size(make([]).png)[0] > 0


def _evidence(section: str, evidence: str, authority: str = "governor:XX") -> Table:
    cols = [
        "section", "event_type", "event_id", "amount", "event_authority", "event_date", "day_key", "is_total",
        "claim_id", "doc", "authority", "count", "count_low", "date", "date_text", "evidence", "title", "url",
        "n_section",
    ]  # fmt: skip
    row = (
        section, "intercept", "e1", 3, authority, None, "undated:s:-", False,
        "c1", "doc<1>", authority, 3, None, None, None, evidence, "<b>t</b>", "javascript:alert(1)", 1,
    )  # fmt: skip
    return Table(cols, [row])


def test_page_escapes_scraped_text():
    nasty = '<script>alert("x")</script> & "quotes"'
    authority = 'gov"><img src=x onerror=alert(1)>'
    data = ReportData(
        region_totals=Table(
            ["region_code", "intercepted_best", "intercepted_high", "attacks", "launched", "days"],
            [("XX-<A>", 3, 3, 0, 0, 1)],
        ),
        daily=Table(["region_code", "date", "intercepted_best", "intercepted_high"], []),
        authority_claims=Table(["authority", "event_type", "claims"], [(authority, "intercept", 1)]),
        authority_totals=Table(
            ["authority", "events", "claims", "intercepted", "intercepted_in_totals", "attacks", "launched", "regions"],
            [(authority, 1, 1, 3, 0, 0, 0, 1)],
        ),
        top_events=Table(
            [
                "event_id",
                "event_type",
                "region_code",
                "amount",
                "authority",
                "day",
                "is_total",
                "n_claims",
                "n_documents",
            ],
            [("e1", "intercept", "XX-<A>", 3, authority, "undated", False, 1, 1)],
        ),
        evidence={
            "region": _evidence("XX-<A>", nasty, authority),
            "authority": _evidence(authority, nasty, authority),
            "event": _evidence("e1", nasty, authority),
        },
    )
    html = render_index(data, [])
    assert "<script" not in html and "<img src=x" not in html and "<b>t</b>" not in html
    assert "javascript:" not in html
    assert escape(nasty) in html
    assert dangling_links(html) == []
