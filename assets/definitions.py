"""The Dagster code location: `dagster dev` loads these definitions (see pyproject [tool.dagster])."""

from __future__ import annotations

import dagster as dg

from assets import extract, ingest, reports, warehouse
from assets.automation import inbox_sensor, nightly_schedule, uav_etl_job
from assets.recovery import dead_run_reaper
from assets.resources import PipelineSettings

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, extract, warehouse, reports]),
    asset_checks=dg.load_asset_checks_from_modules([extract, warehouse, reports]),
    jobs=[uav_etl_job],
    schedules=[nightly_schedule],
    sensors=[inbox_sensor, dead_run_reaper],
    resources={"pipeline": PipelineSettings()},
)
