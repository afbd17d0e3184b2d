"""Claims to events: repeats across outlets merge, different reporters and days do not."""

from __future__ import annotations

from datetime import date

import polars as pl

from pipelines.events import dedup
from pipelines.events.dedup import build_events
from pipelines.extraction.batch import CLAIM_SCHEMA


def claim(
    cid,
    doc,
    region="RU-KLU",
    count=5,
    authority="governor:RU-KLU",
    day=None,
    event_type="intercept",
    total=False,
    parent=None,
    text=None,
    published=None,
    sentence=0,
):
    return {
        "claim_id": cid,
        "doc": doc,
        "content_hash": f"hash-of-document-{doc}",
        "event_type": event_type,
        "region_code": region,
        "count": count,
        "count_low": None,
        "authority": authority,
        "date": day,
        "published": published,
        "localities": [],
        "is_total": total,
        "total_claim_id": parent,
        "date_text": text,
        "sentence_index": sentence,
        "span_start": 0,
        "span_end": 1,
        "evidence": "e",
        "rule": "amount_noun",
        "extractor_version": "test",
    }


def events_of(*claims):
    events, links = build_events(pl.DataFrame(list(claims), schema=CLAIM_SCHEMA))
    return events, links


def test_same_dated_claim_from_three_outlets_is_one_event():
    d = date(2025, 5, 4)
    events, links = events_of(
        claim("a", "d1", day=d), claim("b", "d2", day=d, authority="unknown"), claim("c", "d3", day=d)
    )
    assert events.height == 1
    assert events.row(0, named=True)["n_documents"] == 3
    assert events.row(0, named=True)["authority"] == "governor:RU-KLU"
    assert links.height == 3


def test_different_days_or_reporters_stay_apart():
    events, _ = events_of(
        claim("a", "d1", day=date(2025, 5, 4)),
        claim("b", "d2", day=date(2025, 5, 5)),
        claim("c", "d3", day=date(2025, 5, 4), authority="defence_ministry:RU"),
    )
    assert events.height == 3


def test_undated_claims_merge_only_within_one_story():
    # d1 and d2 share two numbers: the same story in other words; d3 shares one by chance
    events, _ = events_of(
        claim("a1", "d1", count=40),
        claim("a2", "d1", region="RU-MOW", count=32, authority="unknown"),
        claim("b1", "d2", count=40),
        claim("b2", "d2", region="RU-MOW", count=32, authority="unknown"),
        claim("c1", "d3", count=40),
    )
    kaluga = events.filter(pl.col("region_code") == "RU-KLU").sort("n_documents")
    assert kaluga["n_documents"].to_list() == [1, 2]


def test_undated_events_keep_their_time_expression_in_the_day_key():
    events, _ = events_of(
        claim("a", "d1", count=4, text="during the day"), claim("b", "d1", count=2, authority="unknown", text="July 21")
    )
    assert len(set(events["day_key"].to_list())) == 2


def test_total_records_the_unallocated_remainder():
    events, _ = events_of(
        claim("t", "d1", region="RU", count=20, authority="defence_ministry:RU", total=True),
        claim("p1", "d1", region="RU-KLU", count=10, authority="defence_ministry:RU", parent="t"),
        claim("p2", "d1", region="RU-BRY", count=8, authority="defence_ministry:RU", parent="t"),
    )
    total = events.filter(pl.col("is_total")).row(0, named=True)
    assert total["unallocated"] == 2
    assert events.filter(pl.col("parent_event_id") == total["event_id"]).height == 2


def test_event_ids_are_stable():
    a, _ = events_of(claim("a", "d1"), claim("b", "d2", region="RU-BRY"))
    b, _ = events_of(claim("b", "d2", region="RU-BRY"), claim("a", "d1"))
    assert a.sort("event_id").equals(b.sort("event_id"))


def test_events_do_not_depend_on_how_the_signatures_are_split_into_ranges(monkeypatch):
    # a total and its parts, and a story, spread over several signatures: one range or one per signature
    claims = [
        claim("t", "d1", region="RU", count=20, authority="defence_ministry:RU", total=True),
        claim("p1", "d1", region="RU-KLU", count=10, authority="defence_ministry:RU", parent="t"),
        claim("p2", "d1", region="RU-BRY", count=8, authority="defence_ministry:RU", parent="t"),
        claim("u1", "d2", region="RU-KLU", count=10, authority="unknown"),
        claim("u2", "d2", region="RU-BRY", count=8, authority="unknown"),
        claim("v1", "d3", region="RU-KLU", count=10, day=date(2025, 5, 4)),
    ]
    whole = events_of(*claims)
    monkeypatch.setattr(dedup, "RANGE_CLAIMS", 1)
    split = events_of(*claims)
    assert whole[0].height == 4
    assert whole[0].equals(split[0]) and whole[1].equals(split[1])


def test_ranges_hold_whole_signatures():
    sizes = [(1, 3), (2, 3), (3, 10), (4, 1), (5, 1)]
    assert list(dedup._ranges(sizes, 6)) == [(1, 2), (3, 3), (4, 5)]


def test_an_undated_copy_takes_the_date_of_the_event_published_that_day_or_the_day_before():
    d = date(2025, 5, 4)
    events, _ = events_of(
        claim("a", "d1", day=d, published=d),
        claim("b", "d2", authority="unknown", published=date(2025, 5, 5)),  # the next morning: joins
        claim("c", "d3", published=date(2025, 5, 8)),  # days later: another statement
        claim("e", "d4"),  # no publication date: nothing to place it by
    )
    assert sorted(events["n_documents"].to_list()) == [1, 1, 2]
    joined = events.filter(pl.col("n_documents") == 2).row(0, named=True)
    assert joined["date"] == d and joined["stated_on"] == d


def test_each_event_says_whether_it_counts_in_its_authoritys_figure():
    d = date(2025, 5, 4)
    events, _ = events_of(
        claim("n", "d1", count=9, day=d, published=d, text="overnight"),
        claim("r", "d1", count=17, day=d, published=d, text="today", sentence=3),
        claim("m", "d2", count=8, day=d, published=d, authority="defence_ministry:RU", text="overnight"),
    )
    flags = dict(events.select("amount", "counted").iter_rows())
    assert flags == {9: False, 17: True, 8: True}
    kinds = dict(events.select("amount", "period_kind").iter_rows())
    assert kinds == {9: "night", 17: "unstated", 8: "night"}


def test_a_statement_follows_others_in_each_document_it_was_stated_in():
    # 12 is said after 20 in one report and after 30 in another: it is the latest of the three,
    # which only both its documents' positions together show
    d = date(2025, 6, 9)
    events, _ = events_of(
        claim("p", "d1", count=20, day=d, published=d, sentence=1),
        claim("q", "d1", count=12, day=d, published=d, sentence=4),
        claim("s", "d2", count=30, day=d, published=d, sentence=2),
        claim("t", "d2", count=12, day=d, published=d, sentence=7),
    )
    flags = dict(events.select("amount", "counted").iter_rows())
    assert flags == {12: True, 20: False, 30: False}
