"""Render the reports folder: the charts as PNGs, `index.html`, evidence pages and one CSV per table."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipelines.reports import charts as ch
from pipelines.reports.data import ReportData, load
from pipelines.reports.page import broken_links, csv_name, render_evidence_pages, render_index, report_tables


@dataclass(frozen=True)
class Report:
    directory: Path
    index: Path
    charts: list[tuple[ch.Chart, Path]]
    data: ReportData
    dangling_links: list[str]  # across every page of the folder


def render_charts(data: ReportData) -> list[ch.Chart]:
    return [
        ch.intercepts_per_region(data.region_totals.dicts()),
        ch.daily_intercepts(data.daily.dicts()),
        ch.claims_per_authority(data.authority_claims.dicts()),
    ]


def _write(path: Path, content: bytes) -> None:
    """Write beside, then rename: a reader opening the report never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)


def build_reports(warehouse: Path, out_dir: Path, **limits: int) -> Report:
    """Read the published warehouse, write `<out_dir>/<chart>.png`, `index.html`, `evidence/*.html`, `csv/*.csv`.

    `limits` go to `data.load` (top_regions, top_events, evidence_cap, event_cap).
    """
    data = load(warehouse, **limits)
    charts = render_charts(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in charts:
        path = out_dir / chart.filename
        _write(path, chart.png)
        written.append((chart, path))
    shutil.rmtree(out_dir / "evidence", ignore_errors=True)  # regions of an earlier warehouse go too
    for rel, html in render_evidence_pages(data).items():
        _write(out_dir / rel, html.encode("utf-8"))
    for table_id, table in report_tables(data).items():
        _write(out_dir / csv_name(table_id), table.csv().encode("utf-8"))
    index = out_dir / "index.html"
    _write(index, render_index(data, charts).encode("utf-8"))  # last: it links to everything above
    return Report(out_dir, index, written, data, broken_links(out_dir))
