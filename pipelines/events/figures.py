"""Which of one authority's statements of one day, place and event type make its figure.

Pure. An authority's figure is one of its statements, or the sum of its statements for disjoint
stated windows, never more (README, "What is in the warehouse"):

1. a day total supersedes everything else: the latest day total is the figure;
2. otherwise statements of the same window (a correction, "13, not 11") and the running or
   unstated statements (a later "so far 37" supersedes an earlier one) keep only the latest;
   the windows left add up when they are disjoint (the heaviest disjoint set), and that sum is
   the figure unless the remaining single statement is at least as large (a running total after
   its parts).

"Latest": first published on a later day, or later in a document both were stated in; among
statements that no other one follows, the largest (a running total only grows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pipelines.events.periods import WINDOW_KINDS


@dataclass(frozen=True)
class Statement:
    event_id: str
    amount: int
    kind: str
    start: int | None = None
    end: int | None = None
    stated_on: date | None = None  # the first publication date of its documents
    positions: dict[str, int] = field(default_factory=dict, hash=False)  # document -> sentence index


def _follows(a: Statement, b: Statement) -> bool:
    """a was stated after b in a document both were stated in."""
    return any(doc in b.positions and pos > b.positions[doc] for doc, pos in a.positions.items())


def latest(statements: list[Statement]) -> Statement:
    newest = max((s.stated_on for s in statements if s.stated_on is not None), default=None)
    same_day = [s for s in statements if s.stated_on == newest]
    last = [s for s in same_day if not any(_follows(o, s) for o in same_day if o is not s)] or same_day
    return max(last, key=lambda s: (s.amount, s.event_id))


def _disjoint_heaviest(windows: list[Statement]) -> list[Statement]:
    """The set of pairwise disjoint windows with the largest sum (weighted interval scheduling)."""
    ordered = sorted(windows, key=lambda s: (s.end, s.start, s.event_id))
    best: list[tuple[int, list[Statement]]] = [(0, [])]  # best[i]: over the first i windows
    for i, w in enumerate(ordered):
        j = max((k + 1 for k in range(i) if ordered[k].end <= w.start), default=0)
        take = (best[j][0] + w.amount, [*best[j][1], w])
        best.append(take if take[0] > best[i][0] else best[i])
    return best[-1][1]


def counted(statements: Iterable[Statement]) -> list[Statement]:
    """The statements that make the figure (their amounts add up to it)."""
    statements = list(statements)
    days = [s for s in statements if s.kind == "day"]
    if days:
        return [latest(days)]
    by_window: dict[tuple[int | None, int | None], list[Statement]] = {}
    for s in statements:
        if s.kind in WINDOW_KINDS:
            by_window.setdefault((s.start, s.end), []).append(s)
    windows = _disjoint_heaviest([latest(group) for group in by_window.values()])
    singles = [s for s in statements if s.kind not in WINDOW_KINDS]
    single = latest(singles) if singles else None
    if single is not None and single.amount >= sum(w.amount for w in windows):
        return [single]
    return windows or [latest(statements)]  # (windows of no drones at all: one of them stands)
