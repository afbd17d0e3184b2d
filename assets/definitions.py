"""The Dagster code location: `dagster dev` loads these definitions (see pyproject [tool.dagster])."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import dagster as dg

from assets import extract, ingest, reports, warehouse
from assets.automation import inbox_sensor, nightly_schedule, uav_etl_job
from assets.recovery import dead_run_reaper
from assets.resources import PipelineSettings

ROOT = Path(__file__).resolve().parent.parent


def _code_references(assets: list[dg.AssetsDefinition]) -> list[dg.AssetsDefinition]:
    """Each asset links to the function that builds it (and a table to its SQL); to the repository's
    web view when UAV_GIT_URL is set (e.g. https://host/org/uav-etl), else to the local files."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dg.BetaWarning)  # code references are beta in Dagster 1.13
        assets = dg.with_source_code_references(assets)
        if url := os.environ.get("UAV_GIT_URL"):
            mapping = dg.AnchorBasedFilePathMapping(local_file_anchor=ROOT, file_anchor_path_in_repository="")
            branch = os.environ.get("UAV_GIT_BRANCH", "main")
            return dg.link_code_references_to_git(
                assets_defs=assets, git_url=url, git_branch=branch, file_path_mapping=mapping
            )
    return assets


defs = dg.Definitions(
    assets=_code_references(dg.load_assets_from_modules([ingest, extract, warehouse, reports])),
    asset_checks=dg.load_asset_checks_from_modules([extract, warehouse, reports]),
    jobs=[uav_etl_job],
    schedules=[nightly_schedule],
    sensors=[inbox_sensor, dead_run_reaper],
    resources={"pipeline": PipelineSettings()},
    # "Materialize all" and any selection from the UI: one process, as the job (assets/automation.py)
    executor=dg.in_process_executor,
)
