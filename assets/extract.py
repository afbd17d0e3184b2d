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


def _batch_of_this_run(context: dg.AssetCheckExecutionContext) -> str | None:
    """The lake batch that this run's `claims` step committed, if it committed one."""
    events = context.instance.get_records_for_run(
        context.run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION
    ).records
    for record in events:
        materialization = record.event_log_entry.asset_materialization
        if materialization and materialization.asset_key == claims.key:
            batch = materialization.metadata.get("lake_batch")
            if batch and str(batch.value).startswith("b"):
                return str(batch.value)
    return None


@dg.asset_check(
    asset=claims,
    blocking=True,
    description=(
        "Share of claim rows rejected by the Pandera schema stays under UAV_REJECT_THRESHOLD (default 0.2), "
        "in the lake batch this run extracted (the newest extraction batch when the run extracted nothing "
        "new). Shard runs going on at the same time each check their own batch."
    ),
)
def claims_reject_share(context: dg.AssetCheckExecutionContext, pipeline: PipelineSettings) -> dg.AssetCheckResult:
    s = pipeline.resolve()
    lake = Lake(s.lake)
    kept = lake.scan("claims", CLAIM_SCHEMA).select("batch")
    refused = lake.scan("rejects", REJECT_COLUMNS).filter(pl.col("stage") == "validate_claims").select("batch")
    batch = _batch_of_this_run(context) or pl.concat([kept, refused]).select(pl.col("batch").max()).collect().item()
    if batch is None:
        return dg.AssetCheckResult(passed=True, metadata={"note": "no extraction batch yet"})
    n_claims = kept.filter(pl.col("batch") == batch).select(pl.len()).collect().item()
    rejected = refused.filter(pl.col("batch") == batch).select(pl.len()).collect().item()
    share = rejected / (n_claims + rejected) if n_claims + rejected else 0.0
    return dg.AssetCheckResult(
        passed=share <= s.reject_threshold,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "batch": batch,
            "claims": n_claims,
            "rejected": rejected,
            "share": round(share, 4),
            "threshold": s.reject_threshold,
        },
    )
