"""The reports asset on the seeds: PNG charts and an index.html whose numbers link to evidence."""

from __future__ import annotations

import csv
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
from pipelines.reports.page import (
    anchor,
    broken_links,
    dangling_links,
    evidence_page,
    render_evidence_pages,
    render_index,
)
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
    assert page.count("<script") == 1 and "<script>" in page  # the filters, inline: nothing is fetched
    assert "<link" not in page
    assert 'src="http' not in page and "url(" not in page
    assert page.count('src="data:image/png;base64,') == len(CHARTS)


def _region_page(report_dir: Path, code: str) -> str:
    return (report_dir / evidence_page("region", code)).read_text(encoding="utf-8")


def _all_pages(report_dir: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(report_dir.rglob("*.html")))


def test_every_number_links_to_evidence(page: str, report_dir: Path, seed_warehouse: Path):
    parser = _Links()
    parser.feed(page)
    assert dangling_links(page) == []
    assert broken_links(report_dir) == []
    links = set(parser.links)
    _, totals = rows(
        seed_warehouse, "select region_code, intercepted_best, intercepted_high, attacks from region_totals"
    )
    assert totals
    for code, best, high, attacks in totals:
        assert code in page
        region_page = evidence_page("region", code)
        intercept = f"{region_page}#{anchor('region', code, 'intercept')}"
        if high:  # a region with intercepts has its own intercept evidence subsection, on its own page
            assert (intercept, f"{best:,}") in links
            assert (intercept, f"{high:,}") in links
            assert f'id="{anchor("region", code, "intercept")}"' in _region_page(report_dir, code)
        if attacks:
            assert (f"{region_page}#{anchor('region', code, 'attack')}", f"{attacks:,}") in links
    _, authorities = rows(seed_warehouse, "select authority, claims from authority_totals")
    for authority, n in authorities:
        assert (f"{evidence_page('authority', authority)}#{anchor('authority', authority)}", f"{n:,}") in links


def test_evidence_sentences_of_the_seeds_are_in_the_report(report_dir: Path, seed_warehouse: Path):
    _, claims = rows(seed_warehouse, "select evidence, doc from claims")
    assert claims
    pages = _all_pages(report_dir)
    for evidence, doc in claims:
        assert escape(evidence) in pages
        assert escape(doc) in pages


def test_region_evidence_sections_hold_the_regions_claims(page: str, report_dir: Path, seed_warehouse: Path):
    """The sentences on a region's page are the ones behind its events; the main page holds no region section."""
    _, pairs = rows(
        seed_warehouse,
        """select e.region_code, c.evidence from events e join event_claims using (event_id)
           join claims c using (claim_id) where not e.is_total and e.region_code like '%-%'""",
    )
    assert pairs
    for region, evidence in pairs:
        region_page = _region_page(report_dir, region)
        start = region_page.index(f'<section id="{anchor("region", region)}">')
        section = region_page[start : region_page.index("</section>", start)]
        assert escape(evidence) in section
        assert f'<section id="{anchor("region", region)}">' not in page


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
    pages = render_evidence_pages(data)
    assert set(pages) == {evidence_page("region", "XX-<A>"), evidence_page("authority", authority)}
    for page in [html, *pages.values()]:
        assert page.count("<script") == (1 if page is html else 0)  # only the page's own filter script
        assert "<img src=x" not in page and "<b>t</b>" not in page
        assert "javascript:" not in page
        assert escape(nasty) in page
        assert dangling_links(page) == []


def _table_rows(page: str, table_id: str) -> list[str]:
    start = page.index(f'<table id="{table_id}"')
    table = page[start : page.index("</table>", start)]
    return [r for r in table.split("<tr")[1:] if "<th>" not in r]


def test_how_to_read_states_the_coverage(page: str, seed_warehouse: Path):
    _, ((docs, claims, undated, first, last),) = rows(
        seed_warehouse,
        "select (select count(*) from documents), count(*), count(*) filter (where date is null), "
        "min(date), max(date) from claims",
    )
    start = page.index('<h2 id="how-to-read">')
    section = page[start : page.index("</dl>", start)]
    assert f"{docs:,} documents, {claims:,} claims ({undated:,} without a day)" in section
    assert f"Days of the dated claims: {f'{first} to {last}' if first else 'none'};" in section
    for term in ("Claims", "Events", "best and high", "Undated claims", "unallocated", "does not see"):
        assert term in section


def test_regions_have_their_names(page: str, seed_warehouse: Path):
    _, codes = rows(seed_warehouse, "select region_code from region_totals")
    region_rows = _table_rows(page, "region_totals")
    assert len(region_rows) == len(codes)
    kaluga = next(r for r in region_rows if 'data-region="RU-KLU"' in r)
    assert escape("Kaluzhskaya oblast'") in kaluga
    assert f'<option value="RU-KLU">RU-KLU · {escape("Kaluzhskaya oblast")}' in page


def test_every_table_has_its_csv(page: str, report_dir: Path, seed_warehouse: Path):
    tables = ("region_totals", "region_months", "national_daily", "national_monthly", "authority_totals")
    for table_id in (*tables, "top_events", "largest_events"):
        assert f'href="csv/{table_id}.csv"' in page
        assert f'<table id="{table_id}"' in page
    with (report_dir / "csv" / "region_totals.csv").open(newline="") as f:
        got = [(r["region_code"], int(r["intercepted_best"]), int(r["intercepted_high"])) for r in csv.DictReader(f)]
    _, want = rows(
        seed_warehouse,
        "select region_code, intercepted_best, intercepted_high from region_totals "
        "order by intercepted_best desc, intercepted_high desc, region_code",
    )
    assert got == want
    header = (report_dir / "csv" / "national_daily.csv").read_text().splitlines()[0]
    assert header.startswith("side,date,launched,intercepted,intercepted_share,regional_intercepted,unallocated")


def test_largest_events_by_size(page: str, report_dir: Path, seed_warehouse: Path):
    with (report_dir / "csv" / "largest_events.csv").open(newline="") as f:
        amounts = [int(r["amount"]) for r in csv.DictReader(f)]
    _, want = rows(seed_warehouse, "select amount from events where amount is not null order by amount desc limit 15")
    assert amounts == [a for (a,) in want] and amounts == sorted(amounts, reverse=True)
    assert len(_table_rows(page, "largest_events")) == len(amounts)


def test_filterable_rows_carry_what_the_filters_read(page: str):
    for row in _table_rows(page, "region_totals"):
        assert "data-region=" in row and "data-date=" not in row  # totals over every date
    for row in _table_rows(page, "top_events"):
        assert "data-region=" in row and "data-authority=" in row
    assert 'id="filters"' in page and 'name="from"' in page and 'name="to"' in page
