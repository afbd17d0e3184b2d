"""The report's pages: `index.html` (how to read it, filters, charts, tables, the evidence of the
largest and most repeated events) and one evidence page per region and per authority.

Every number in a table links to the sentences that support it. Pages load nothing from the
network (inline CSS and script, PNGs as data URIs); each table's CSV sits beside them in `csv/`.
Evidence lives on its own pages so the main page stays small however large the warehouse. All
text from the warehouse passes through `html.escape`: evidence is scraped news text.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pipelines.reports.charts import Chart
from pipelines.reports.data import ReportData, Table
from pipelines.reports.explain import how_to_read
from pipelines.reports.filters import filter_form, filter_script
from pipelines.reports.names import place_name

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
.filters { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line);
           display: flex; gap: 14px; flex-wrap: wrap; align-items: center; z-index: 1; }
.explain dt { font-weight: 600; margin-top: 8px; } .explain dd { margin-left: 0; }
.shown, .csv { color: var(--muted); font-size: 13px; margin: 0 12px 0 0; display: inline-block; }
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
    "event": "Evidence for the events above",
}
PAGED = ("region", "authority")  # evidence kinds on pages of their own, one per section


def evidence_page(kind: str, key: str) -> str:
    """The file, relative to the report folder, that holds one region's or authority's evidence."""
    return f"evidence/{anchor(kind, key)}.html"


def csv_name(table_id: str) -> str:
    return f"csv/{table_id}.csv"


def anchor(kind: str, key: str, sub: str | None = None) -> str:
    """A stable, valid id for a section: anything outside [A-Za-z0-9_-] is hex-encoded."""
    slug = re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}", str(key))
    return f"{kind}-{slug}" + (f"--{sub}" if sub else "")


def _num(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:,}" if isinstance(value, int) else escape(str(value))


def _link(href: str, text: str) -> str:
    """`href` is '#id' on this page or 'file.html#id' beside it."""
    return f'<a href="{escape(href)}">{text}</a>'


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


Cell = Callable[[str, dict[str, Any]], str]
RowAttrs = Callable[[dict[str, Any]], dict[str, str | None]]
NUMERIC = {
    "intercepted_best", "intercepted_high", "attacks", "launched", "days", "undated_rows", "events", "claims",
    "intercepted", "intercepted_in_totals", "regions", "amount", "n_claims", "n_documents", "intercepted_share",
    "regional_intercepted", "unallocated", "launched_7d", "intercepted_7d",
}  # fmt: skip


def _attrs(values: dict[str, str | None]) -> str:
    return "".join(f' data-{k}="{escape(v)}"' for k, v in values.items() if v)


def _table(
    table_id: str,
    table: Table,
    caption: str,
    cell: Cell | None = None,
    row_attrs: RowAttrs | None = None,
    dated: bool = False,
) -> str:
    """A table with its CSV link; with `row_attrs` the filters narrow it (`dated`: the date range too)."""
    cell = cell or (lambda c, r: _num(r[c]))
    head = "".join(f"<th>{escape(c)}</th>" for c in table.columns)
    body = []
    for row in table.dicts():
        tds = "".join(
            f'<td class="n">{cell(c, row)}</td>' if c in NUMERIC else f"<td>{cell(c, row)}</td>" for c in table.columns
        )
        body.append(f"<tr{_attrs(row_attrs(row)) if row_attrs else ''}>{tds}</tr>")
    if not body:
        body.append(f'<tr data-empty=""><td colspan="{max(len(table.columns), 1)}">no rows</td></tr>')
    cls = ' class="filterable"' if row_attrs else ""
    flags = " data-dated" if dated else ""
    return (
        f'<table id="{table_id}"{cls}{flags}><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f'<p class="shown" id="{table_id}-shown">{len(table):,} rows</p>'
        f'<a class="csv" href="{csv_name(table_id)}" download>CSV</a>'
    )


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
        """An href: `evidence/<page>.html#<id>` for paged kinds, `#<id>` on the main page."""
        page = evidence_page(kind, key) if kind in PAGED else ""
        for candidate in (anchor(kind, key, sub) if sub else None, anchor(kind, key)):
            if candidate and candidate in self.ids:
                return f"{page}#{candidate}"
        return f"#evidence-{kind}"  # no evidence rows: the section's heading on the main page


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


def _section_html(kind: str, section: Any, srows: list[dict[str, Any]]) -> str:
    total = srows[0]["n_section"]
    shown = f"{len(srows)} of {total:,} claims" if total > len(srows) else f"{total:,} claim(s)"
    name = place_name(str(section)) if kind == "region" else ""
    title = escape(str(section)) + (f" · {escape(name)}" if name else "")
    parts = [f'<section id="{anchor(kind, section)}"><h3>{title} <small>{shown}</small></h3>']
    if kind == "region":  # subsections per event type, so each column links to its own claims
        for etype, trows in _grouped(srows, "event_type").items():
            parts.append(f'<div id="{anchor(kind, section, etype)}"><h4>{escape(etype)}</h4>')
            parts.extend(_event_html(ev) for ev in _grouped(trows, "event_id").values())
            parts.append("</div>")
    else:
        parts.extend(_event_html(ev) for ev in _grouped(srows, "event_id").values())
    parts.append("</section>")
    return "\n".join(parts)


def _evidence_html(kind: str, table: Table) -> str:
    """Every section of one kind, on the main page."""
    parts = [f'<h2 id="evidence-{kind}">{escape(SECTION_TITLES[kind])}</h2>']
    rows = table.dicts()
    if not rows:
        parts.append("<p>No claims.</p>")
    parts.extend(_section_html(kind, section, srows) for section, srows in _grouped(rows, "section").items())
    return "\n".join(parts)


def _evidence_index(kind: str, table: Table) -> str:
    """On the main page: a link to each section's own page."""
    sections = _grouped(table.dicts(), "section")
    items = []
    for section, srows in sections.items():
        name = place_name(str(section)) if kind == "region" else ""
        label = escape(str(section)) + (f" ({escape(name)})" if name else "")
        items.append(
            f"<li>{_link(evidence_page(kind, section), label)} <small>{srows[0]['n_section']:,} claims</small></li>"
        )
    body = f'<ul class="evidence-index">{"".join(items)}</ul>' if items else "<p>No claims.</p>"
    return f'<h2 id="evidence-{kind}">{escape(SECTION_TITLES[kind])}</h2>\n{body}'


def _document(title: str, body: str, script: str = "") -> str:
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
{body}
{script}
</body>
</html>
"""


def render_evidence_pages(data: ReportData) -> dict[str, str]:
    """{relative path: HTML}: one page per region and per authority with claims."""
    pages = {}
    for kind in PAGED:
        table = data.evidence.get(kind)
        if table is None:
            continue
        for section, srows in _grouped(table.dicts(), "section").items():
            heading = f"{SECTION_TITLES[kind]}: {section}"
            body = (
                f'<header><p><a href="../index.html">← the report</a></p><h1>{escape(heading)}</h1>'
                f'<p class="meta">Generated {escape(data.generated_at)} · claims grouped by event; '
                "a capped section says how many it shows</p></header>"
                f"<main>{_section_html(kind, section, srows)}</main>"
            )
            pages[evidence_page(kind, section)] = _document(heading, body)
    return pages


def _with_names(table: Table, after: str = "region_code") -> Table:
    """The table with `region_name` (ISO 3166 name) after its code column."""
    if after not in table.columns:
        return table
    i = table.columns.index(after) + 1
    cols = [*table.columns[:i], "region_name", *table.columns[i:]]
    return Table(cols, [(*r[:i], place_name(str(r[i - 1])), *r[i:]) for r in table.rows])


def _month_end(month: Any) -> str:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) if month else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


def report_tables(data: ReportData) -> dict[str, Table]:
    """Every table the main page shows, by id (also the CSV file's name)."""
    return {
        "region_totals": _with_names(data.region_totals),
        "region_months": _with_names(data.region_months),
        "national_daily": data.national_daily,
        "national_monthly": data.national_monthly,
        "authority_totals": data.authority_totals,
        "top_events": _with_names(data.top_events),
        "largest_events": _with_names(data.largest_events),
    }


def render_index(data: ReportData, charts: list[Chart]) -> str:
    anchors = _Anchors(data.evidence)
    t = report_tables(data)

    def region_cell(col: str, r: dict[str, Any]) -> str:
        code = r["region_code"]
        if col == "region_code":
            return _link(anchors.best("region", code), escape(code))
        if col in REGION_COLUMN_TYPES:
            return _link(anchors.best("region", code, REGION_COLUMN_TYPES[col]), _num(r[col]))
        return _num(r[col])

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
        if col == "region_code":
            return _link(anchors.best("region", r[col]), escape(r[col])) if "-" in r[col] else escape(r[col])
        return escape(str(r[col]))

    def event_attrs(r: dict[str, Any]) -> dict[str, str | None]:
        day = str(r["day"])
        return {"region": r["region_code"], "authority": r["authority"], "date": day if day[:1].isdigit() else None}

    tables = [
        '<h2 id="tables">Tables</h2>',
        '<h3 id="regions">Region totals</h3>',
        _table(
            "region_totals",
            t["region_totals"],
            "Every date, events not repeats: best = the largest authority's figure, high = the sum over "
            "authorities (How to read this). Every number links to its claims. Filter: region.",
            region_cell,
            lambda r: {"region": r["region_code"]},
        ),
        "<h3>Regions by month</h3>",
        _table(
            "region_months",
            t["region_months"],
            "Dated days only, added up per calendar month. Filters: region, date range.",
            region_cell,
            lambda r: {"region": r["region_code"], "date": _iso(r["month"]), "date-end": _iso(_month_end(r["month"]))},
            dated=True,
        ),
        '<h3 id="national">National series</h3>',
        _table(
            "national_daily",
            t["national_daily"],
            "Per day and reporting side, from country-level statements (best); unallocated = the national "
            "figure beyond the side's regions. Filters: region (its country), date range.",
            row_attrs=lambda r: {"region": r["side"], "date": _iso(r["date"])},
            dated=True,
        ),
        _table(
            "national_monthly",
            t["national_monthly"],
            "Per calendar month and side; the share is over days that report both figures.",
            row_attrs=lambda r: {
                "region": r["side"],
                "date": _iso(r["month"]),
                "date-end": _iso(_month_end(r["month"])),
            },
            dated=True,
        ),
        "<h3>Authority totals</h3>",
        _table(
            "authority_totals",
            t["authority_totals"],
            "Per reporting authority, over its events (totals counted separately). Filter: authority.",
            authority_cell,
            lambda r: {"authority": r["authority"]},
        ),
        '<h3 id="events">Most repeated events</h3>',
        _table(
            "top_events",
            t["top_events"],
            "The events reported by the most documents. Filters: region, authority, date range.",
            event_cell,
            event_attrs,
            dated=True,
        ),
        "<h3>Largest events</h3>",
        _table(
            "largest_events",
            t["largest_events"],
            "The events with the most drones, totals included. Filters: region, authority, date range.",
            event_cell,
            event_attrs,
            dated=True,
        ),
    ]
    evidence = [
        _evidence_index(kind, data.evidence[kind]) if kind in PAGED else _evidence_html(kind, data.evidence[kind])
        for kind in SECTION_TITLES
        if kind in data.evidence
    ]
    nav = " ".join(
        [_link("#how-to-read", "How to read this")]
        + [_link(f"#chart-{c.slug}", escape(c.title)) for c in charts]
        + [_link("#tables", "Tables"), _link("#national", "National series"), _link("#events", "Events")]
        + [_link(f"#evidence-{k}", escape(t)) for k, t in SECTION_TITLES.items() if k in data.evidence]
    )
    region_codes = sorted(
        {r["region_code"] for r in data.region_totals.dicts()} | {r["side"] for r in data.national_daily.dicts()}
    )
    regions = [(code, f"{code} · {place_name(code)}" if place_name(code) else code) for code in region_codes]
    authorities = sorted(r["authority"] for r in data.authority_totals.dicts())
    n_claims = sum(r["claims"] for r in data.authority_claims.dicts())
    body = f"""<header>
<h1>UAV interceptions: report</h1>
<p class="meta">Generated {escape(data.generated_at)} from <code>{escape(data.warehouse)}</code> ·
{len(data.region_totals):,} regions · {len(data.authority_totals):,} authorities · {n_claims:,} claims</p>
<nav>{nav}</nav>
</header>
{filter_form(regions, authorities)}
<main>
{how_to_read(data.coverage)}
<h2>Charts</h2>
{_charts_html(charts)}
{"".join(tables)}
{"".join(evidence)}
</main>"""
    return _document("UAV interceptions: report", body, filter_script())


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            elif name == "href" and value:
                self.hrefs.append(value)


def _collect(page: str) -> _LinkCollector:
    parser = _LinkCollector()
    parser.feed(page)
    return parser


def dangling_links(page: str) -> list[str]:
    """In-page links (#id) whose target id the page does not define."""
    parser = _collect(page)
    return sorted({h[1:] for h in parser.hrefs if h.startswith("#") and h[1:] not in parser.ids})


EXTERNAL = ("http://", "https://", "data:", "mailto:")


def broken_links(directory: Path) -> list[str]:
    """Links between the report's files ('page.html#id', 'csv/x.csv', '#id') that point nowhere."""
    pages = {p: _collect(p.read_text(encoding="utf-8")) for p in sorted(directory.rglob("*.html"))}
    broken = []
    for page, parser in pages.items():
        for href in parser.hrefs:
            if href.startswith(EXTERNAL):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            ok = target.exists() and (not fragment or fragment in (pages.get(target) or _collect("")).ids)
            if not ok:
                broken.append(f"{page.relative_to(directory)} -> {href}")
    return sorted(set(broken))
