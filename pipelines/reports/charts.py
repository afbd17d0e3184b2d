"""Charts as PNG bytes: pure functions of query rows.

Figures are built with the object API on the Agg canvas, never through pyplot: no global
figure state, no GUI backend to pick, safe in Dagster's worker processes.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, DayLocator
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

BEST, HIGH = "#1f6feb", "#9ec5fe"
TYPE_COLORS = {"intercept": "#1f6feb", "attack": "#d1242f", "launch": "#9a6700"}
MAX_BARS = 20  # beyond this a bar chart stops being readable; the tables list everything
DPI = 100


@dataclass(frozen=True)
class Chart:
    slug: str  # file stem and HTML anchor
    title: str
    png: bytes
    caption: str

    @property
    def filename(self) -> str:
        return f"{self.slug}.png"


def _figure(width: float = 9.0, height: float = 4.8) -> Figure:
    fig = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    # no Software/date tags: the same data gives the same bytes
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def _empty(title: str, message: str) -> bytes:
    fig = _figure(height=2.6)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title, loc="left", fontsize=13)
    ax.text(0.5, 0.45, message, ha="center", va="center", fontsize=11, color="#57606a", wrap=True)
    return _png(fig)


def _style(ax: Any, title: str, ylabel: str) -> None:
    ax.set_title(title, loc="left", fontsize=13)
    ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#d0d7de", linewidth=0.6)
    ax.set_axisbelow(True)


def intercepts_per_region(rows: Iterable[dict[str, Any]]) -> Chart:
    """Grouped bars per region: best (largest single authority) next to high (sum over authorities)."""
    title = "Intercepts per region"
    data = [r for r in rows if (r["intercepted_high"] or 0) > 0]
    data.sort(key=lambda r: (-r["intercepted_best"], -r["intercepted_high"], r["region_code"]))
    caption = (
        "Drones intercepted per region, summed over days. Best: the largest single authority's figure "
        "per day; high: the sum over authorities (where they may overlap)."
    )
    if not data:
        return Chart("intercepts_per_region", title, _empty(title, "No intercepts in the warehouse yet."), caption)
    data = data[:MAX_BARS]
    fig = _figure(width=min(12.0, max(6.0, 0.55 * len(data) + 2.5)))
    ax = fig.add_subplot()
    xs = range(len(data))
    w = 0.4
    best = ax.bar([x - w / 2 for x in xs], [r["intercepted_best"] for r in data], w, label="best", color=BEST)
    high = ax.bar([x + w / 2 for x in xs], [r["intercepted_high"] for r in data], w, label="high", color=HIGH)
    ax.bar_label(best, fontsize=8, padding=2)
    ax.bar_label(high, fontsize=8, padding=2)
    ax.set_xticks(list(xs), [r["region_code"] for r in data], rotation=45 if len(data) > 8 else 0, ha="center")
    _style(ax, title, "drones intercepted")
    ax.margins(y=0.12)
    ax.legend(frameon=False)
    return Chart("intercepts_per_region", title, _png(fig), caption)


def daily_intercepts(rows: Iterable[dict[str, Any]]) -> Chart:
    """One panel per region, one bar per calendar day (best figure), on a shared time axis.

    Bars rather than lines: days nobody reported stay empty instead of being bridged by a
    line that suggests figures in between.
    """
    title = "Daily intercepts, top regions"
    caption = (
        "Drones intercepted per calendar day (best figure) in the regions with the most dated intercepts; "
        "a day without a bar is a day without a dated report."
    )
    series: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for r in rows:
        if r["date"] is not None:
            series[r["region_code"]].append((r["date"], r["intercepted_best"]))
    if not series:
        return Chart(
            "daily_intercepts",
            title,
            _empty(title, "No dated intercepts yet: the claims give no calendar day\n(undated or relative time only)."),
            caption,
        )
    regions = sorted(series, key=lambda k: (-sum(n for _, n in series[k]), k))
    days = [d for points in series.values() for d, _ in points]
    span = (max(days) - min(days)).days
    pad = timedelta(days=max(1, span // 40))  # a lone day would otherwise span years
    fig = _figure(height=max(2.8, 1.0 + 1.25 * len(regions)))
    axes = fig.subplots(len(regions), 1, sharex=True, squeeze=False)[:, 0]
    width = max(0.6 if span <= 14 else 0.8, span / 250)  # in days: visible bars however long the range
    for ax, region in zip(axes, regions, strict=True):
        points = sorted(series[region])
        ax.bar([d for d, _ in points], [n for _, n in points], width=width, color=BEST, label=region)
        ax.text(0.005, 0.92, region, transform=ax.transAxes, va="top", fontsize=9, fontweight="bold")
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="y", color="#d0d7de", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
        ax.margins(y=0.25)
    axes[0].set_title(title, loc="left", fontsize=13)
    axes[0].set_xlim(min(days) - pad, max(days) + pad)
    if span <= 14:  # few days: one tick per day, never hours
        axes[-1].xaxis.set_major_locator(DayLocator())
        axes[-1].xaxis.set_major_formatter(DateFormatter("%b %d\n%Y"))
    else:
        locator = AutoDateLocator()
        axes[-1].xaxis.set_major_locator(locator)
        axes[-1].xaxis.set_major_formatter(ConciseDateFormatter(locator))
    fig.supylabel("drones intercepted (best)", fontsize=10)
    return Chart("daily_intercepts", title, _png(fig), caption)


def claims_per_authority(rows: Iterable[dict[str, Any]]) -> Chart:
    """Horizontal stacked bars: how many claims each authority made, by event type."""
    title = "Claims per authority"
    caption = "Claims (statements in documents, repeats included) by the authority they name, per event type."
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        counts[r["authority"]][r["event_type"]] = r["claims"]
    if not counts:
        return Chart("claims_per_authority", title, _empty(title, "No claims in the warehouse yet."), caption)
    order = sorted(counts, key=lambda a: (-sum(counts[a].values()), a))[:MAX_BARS]
    order.reverse()  # largest on top
    types = [t for t in TYPE_COLORS if any(t in counts[a] for a in order)]
    types += sorted({t for a in order for t in counts[a]} - set(types))
    fig = _figure(height=max(2.8, 0.42 * len(order) + 1.6))
    ax = fig.add_subplot()
    left = [0] * len(order)
    widest = max(sum(counts[a].values()) for a in order)
    for t in types:
        values = [counts[a].get(t, 0) for a in order]
        bars = ax.barh(order, values, left=left, label=t, color=TYPE_COLORS.get(t, "#8c959f"))
        fits = [v and v >= 0.05 * widest for v in values]  # a label wider than its segment is noise
        labels = [str(v) if ok else "" for v, ok in zip(values, fits, strict=True)]
        ax.bar_label(bars, labels=labels, label_type="center", fontsize=8, color="white")
        left = [x + v for x, v in zip(left, values, strict=True)]
    ax.set_title(title, loc="left", fontsize=13)
    ax.set_xlabel("claims")
    ax.set_xlim(0, widest * 1.04)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="#d0d7de", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(frameon=False, loc="lower right")
    return Chart("claims_per_authority", title, _png(fig), caption)
