"""Render the reports folder: one PNG per chart and a self-contained `index.html`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipelines.reports import charts as ch
from pipelines.reports.data import ReportData, load
from pipelines.reports.page import dangling_links, render_index


@dataclass(frozen=True)
class Report:
    directory: Path
    index: Path
    charts: list[tuple[ch.Chart, Path]]
    data: ReportData
    dangling_links: list[str]


def render_charts(data: ReportData) -> list[ch.Chart]:
    return [
        ch.intercepts_per_region(data.region_totals.dicts()),
        ch.daily_intercepts(data.daily.dicts()),
        ch.claims_per_authority(data.authority_claims.dicts()),
    ]


def _write(path: Path, content: bytes) -> None:
    """Write beside, then rename: a reader opening the report never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)


def build_reports(warehouse: Path, out_dir: Path, **limits: int) -> Report:
    """Read the published warehouse, write `<out_dir>/<chart>.png` and `<out_dir>/index.html`.

    `limits` go to `data.load` (top_regions, top_events, evidence_cap).
    """
    data = load(warehouse, **limits)
    charts = render_charts(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in charts:
        path = out_dir / chart.filename
        _write(path, chart.png)
        written.append((chart, path))
    page = render_index(data, charts)
    index = out_dir / "index.html"
    _write(index, page.encode("utf-8"))
    return Report(out_dir, index, written, data, dangling_links(page))
