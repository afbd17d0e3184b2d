"""The claim record: the unit ANNOTATION.md defines, plus provenance."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from pipelines.extraction.vocabulary import extractor_version

EVENT_TYPES = ("intercept", "launch", "attack")
ROLES = (
    "governor",
    "mayor",
    "defence_ministry",
    "air_force",
    "general_staff",
    "president",
    "military",
    "emergency_service",
)

# Field order of the public output (`uav-etl extract`), as ANNOTATION.md names them.
PUBLIC_FIELDS = (
    "doc",
    "event_type",
    "region_code",
    "count",
    "count_low",
    "authority",
    "date",
    "localities",
    "is_total",
)


@dataclass
class Claim:
    doc: str
    event_type: str
    region_code: str
    count: int | None
    count_low: int | None
    authority: str
    date: date | None
    localities: list[str] = field(default_factory=list)
    is_total: bool = False
    # provenance
    date_text: str | None = None
    sentence_index: int = 0
    span_start: int = 0
    span_end: int = 0
    evidence: str = ""
    rule: str = ""  # the id of the declared rule that produced it (rules.toml)
    total: Claim | None = field(default=None, repr=False, compare=False)  # the total this is a part of

    @property
    def amount(self) -> int:
        """Exact count, else the lower bound: what aggregates add up."""
        return self.count if self.count is not None else (self.count_low or 0)

    def public(self) -> dict:
        row = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "total"}
        row["date"] = self.date.isoformat() if self.date else None
        out = {k: row[k] for k in PUBLIC_FIELDS}
        out.update(
            date_text=self.date_text,
            sentence_index=self.sentence_index,
            span_start=self.span_start,
            span_end=self.span_end,
            evidence=self.evidence,
            rule=self.rule,
            extractor_version=extractor_version(),
        )
        return out
