"""Claims to events: one row per real-world event, however many outlets repeated it.

Two claims from different documents are the same event when they agree on type, place,
number and totality, their reporters are compatible (equal, or one unnamed), and their days
agree — or, when a day is unknown, their documents belong to the same story (they share at
least two such numbers: a syndicated copy in other words). Like GDELT's events and mentions,
every event links to all its claims.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from itertools import combinations

import polars as pl

EVENT_COLUMNS = {
    "event_id": pl.String,
    "event_type": pl.String,
    "region_code": pl.String,
    "count": pl.Int64,
    "count_low": pl.Int64,
    "amount": pl.Int64,
    "authority": pl.String,
    "date": pl.Date,
    "date_text": pl.String,
    "day_key": pl.String,
    "story_id": pl.String,
    "is_total": pl.Boolean,
    "parent_event_id": pl.String,
    "unallocated": pl.Int64,
    "n_claims": pl.Int64,
    "n_documents": pl.Int64,
    "evidence": pl.String,
}
LINK_COLUMNS = {"event_id": pl.String, "claim_id": pl.String}
# what deduplication reads of a claim (the evidence is joined to the events at the end)
CLAIM_COLUMNS = (
    "claim_id",
    "content_hash",
    "event_type",
    "region_code",
    "count",
    "count_low",
    "authority",
    "date",
    "date_text",
    "is_total",
    "total_claim_id",
)
MAX_STORY_FANOUT = 50  # a number shared by more documents than this says nothing about a story


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _signature(c: dict) -> tuple:
    return (c["event_type"], c["region_code"], c["count"], c["count_low"], c["is_total"])


def _compatible_authority(a: str, b: str) -> bool:
    return a == b or "unknown" in (a, b)


def stories(claims: list[dict]) -> dict[str, str]:
    """Document -> story id: documents sharing two or more compatible numbers are one story."""
    by_sig: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        by_sig[_signature(c)].append(c)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for group in by_sig.values():
        docs = {}
        for c in group:
            docs.setdefault(c["content_hash"], c)
        if len(docs) < 2 or len(docs) > MAX_STORY_FANOUT:
            continue
        for a, b in combinations(sorted(docs), 2):
            ca, cb = docs[a], docs[b]
            if _compatible_authority(ca["authority"], cb["authority"]) and (
                ca["date"] is None or cb["date"] is None or ca["date"] == cb["date"]
            ):
                shared[(a, b)] += 1
    uf = _UnionFind()
    for c in claims:
        uf.find(c["content_hash"])
    for (a, b), n in shared.items():
        if n >= 2:
            uf.union(a, b)
    return {doc: hashlib.sha256(uf.find(doc).encode()).hexdigest()[:16] for doc in uf.parent}


def build_events(claims_df: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(events, event_claims) from every claim the warehouse holds."""
    if claims_df.is_empty():
        return pl.DataFrame(schema=EVENT_COLUMNS), pl.DataFrame(schema=LINK_COLUMNS)
    claims = claims_df.select(*CLAIM_COLUMNS).sort("claim_id").to_dicts()
    story = stories(claims)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        groups[_signature(c)].append(c)

    clusters: list[list[dict]] = []
    for group in groups.values():
        group.sort(key=lambda c: (c["date"] is None, str(c["date"]), c["content_hash"], c["claim_id"]))
        by_date: dict[object, list[int]] = defaultdict(list)
        by_story: dict[str, list[int]] = defaultdict(list)
        for c in group:
            s = story[c["content_hash"]]
            candidates = by_date.get(c["date"], []) if c["date"] is not None else []
            candidates = candidates + by_story.get(s, [])
            home = None
            for idx in candidates:
                members = clusters[idx]
                if any(m["content_hash"] == c["content_hash"] for m in members):
                    continue
                if not all(_compatible_authority(m["authority"], c["authority"]) for m in members):
                    continue
                dates = {m["date"] for m in members if m["date"] is not None}
                if c["date"] is not None and dates and c["date"] not in dates:
                    continue
                if (c["date"] is None or not dates) and s not in {story[m["content_hash"]] for m in members}:
                    continue
                home = idx
                break
            if home is None:
                home = len(clusters)
                clusters.append([])
            clusters[home].append(c)
            if c["date"] is not None:
                by_date[c["date"]].append(home) if home not in by_date[c["date"]] else None
            if home not in by_story[s]:
                by_story[s].append(home)

    event_rows, links = [], []
    claim_event: dict[str, str] = {}
    for members in clusters:
        ids = sorted(m["claim_id"] for m in members)
        event_id = hashlib.sha256("|".join(ids).encode()).hexdigest()[:20]
        first = members[0]
        named = sorted({m["authority"] for m in members if m["authority"] != "unknown"})
        dates = sorted({m["date"] for m in members if m["date"] is not None})
        date_text = next((m["date_text"] for m in members if m["date_text"]), None)
        s = story[first["content_hash"]]
        day_key = dates[0].isoformat() if dates else f"undated:{s}:{(date_text or '-').strip().lower()}"
        for m in members:
            claim_event[m["claim_id"]] = event_id
            links.append({"event_id": event_id, "claim_id": m["claim_id"]})
        event_rows.append(
            {
                "event_id": event_id,
                "event_type": first["event_type"],
                "region_code": first["region_code"],
                "count": first["count"],
                "count_low": first["count_low"],
                "amount": first["count"] if first["count"] is not None else first["count_low"],
                "authority": named[0] if named else "unknown",
                "date": dates[0] if dates else None,
                "date_text": date_text,
                "day_key": day_key,
                "story_id": s,
                "is_total": bool(first["is_total"]),
                "parent_event_id": None,
                "unallocated": None,
                "n_claims": len(members),
                "n_documents": len({m["content_hash"] for m in members}),
                "first_claim_id": first["claim_id"],
                "_parents": [m["total_claim_id"] for m in members if m.get("total_claim_id")],
            }
        )
    children: dict[str, int] = defaultdict(int)
    for e in event_rows:
        parents = sorted({claim_event[p] for p in e.pop("_parents") if p in claim_event})
        if parents:
            e["parent_event_id"] = parents[0]
            children[parents[0]] += e["amount"]
    for e in event_rows:
        if e["is_total"]:
            e["unallocated"] = e["amount"] - children.get(e["event_id"], 0)
    evidence = claims_df.select(first_claim_id="claim_id", evidence="evidence")
    events = (
        pl.DataFrame(event_rows, schema={**EVENT_COLUMNS, "first_claim_id": pl.String})
        .drop("evidence")
        .join(evidence, on="first_claim_id", how="left")
        .select(*EVENT_COLUMNS)
        .sort("event_id")
    )
    return events, pl.DataFrame(links, schema=LINK_COLUMNS).sort("event_id", "claim_id")
