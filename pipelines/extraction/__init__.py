"""Rule-based extraction of drone claims from news text (pure functions, no Dagster).

Stages: text (normalise, drop boilerplate, sentences) -> rules (amounts that count drones,
event type, place) -> document (authority, date, totals and parts, duplicates).
"""

from pipelines.extraction.document import extract_document
from pipelines.extraction.model import Claim

__all__ = ["Claim", "extract_document"]
