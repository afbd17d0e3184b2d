"""What analysts see: charts and an evidence-linked HTML report over the published warehouse.

Pure functions, no Dagster: `data` runs the SQL in `warehouse/sql/reports/`, `charts` renders
PNGs with matplotlib, `page` writes the HTML, `build` puts them in `Settings.reports`.
"""

from pipelines.reports.build import Report, build_reports

__all__ = ["Report", "build_reports"]
