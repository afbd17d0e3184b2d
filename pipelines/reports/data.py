"""What the reports show, read from the published warehouse with the SQL in `sql/reports/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
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


@dataclass(frozen=True)
class ReportData:
    region_totals: Table
    daily: Table  # dated region_daily rows of the top regions
    authority_claims: Table
    authority_totals: Table
    top_events: Table
    # evidence rows per section kind: "region" (by region code), "authority", "event" (by event id)
    evidence: dict[str, Table]
    warehouse: str = ""
    generated_at: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def load(warehouse: Path, top_regions: int = 5, top_events: int = 15, evidence_cap: int = 200) -> ReportData:
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
        event_ids = [r[0] for r in events.rows]
        return ReportData(
            region_totals=q("region_totals"),
            daily=q("daily_top_regions", [top_regions]),
            authority_claims=q("authority_claims"),
            authority_totals=q("authority_totals"),
            top_events=events,
            evidence={
                "region": q("region_evidence", [evidence_cap]),
                "authority": q("authority_evidence", [evidence_cap]),
                "event": q("event_evidence", [event_ids]),
            },
            warehouse=str(warehouse),
        )
    finally:
        con.close()
