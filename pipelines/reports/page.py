"""The self-contained `index.html`: charts, the tables behind them, and the evidence trail.

Every number in a table links to the sentences that support it. The page has no external
assets (inline CSS, PNGs as data URIs), so it can be mailed or archived as one file. All text
from the warehouse passes through `html.escape`: evidence is scraped news text.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable
from html import escape
from html.parser import HTMLParser
from typing import Any

from pipelines.reports.charts import Chart
from pipelines.reports.data import ReportData, Table

CSS = """
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --accent:#0969da; --bg2:#f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
       margin: 0 auto; max-width: 1120px; padding: 24px; }
h1 { margin: 0 0 4px; font-size: 26px; } h2 { margin-top: 40px; border-bottom: 1px solid var(--line); }
h3 { margin: 24px 0 6px; } h4 { margin: 14px 0 4px; text-transform: capitalize; color: var(--muted); }
.meta, small, .src, caption, figcaption { color: var(--muted); font-size: 13px; }
nav a { margin-right: 14px; } a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
figure { margin: 18px 0; } figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; margin: 8px 0 4px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left; }
th { background: var(--bg2); } td.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { caption-side: bottom; text-align: left; padding-top: 4px; }
.event { border-left: 3px solid var(--line); margin: 8px 0 12px; padding: 2px 0 2px 12px; }
.event-head { margin: 0; } ol { margin: 4px 0; padding-left: 22px; }
blockquote { margin: 4px 0 0; padding: 4px 10px; background: var(--bg2); border-radius: 4px; }
.src { margin: 2px 0 8px; } code { font-size: 12px; }
:target { outline: 2px solid #bf8700; outline-offset: 4px; }
"""

# which evidence subsection a region_totals column is counted from
REGION_COLUMN_TYPES = {
    "intercepted_best": "intercept",
    "intercepted_high": "intercept",
    "attacks": "attack",
    "launched": "launch",
}
SECTION_TITLES = {
    "region": "Evidence by region",
    "authority": "Evidence by authority",
    "event": "Evidence for the top events",
}


def anchor(kind: str, key: str, sub: str | None = None) -> str:
    """A stable, valid id for a section: anything outside [A-Za-z0-9_-] is hex-encoded."""
    slug = re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}", str(key))
    return f"{kind}-{slug}" + (f"--{sub}" if sub else "")


def _num(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else escape(str(value))


def _link(target: str, text: str) -> str:
    return f'<a href="#{escape(target)}">{text}</a>'


def _day(row: dict[str, Any]) -> str:
    if row.get("date") is not None:
        return str(row["date"])
    if row.get("date_text"):
        return f"undated: “{row['date_text']}”"
    return "undated"


def _event_day(e: dict[str, Any]) -> str:
    if e["event_date"] is not None:
        return str(e["event_date"])
    # day_key of an undated event: 'undated:<story>:<time expression or ->'
    expr = e["day_key"].rsplit(":", 1)[-1] if e["day_key"].startswith("undated:") else e["day_key"]
    return f"undated: “{expr}”" if expr and expr != "-" else "undated"


def _table(
    table: Table,
    caption: str,
    cell: Callable[[str, dict[str, Any]], str],
    numeric: set[str],
) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.dicts():
        tds = "".join(
            f'<td class="n">{cell(c, row)}</td>' if c in numeric else f"<td>{cell(c, row)}</td>" for c in table.columns
        )
        body.append(f"<tr>{tds}</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(table.columns)}">no rows</td></tr>')
    return f"<table><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


class _Anchors:
    """The ids the evidence sections define, to link numbers to the most specific one."""

    def __init__(self, evidence: dict[str, Table]) -> None:
        self.ids: set[str] = set()
        for kind, table in evidence.items():
            for r in table.dicts():
                self.ids.add(anchor(kind, r["section"]))
                if kind == "region":
                    self.ids.add(anchor(kind, r["section"], r["event_type"]))

    def best(self, kind: str, key: str, sub: str | None = None) -> str:
        for candidate in (anchor(kind, key, sub) if sub else None, anchor(kind, key)):
            if candidate and candidate in self.ids:
                return candidate
        return f"evidence-{kind}"  # capped away or empty: the section's heading


def _charts_html(charts: Iterable[Chart]) -> str:
    out = []
    for c in charts:
        data = base64.b64encode(c.png).decode("ascii")
        out.append(
            f'<figure id="chart-{escape(c.slug)}"><img src="data:image/png;base64,{data}" alt="{escape(c.title)}">'
            f"<figcaption>{escape(c.caption)}</figcaption></figure>"
        )
    return "\n".join(out)


def _claim_html(r: dict[str, Any]) -> str:
    count = r["count"] if r["count"] is not None else f"≥{r['count_low']}" if r["count_low"] is not None else "?"
    doc = f"<code>{escape(r['doc'])}</code>"
    url = r.get("url") or ""
    if url.startswith(("http://", "https://")):  # never a javascript: link from scraped input
        doc = f'<a href="{escape(url)}" rel="noopener noreferrer">{doc}</a>'
    title = f" “{escape(r['title'])}”" if r.get("title") else ""
    return (
        f"<li><blockquote>{escape(r['evidence'])}</blockquote>"
        f'<p class="src">document {doc}{title} · authority <b>{escape(r["authority"])}</b> · '
        f"said {escape(str(count))} · {escape(_day(r))} · claim <code>{escape(r['claim_id'])}</code></p></li>"
    )


def _event_html(rows: list[dict[str, Any]]) -> str:
    e = rows[0]
    total = " (total)" if e["is_total"] else ""
    head = (
        f'<p class="event-head">event <code>{escape(e["event_id"])}</code>{total}: '
        f"<b>{_num(e['amount'])}</b> {escape(e['event_type'])} · {escape(e['event_authority'])} · "
        f"{escape(_event_day(e))} · {len(rows)} claim(s) shown</p>"
    )
    return f'<div class="event">{head}<ol>{"".join(_claim_html(r) for r in rows)}</ol></div>'


def _grouped(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    out: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r)
    return out


def _evidence_html(kind: str, table: Table) -> str:
    parts = [f'<h2 id="evidence-{kind}">{escape(SECTION_TITLES[kind])}</h2>']
    rows = table.dicts()
    if not rows:
        parts.append("<p>No claims.</p>")
    for section, srows in _grouped(rows, "section").items():
        total = srows[0]["n_section"]
        shown = f"{len(srows)} of {total:,} claims" if total > len(srows) else f"{total:,} claim(s)"
        parts.append(f'<section id="{anchor(kind, section)}"><h3>{escape(str(section))} <small>{shown}</small></h3>')
        if kind == "region":  # subsections per event type, so each column links to its own claims
            for etype, trows in _grouped(srows, "event_type").items():
                parts.append(f'<div id="{anchor(kind, section, etype)}"><h4>{escape(etype)}</h4>')
                parts.extend(_event_html(ev) for ev in _grouped(trows, "event_id").values())
                parts.append("</div>")
        else:
            parts.extend(_event_html(ev) for ev in _grouped(srows, "event_id").values())
        parts.append("</section>")
    return "\n".join(parts)


def render_index(data: ReportData, charts: list[Chart]) -> str:
    anchors = _Anchors(data.evidence)

    def region_cell(col: str, r: dict[str, Any]) -> str:
        code = r["region_code"]
        if col == "region_code":
            return _link(anchors.best("region", code), escape(code))
        return _link(anchors.best("region", code, REGION_COLUMN_TYPES.get(col)), _num(r[col]))

    def authority_cell(col: str, r: dict[str, Any]) -> str:
        target = anchors.best("authority", r["authority"])
        return _link(target, escape(r[col]) if col == "authority" else _num(r[col]))

    def event_cell(col: str, r: dict[str, Any]) -> str:
        target = anchors.best("event", r["event_id"])
        if col in ("event_id", "amount", "n_claims", "n_documents"):
            text = f"<code>{escape(r[col])}</code>" if col == "event_id" else _num(r[col])
            return _link(target, text)
        if col == "is_total":
            return "total" if r[col] else ""
        return escape(str(r[col]))

    n_claims = sum(r["claims"] for r in data.authority_claims.dicts())
    tables = [
        '<h2 id="tables">Tables</h2>',
        "<h3>Region totals</h3>",
        _table(
            data.region_totals,
            "Events, not repeats: best = largest single authority per day, high = sum over authorities. "
            "Every number links to its claims.",
            region_cell,
            {"intercepted_best", "intercepted_high", "attacks", "launched", "days"},
        ),
        "<h3>Authority totals</h3>",
        _table(
            data.authority_totals,
            "Per reporting authority, over its events (totals counted separately).",
            authority_cell,
            {"events", "claims", "intercepted", "intercepted_in_totals", "attacks", "launched", "regions"},
        ),
        "<h3>Top events</h3>",
        _table(
            data.top_events,
            "The events reported by the most documents.",
            event_cell,
            {"amount", "n_claims", "n_documents"},
        ),
    ]
    evidence = [_evidence_html(kind, data.evidence[kind]) for kind in SECTION_TITLES if kind in data.evidence]
    nav = " ".join(
        [_link(f"chart-{c.slug}", escape(c.title)) for c in charts]
        + [_link("tables", "Tables")]
        + [_link(f"evidence-{k}", escape(t)) for k, t in SECTION_TITLES.items() if k in data.evidence]
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>UAV interceptions: report</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>UAV interceptions: report</h1>
<p class="meta">Generated {escape(data.generated_at)} from <code>{escape(data.warehouse)}</code> ·
{len(data.region_totals):,} regions · {len(data.authority_totals):,} authorities · {n_claims:,} claims</p>
<nav>{nav}</nav>
</header>
<main>
<h2>Charts</h2>
{_charts_html(charts)}
{"".join(tables)}
{"".join(evidence)}
</main>
</body>
</html>
"""


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name == "href" and value and value.startswith("#"):
                self.fragments.append(value[1:])


def dangling_links(page: str) -> list[str]:
    """In-page links (#id) whose target id the page does not define."""
    parser = _LinkCollector()
    parser.feed(page)
    return sorted({f for f in parser.fragments if f not in parser.ids})
