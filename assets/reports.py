"""Reports group: charts and an evidence-linked HTML page over the published warehouse."""

import base64

import dagster as dg

from assets.resources import PipelineSettings
from pipelines.reports import build_reports
from pipelines.reports.page import broken_links


@dg.asset(
    group_name="reports",
    kinds={"python", "matplotlib", "html"},
    owners=["team:uav-etl"],
    deps=["warehouse"],
    description=(
        "What analysts see: PNG charts (intercepts per region, daily intercepts of the top regions, claims "
        "per authority) and reports/index.html beside the warehouse: how to read it, filters, region, national and "
        "event tables with CSVs in reports/csv/, every number linked to the evidence sentences behind it (one "
        "page per region and authority in reports/evidence/). Reads the published warehouse read-only."
    ),
)
def reports(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    report = build_reports(s.warehouse, s.reports)
    context.log.info(f"reports written to {report.directory}")
    charts = {}
    for chart, path in report.charts:
        # a data URI so the chart renders in the UI's metadata without serving files
        uri = "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")
        charts[chart.title.lower()] = dg.MetadataValue.md(f"![{chart.title}]({uri})\n\n{chart.caption}\n\n`{path}`")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(report.index)),
            **charts,
            "regions": len(report.data.region_totals),
            "authorities": len(report.data.authority_totals),
            "evidence_claims_linked": sum(len(t) for t in report.data.evidence.values()),
        }
    )


@dg.asset_check(
    asset=reports,
    description="Every link between the report's pages (numbers to evidence, tables to CSV) resolves.",
)
def report_links_resolve(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    index = pipeline.resolve().reports / "index.html"
    if not index.exists():
        return dg.AssetCheckResult(passed=False, metadata={"missing": dg.MetadataValue.path(str(index))})
    broken = broken_links(index.parent)
    return dg.AssetCheckResult(
        passed=not broken,
        metadata={"dangling_links": len(broken), "examples": ", ".join(broken[:10]) or "none"},
    )
