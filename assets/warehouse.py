"""Warehouse group: events from claims, then the DuckDB file and each of its tables and views."""

import warnings
from collections.abc import Iterator
from datetime import timedelta

import dagster as dg

from assets import tables
from assets.resources import PipelineSettings
from pipelines import stages
from pipelines.config import settings
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


def _markdown(cols: list[str], data: list[tuple]) -> str:
    head = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols)
    body = "\n".join("| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in data)
    return head + "\n" + body


RELATIONS = tables.catalog()
WAREHOUSE_FILE = dg.AssetSpec(
    "warehouse",
    group_name="warehouse",
    kinds={"duckdb"},
    owners=["team:uav-etl"],
    deps=["events", "claims"],
    # the nightly run keeps it fresh: more than 26 hours without a publish shows as stale in the UI
    freshness_policy=dg.FreshnessPolicy.time_window(fail_window=timedelta(hours=26), warn_window=timedelta(hours=25)),
    description=(
        "The DuckDB file (UAV_WAREHOUSE) that holds the tables and views of the group `warehouse/`. Built into "
        "a new file and published with an atomic rename, so readers never wait on a lock."
    ),
)


def table_key(name: str) -> dg.AssetKey:
    return dg.AssetKey(["warehouse", name])


def _sql_reference(rel: tables.Relation) -> dg.CodeReferencesMetadataValue:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.BetaWarning)  # code references are beta in Dagster 1.13
        where = dg.LocalFileCodeReference(file_path=str(rel.file), line_number=rel.line, label=f"SQL: {rel.name}")
        return dg.CodeReferencesMetadataValue(code_references=[where])


def _table_spec(rel: tables.Relation) -> dg.AssetSpec:
    metadata = {
        "dagster/table_name": f"{settings().warehouse.stem}.main.{rel.name}",
        "dagster/code_references": _sql_reference(rel),
    }
    if rel.kind == "table":  # a view's columns and types are known once DuckDB has planned it
        metadata["dagster/column_schema"] = tables.table_schema(rel)
    return dg.AssetSpec(
        table_key(rel.name),
        group_name="warehouse",
        kinds={"duckdb", rel.kind},
        owners=["team:uav-etl"],
        deps=[WAREHOUSE_FILE.key],
        description=rel.description,
        metadata=metadata,
    )


@dg.multi_asset(
    name="warehouse",
    specs=[WAREHOUSE_FILE, *(_table_spec(r) for r in RELATIONS.values())],
    pool="duckdb",
)
def warehouse(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> Iterator[dg.MaterializeResult]:
    """One publish writes every table and view; each reports its whole size and schema."""
    s = pipeline.resolve()
    counts = stages.publish(s)
    con = connect_readonly(s.warehouse)
    try:
        schemas = tables.published_schemas(con, RELATIONS)
        sizes = tables.row_counts(con, list(RELATIONS))
    finally:
        con.close()
    cols, top = rows(s.warehouse, "select * from region_totals limit 15")
    context.log.info(f"warehouse published at {s.warehouse}: {counts}")
    where = dg.MetadataValue.path(str(s.warehouse))
    yield dg.MaterializeResult(
        asset_key=WAREHOUSE_FILE.key,
        metadata={
            "path": where,
            **{f"rows/{t}": n for t, n in sizes.items()},
            "region_totals": dg.MetadataValue.md(_markdown(cols, top)),
            "changes": stages.publish_summary(s),
        },
    )
    for name in RELATIONS:
        yield dg.MaterializeResult(
            asset_key=table_key(name),
            metadata={
                "warehouse": where,  # the asset history mixes files unless DAGSTER_HOME is per file
                "dagster/table_name": f"{s.warehouse.stem}.main.{name}",
                "dagster/row_count": sizes[name],
                "dagster/column_schema": schemas[name],
            },
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


@dg.asset_check(asset=table_key("events"), description="Every event is supported by at least one claim.")
def no_event_without_claim(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "events_without_claims")


@dg.asset_check(
    asset=table_key("events"), description="Each total equals the sum of its parts plus the unallocated remainder."
)
def totals_balance(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "totals_not_balanced")


@dg.asset_check(asset=table_key("events"), description="No two events share an id.")
def event_ids_unique(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "duplicate_event_ids")


@dg.asset_check(asset=table_key("claims"), description="Every claim points at a stored document.")
def claims_have_documents(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    return _sql_check(pipeline.resolve().warehouse, "claims_without_document")
