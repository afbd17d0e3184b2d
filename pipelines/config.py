"""Where things live: the inbox and the warehouse, from the environment.

`UAV_INBOX` (default: the repository's `seeds/`) and `UAV_WAREHOUSE` (default:
`warehouse/uav.duckdb`) are read by the CLI, the Dagster UI, the schedule and the sensor alike,
and so are `UAV_REJECT_THRESHOLD` and `UAV_EXTRACT_BUDGET` (seconds of CPU one document may take
to extract before it becomes a reject; 0 turns the limit off).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    inbox: Path
    warehouse: Path
    reject_threshold: float = 0.2  # share of rejected claim rows that fails the run's check
    extract_budget: float = 5.0  # CPU seconds per document (ordinary news takes milliseconds)

    @property
    def lake(self) -> Path:
        """Append-only Parquet batches beside the DuckDB file: the pipeline's memory."""
        return self.warehouse.parent / "lake"

    @property
    def reports(self) -> Path:
        return self.warehouse.parent / "reports"


def settings() -> Settings:
    inbox = Path(os.environ.get("UAV_INBOX") or PROJECT_ROOT / "seeds")
    warehouse = Path(os.environ.get("UAV_WAREHOUSE") or PROJECT_ROOT / "warehouse" / "uav.duckdb")
    threshold = float(os.environ.get("UAV_REJECT_THRESHOLD", "0.2"))
    budget = float(os.environ.get("UAV_EXTRACT_BUDGET", "5"))
    return Settings(inbox.resolve(), warehouse.resolve(), threshold, budget)
