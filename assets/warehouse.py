"""Warehouse group: events from claims, then the DuckDB file with tables and views."""

from datetime import timedelta

import dagster as dg

from assets.resources import PipelineSettings
from pipelines import stages
from pipelines.warehouse.build import TABLES, VIEWS
from pipelines.warehouse.query import check_sql, connect_readonly, rows


@dg.asset(
    group_name="warehouse",
    kinds={"python", "polars", "parquet"},
    owners=["team:uav-etl"],
    deps=["claims"],
    pool="duckdb",
    description=(
        "One row per real-world event: claims from different documents that report the same thing "
        "(type, place, number, compatible reporter and day, or the same syndicated story) are merged, "
        "each event linking to all its claims. Totals record the remainder their parts leave unallocated."
    ),
)
def events(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    result = stages.derive_events(pipeline.resolve())
    context.log.info(f"{result.events} events from {result.linked_claims} claims; {result.rejected} events rejected")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": result.events,
            "linked_claims": result.linked_claims,
            "rejected_events": result.rejected,
            "multi_source_events": result.multi_source_events,
        }
    )


def _table_schema(con, name: str) -> dg.TableSchema:
    cols = con.execute(
        "select column_name, data_type, is_nullable from information_schema.columns where table_name = ? order by ordinal_position",
        [name],
    ).fetchall()
    return dg.TableSchema(
        columns=[dg.TableColumn(c, t, constraints=dg.TableColumnConstraints(nullable=n == "YES")) for c, t, n in cols]
    )


def _markdown(cols: list[str], data: list[tuple]) -> str:
    head = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols)
    body = "\n".join("| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in data)
    return head + "\n" + body


@dg.asset(
    group_name="warehouse",
    kinds={"duckdb", "sql"},
    owners=["team:uav-etl"],
    deps=["events", "claims"],
    pool="duckdb",
    # the nightly run keeps it fresh: more than 26 hours without a publish shows as stale in the UI
    freshness_policy=dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=25)),
    description=(
        "The DuckDB warehouse (UAV_WAREHOUSE): tables documents, document_sources, claims, events, "
        "event_claims, rejects and views region_totals, region_daily, authority_totals. Built into a new "
        "file and published with an atomic rename, so readers never wait on a lock."
    ),
)
def warehouse(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    counts = stages.publish(s)
    con = connect_readonly(s.warehouse)
    try:
        schemas = {t: _table_schema(con, t) for t in (*TABLES, *VIEWS)}
    finally:
        con.close()
    cols, top = rows(s.warehouse, "select * from region_totals limit 15")
    context.log.info(f"warehouse published at {s.warehouse}: {counts}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(s.warehouse)),
            **{f"rows/{t}": n for t, n in counts.items()},
            "dagster/row_count": counts["events"],
            "dagster/column_schema": schemas["events"],
            **{f"schema/{t}": v for t, v in schemas.items()},
            "region_totals": dg.MetadataValue.md(_markdown(cols, top)),
            "changes": stages.publish_summary(s),
        }
    )


def _sql_check(path, name: str) -> dg.AssetCheckResult:
    cols, bad = rows(path, check_sql(name))
    return dg.AssetCheckResult(
        passed=not bad,
        metadata={
            "failing_rows": len(bad),
            "examples": dg.MetadataValue.md(_markdown(cols, bad[:10]) if bad else "none"),
        },
    )


@dg.asset_check(asset=warehouse, description="Every event is supported by at least one claim.")
def no_event_without_claim(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "events_without_claims")


@dg.asset_check(asset=warehouse, description="Each total equals the sum of its parts plus the unallocated remainder.")
def totals_balance(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "totals_not_balanced")


@dg.asset_check(asset=warehouse, description="No two events share an id.")
def event_ids_unique(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "duplicate_event_ids")


@dg.asset_check(asset=warehouse, description="Every claim points at a stored document.")
def claims_have_documents(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "claims_without_document")
