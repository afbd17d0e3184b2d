"""The one resource: where the inbox and the warehouse are (from UAV_INBOX / UAV_WAREHOUSE)."""

from pathlib import Path

import dagster as dg

from pipelines.config import Settings, settings
from pipelines.warehouse.lake import SHARDS

# run tag naming the warehouse a run wrote: one instance may serve several files (README, "Dagster UI")
WAREHOUSE_TAG = "uav-etl/warehouse"


class PipelineSettings(dg.ConfigurableResource):
    """Empty fields fall back to the environment, so the UI, schedule and CLI agree."""

    inbox: str = ""
    warehouse: str = ""
    reject_threshold: float = -1.0
    workers: int = 0  # extraction processes; 0 = one per core
    # inbox shards to extract, comma-separated ("" = all): runs of a few shards each spread one
    # extraction over run workers (docs/scaling.md); the default extracts every shard in one run
    shards: str = ""

    def resolve(self) -> Settings:
        base = settings()
        return Settings(
            Path(self.inbox).resolve() if self.inbox else base.inbox,
            Path(self.warehouse).resolve() if self.warehouse else base.warehouse,
            self.reject_threshold if self.reject_threshold >= 0 else base.reject_threshold,
        )

    def shard_keys(self) -> list[str]:
        if not self.shards.strip():
            return list(SHARDS)
        keys = {k.strip() for k in self.shards.split(",") if k.strip()}
        if unknown := keys - set(SHARDS):
            raise dg.Failure(f"unknown shards {sorted(unknown)}: the shards are {', '.join(SHARDS)}")
        return [s for s in SHARDS if s in keys]

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # every run that uses the pipeline names its warehouse, whoever launched it (UI, CLI,
        # schedule, sensor): the Runs page filters by the tag
        run = context.run
        if context.instance is not None and run is not None:
            context.instance.add_run_tags(run.run_id, {WAREHOUSE_TAG: str(self.resolve().warehouse)})
