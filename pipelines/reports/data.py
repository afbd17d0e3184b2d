"""What the reports show, read from the published warehouse with the SQL in `sql/reports/`."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pipelines.warehouse import SQL_DIR
from pipelines.warehouse.query import connect_readonly

REPORT_SQL = SQL_DIR / "reports"


def report_sql(name: str) -> str:
    return (REPORT_SQL / f"{name}.sql").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[tuple]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def csv(self) -> str:
        """The whole table as CSV: nulls empty, dates ISO."""
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(self.columns)
        for r in self.rows:
            w.writerow(["" if v is None else v.isoformat() if isinstance(v, date) else v for v in r])
        return out.getvalue()


def _empty() -> Table:
    return Table([], [])


@dataclass(frozen=True)
class ReportData:
    region_totals: Table
    daily: Table  # dated region_daily rows of the top regions
    authority_claims: Table
    authority_totals: Table
    top_events: Table
    # evidence rows per section kind: "region" (by region code), "authority", "event" (by event id)
    evidence: dict[str, Table]
    largest_events: Table = field(default_factory=_empty)
    region_months: Table = field(default_factory=_empty)
    national_daily: Table = field(default_factory=_empty)
    national_monthly: Table = field(default_factory=_empty)
    coverage: dict[str, Any] = field(default_factory=dict)
    warehouse: str = ""
    generated_at: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def load(
    warehouse: Path, top_regions: int = 5, top_events: int = 15, evidence_cap: int = 200, event_cap: int = 25
) -> ReportData:
    """Every table the reports need, from one read-only connection.

    One connection means one snapshot: if a run publishes a new file meanwhile, this handle
    keeps reading the old one, so charts, tables and evidence always agree.
    """
    con = connect_readonly(warehouse)
    try:

        def q(name: str, params: list | None = None) -> Table:
            cur = con.execute(report_sql(name), params or [])
            return Table([d[0] for d in cur.description], cur.fetchall())

        events = q("top_events", [top_events])
        largest = q("largest_events", [top_events])
        event_ids = sorted({r[0] for r in events.rows} | {r[0] for r in largest.rows})
        coverage = q("coverage").dicts()[0]
        return ReportData(
            region_totals=q("region_totals"),
            daily=q("daily_top_regions", [top_regions]),
            authority_claims=q("authority_claims"),
            authority_totals=q("authority_totals"),
            top_events=events,
            evidence={
                "region": q("region_evidence", [evidence_cap]),
                "authority": q("authority_evidence", [evidence_cap]),
                "event": q("event_evidence", [event_ids, event_cap]),
            },
            largest_events=largest,
            region_months=q("region_months"),
            national_daily=q("national_daily"),
            national_monthly=q("national_monthly"),
            coverage=coverage,
            warehouse=str(warehouse),
        )
    finally:
        con.close()
