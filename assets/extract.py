"""Extract group: staged documents to validated claims, committed to the lake as one batch."""

import dagster as dg
import polars as pl

from assets.resources import PipelineSettings
from pipelines import stages
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse.lake import Lake


@dg.asset(
    group_name="extract",
    kinds={"python", "polars", "pandera"},
    owners=["team:uav-etl"],
    deps=["raw_documents"],
    pool="duckdb",
    description=(
        "Claims (who said how many drones were intercepted, launched or struck, where and when) extracted "
        "from the new documents by the rule-based extractor and validated with Pandera. Rows that fail a "
        "check are quarantined in `rejects` with the check's name."
    ),
)
def claims(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    result = stages.extract(s, workers=pipeline.workers or None)
    context.log.info(
        f"extracted {result.claims} claims from {result.documents} documents; {result.rejected_claims} rows rejected"
    )
    return dg.MaterializeResult(
        metadata={
            "documents": result.documents,
            "claims": result.claims,
            "rejected_claim_rows": result.rejected_claims,
            "reject_share": round(result.reject_share, 4),
            "lake_batch": result.batch or "none (nothing new)",
            "dagster/row_count": result.claims,
        }
    )


@dg.asset_check(
    asset=claims,
    blocking=True,
    description="Share of claim rows rejected by the Pandera schema in the last batch stays under UAV_REJECT_THRESHOLD (default 0.2).",
)
def claims_reject_share(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    s = pipeline.resolve()
    lake = Lake(s.lake)
    batches = lake.batches()
    if not batches:
        return dg.AssetCheckResult(passed=True, metadata={"note": "no batch yet"})
    last = batches[-1].name
    n_claims = lake.scan("claims", CLAIM_SCHEMA).filter(pl.col("batch") == last).select(pl.len()).collect().item()
    rejected = (
        lake.scan("rejects", REJECT_COLUMNS)
        .filter((pl.col("batch") == last) & (pl.col("stage") == "validate_claims"))
        .select(pl.len())
        .collect()
        .item()
    )
    share = rejected / (n_claims + rejected) if n_claims + rejected else 0.0
    return dg.AssetCheckResult(
        passed=share <= s.reject_threshold,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "batch": last,
            "claims": n_claims,
            "rejected": rejected,
            "share": round(share, 4),
            "threshold": s.reject_threshold,
        },
    )
