"""Extract group: staged documents to validated claims, one lake batch per run of a shard range.

`claims` is partitioned by inbox shard (a fixed function of each text's hash). The nightly job
runs every shard in one step with a process pool; a backfill of `claims` runs one shard per
run, so Dagster can spread them over run workers or a cluster.
"""

import dagster as dg
import polars as pl

from assets.resources import PipelineSettings
from pipelines import stages
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse.lake import SHARDS, Lake

shards = dg.StaticPartitionsDefinition(list(SHARDS))
# run tags that make one run cover every shard (Dagster's partition-range tags)
ALL_SHARDS = {"dagster/asset_partition_range_start": SHARDS[0], "dagster/asset_partition_range_end": SHARDS[-1]}


@dg.asset(
    group_name="extract",
    kinds={"python", "polars", "pandera"},
    owners=["team:uav-etl"],
    deps=["raw_documents"],
    partitions_def=shards,
    description=(
        "Claims (who said how many drones were intercepted, launched or struck, where and when) extracted "
        "from the new documents by the rule-based extractor and validated with Pandera. Rows that fail a "
        "check are quarantined in `rejects` with the check's name. Partitioned by inbox shard: a text's "
        "shard is fixed by its hash, so shards can be extracted in parallel (e.g. a backfill)."
    ),
)
def claims(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    result = stages.extract(s, shards=context.partition_keys, workers=pipeline.workers or None)
    context.log.info(
        f"shards {context.partition_keys[0]}..{context.partition_keys[-1]}: extracted {result.claims} claims "
        f"from {result.documents} documents; {result.rejected_claims} rows rejected"
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
    description=(
        "Share of claim rows rejected by the Pandera schema in the latest extraction batch stays under "
        "UAV_REJECT_THRESHOLD (default 0.2)."
    ),
)
def claims_reject_share(pipeline: PipelineSettings) -> dg.AssetCheckResult:
    s = pipeline.resolve()
    lake = Lake(s.lake)
    kept = lake.scan("claims", CLAIM_SCHEMA).select("batch")
    refused = lake.scan("rejects", REJECT_COLUMNS).filter(pl.col("stage") == "validate_claims").select("batch")
    last = pl.concat([kept, refused]).select(pl.col("batch").max()).collect().item()
    if last is None:
        return dg.AssetCheckResult(passed=True, metadata={"note": "no extraction batch yet"})
    n_claims = kept.filter(pl.col("batch") == last).select(pl.len()).collect().item()
    rejected = refused.filter(pl.col("batch") == last).select(pl.len()).collect().item()
    share = rejected / (n_claims + rejected)
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
