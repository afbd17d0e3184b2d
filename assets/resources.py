"""The one resource: where the inbox and the warehouse are (from UAV_INBOX / UAV_WAREHOUSE)."""

from pathlib import Path

import dagster as dg

from pipelines.config import Settings, settings


class PipelineSettings(dg.ConfigurableResource):
    """Empty fields fall back to the environment, so the UI, schedule and CLI agree."""

    inbox: str = ""
    warehouse: str = ""
    reject_threshold: float = -1.0
    workers: int = 0  # extraction processes; 0 = one per core

    def resolve(self) -> Settings:
        base = settings()
        return Settings(
            Path(self.inbox).resolve() if self.inbox else base.inbox,
            Path(self.warehouse).resolve() if self.warehouse else base.warehouse,
            self.reject_threshold if self.reject_threshold >= 0 else base.reject_threshold,
        )
