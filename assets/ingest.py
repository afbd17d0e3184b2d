"""Ingest group: the inbox read into staged documents."""

import dagster as dg

from assets.resources import PipelineSettings
from pipelines import stages


@dg.asset(
    group_name="ingest",
    kinds={"python", "parquet"},
    owners=["team:uav-etl"],
    description=(
        "Documents from the inbox (UAV_INBOX: .txt with optional front matter, .html, .jsonl records). "
        "Only texts the warehouse has not seen (by content hash) are staged for extraction; "
        "unreadable files and broken records go to `rejects` with a reason."
    ),
)
def raw_documents(context: dg.AssetExecutionContext, pipeline: PipelineSettings) -> dg.MaterializeResult:
    s = pipeline.resolve()
    result = stages.ingest(s)
    context.log.info(f"inbox {s.inbox}: {result.new} new, {result.known} already known, {result.rejected} rejected")
    for reason in result.reject_reasons:
        context.log.warning(f"rejected: {reason}")
    return dg.MaterializeResult(
        metadata={
            "inbox": dg.MetadataValue.path(str(s.inbox)),
            "files": result.files,
            "unchanged_files_skipped": result.unchanged_files,
            "new_documents": result.new,
            "already_known": result.known,
            "same_text_other_name": result.extra_sources,
            "rejected": result.rejected,
            "rejected_examples": dg.MetadataValue.md("\n".join(f"- {r}" for r in result.reject_reasons) or "none"),
        }
    )
