"""Extract group: staged documents to validated claims, one lake batch per run.

Every run extracts every inbox shard (a fixed function of each text's hash) in one step with a
process pool; runs configured with a few shards each (`pipeline.shards`) spread an extraction
over run workers or a cluster (docs/scaling.md).
"""

import uuid

import dagster as dg
import polars as pl

from assets.resources import PipelineSettings
from pipelines import stages
from pipelines.extraction.batch import CLAIM_SCHEMA
from pipelines.validation.schemas import REJECT_COLUMNS
from pipelines.warehouse.lake import Lake
from pipelines.warehouse.versions import Versions


@dg.asset(
    group_name="extract",
    kinds={"python", "polars", "pandera"},
    owners=["team:uav-etl"],
    deps=["raw_documents"],
    description=(
        "Claims (who said how many drones were intercepted, launched or struck, where and when) extracted "
        "from the new documents by the rule-based extractor and validated with Pandera. Rows that fail a "
        "check are quarantined in `rejects` with the check's name. A text's inbox shard is fixed by its "
        "hash, so runs of a few shards each can extract in parallel (resource config `shards`). Stored "
        "documents that another extractor version extracted are extracted again from the lake's text."
    ),
)
def claims(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    keys = pipeline.shard_keys()
    result = stages.extract(s, shards=keys, workers=pipeline.workers or None)
    context.log.info(
        f"shards {keys[0]}..{keys[-1]}: extracted {result.claims} claims "
        f"from {result.documents} documents ({result.reextracted} stored ones extracted again by extractor "
        f"{result.version}); {result.rejected_claims} rows rejected"
    )
    return dg.MaterializeResult(
        metadata={
            "documents": result.documents,
            "reextracted_documents": result.reextracted,
            "extractor_version": result.version,
            "claims": result.claims,
            "rejected_claim_rows": result.rejected_claims,
            "reject_share": round(result.reject_share, 4),
            "lake_batch": result.batch or "none (nothing new)",
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


# reject stages written by an extraction batch (ingest's rejects come in ingest batches)
EXTRACT_STAGES = ("validate_claims", "extract")


def _checked_batch(context: dg.AssetCheckExecutionContext, lake: Lake) -> str | None:
    """The batch this run extracted, else the newest extraction batch (a run with nothing new)."""
    kept = lake.scan("claims", CLAIM_SCHEMA).select("batch")
    refused = lake.scan("rejects", REJECT_COLUMNS).filter(pl.col("stage").is_in(EXTRACT_STAGES)).select("batch")
    return _batch_of_this_run(context) or pl.concat([kept, refused]).select(pl.col("batch").max()).collect().item()


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
    batch = _checked_batch(context, lake)
    if batch is None:
        return dg.AssetCheckResult(passed=True, metadata={"note": "no extraction batch yet"})
    kept = lake.scan("claims", CLAIM_SCHEMA).filter(pl.col("batch") == batch)
    refused = lake.scan("rejects", REJECT_COLUMNS).filter(
        (pl.col("batch") == batch) & (pl.col("stage") == "validate_claims")
    )
    n_claims = kept.select(pl.len()).collect().item()
    rejected = refused.select(pl.len()).collect().item()
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


@dg.asset_check(
    asset=claims,
    blocking=True,
    description=(
        "No document of the batch this run extracted made the extractor raise (extractor_failures == 0). "
        "Such a document is a reject that loses all its claims, and any exception is a bug in the "
        "extractor, so one is enough to fail: the aggregates are not rebuilt until it is fixed."
    ),
)
def claims_extractor_failures(
    context: dg.AssetCheckExecutionContext, pipeline: PipelineSettings
) -> dg.AssetCheckResult:
    lake = Lake(pipeline.resolve().lake)
    batch = _checked_batch(context, lake)
    if batch is None:
        return dg.AssetCheckResult(passed=True, metadata={"note": "no extraction batch yet"})
    failures = (
        lake.scan("rejects", REJECT_COLUMNS)
        .filter((pl.col("batch") == batch) & (pl.col("check") == "extractor_error"))
        .select("doc_id", "source", "reason")
        .sort("doc_id")
        .collect()
    )
    examples = [f"- `{r['doc_id']}` ({r['source']}): {r['reason']}" for r in failures.head(10).iter_rows(named=True)]
    return dg.AssetCheckResult(
        passed=failures.is_empty(),
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "batch": batch,
            "extractor_failures": failures.height,
            "examples": dg.MetadataValue.md("\n".join(examples) or "none"),
        },
    )


@dg.asset_check(
    asset=claims,
    blocking=True,
    description=(
        "How many stored documents of the shards this run extracted each extractor version covers. Passes "
        "when the running extractor's version covers them all: a run then publishes claims of one version "
        "only. Texts extracted by another version are re-extracted from the lake by the next run of their shard."
    ),
)
def claims_extractor_versions(
    context: dg.AssetCheckExecutionContext, pipeline: PipelineSettings
) -> dg.AssetCheckResult:
    from pipelines.extraction.vocabulary import extractor_version

    lake = Lake(pipeline.resolve().lake)
    current = extractor_version()
    # a run answers for the shards it extracted: the others may not be extracted yet (runs of a few shards)
    run_shards = tuple(pipeline.shard_keys())
    with lake.scratch(f"versions-{uuid.uuid4().hex[:8]}") as work, Versions(lake, work) as versions:
        covered = versions.documents_per_version(run_shards)
    others = sum(n for v, n in covered.items() if v != current)
    table = "| extractor version | documents |\n|---|---|\n" + "\n".join(
        f"| {v or 'none recorded'}{' (running)' if v == current else ''} | {n} |" for v, n in covered.items()
    )
    return dg.AssetCheckResult(
        passed=others == 0,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={
            "batch": _checked_batch(context, lake) or "none",
            "shards": f"{run_shards[0]}..{run_shards[-1]}",
            "running_version": current,
            "documents_of_running_version": covered.get(current, 0),
            "documents_of_other_versions": others,
            "versions": dg.MetadataValue.md(table),
        },
    )
