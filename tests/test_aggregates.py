"""Traps for the aggregates: invented reports, run through the real extractor, event derivation and
warehouse build into a DuckDB file, each asserting the exact best/high figures the README's rules
give. Each trap has a region (and numbers) of its own, so one corpus holds them all."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines import stages
from pipelines.config import Settings

# name -> (publication date or None, text)
CORPUS = {
    # same night, dated and undated: a copy without its time phrase joins the dated event
    "tver-dated": (
        "2025-04-12",
        "Tver region governor Igor Rudenya said that air defences destroyed 23 drones over the region overnight.",
    ),
    "tver-undated": (
        "2025-04-12",
        "Air defences destroyed 23 drones over the Tver region, governor Igor Rudenya said.",
    ),
    # another authority's undated figure stays undated: shown apart, never on top of the dated day
    "ryazan-governor": (
        "2025-04-10",
        "Ryazan region governor Pavel Malkov said on Thursday that air defences had destroyed 27 drones over "
        "the region overnight.",
    ),
    "ryazan-ministry": (
        "2025-04-10",
        "The Russian Defence Ministry said its air defence units destroyed 25 drones over the Ryazan region.",
    ),
    # a running total after its parts
    "lipetsk": (
        "2025-04-14",
        "Lipetsk region governor Igor Artamonov said nine drones were shot down over the region overnight.\n\n"
        "This afternoon four more drones were destroyed over the Lipetsk region, the governor said.\n\n"
        "Later he said that so far today 17 drones had been destroyed over the Lipetsk region.",
    ),
    # windows that cover a day add up
    "kursk-morning": (
        "2025-04-16",
        "С 08:00 до 14:00 мск над территорией Курской области перехвачены и уничтожены 6 украинских "
        "беспилотников, сообщило Минобороны России.",
    ),
    "kursk-afternoon": (
        "2025-04-16",
        "С 14:00 до 20:00 мск над территорией Курской области перехвачены и уничтожены 8 украинских "
        "беспилотников, сообщило Минобороны России.",
    ),
    "kursk-evening": (
        "2025-04-16",
        "С 20:00 до 23:59 мск над территорией Курской области перехвачены и уничтожены 5 украинских "
        "беспилотников, сообщило Минобороны России.",
    ),
    # a day total supersedes the same authority's windows, even when they add up to more
    "smolensk-first": (
        "2025-04-16",
        "С 09:00 до 13:00 мск над территорией Смоленской области уничтожены 9 украинских беспилотников, "
        "сообщило Минобороны России.",
    ),
    "smolensk-second": (
        "2025-04-16",
        "С 13:00 до 18:00 мск над территорией Смоленской области уничтожены 7 украинских беспилотников, "
        "сообщило Минобороны России.",
    ),
    "smolensk-day": (
        "2025-04-16",
        "За прошедшие сутки над территорией Смоленской области уничтожены 12 украинских беспилотников, "
        "сообщило Минобороны России.",
    ),
    # "in all today" after an afternoon figure
    "tula": (
        "2025-04-17",
        "Tula region governor Dmitry Milyaev said 11 drones were shot down over the region this afternoon.\n\n"
        "In all today, 41 drones were destroyed over the Tula region, the governor said.",
    ),
    # a morning summary after the night's windows
    "oryol-first": (
        "2025-04-18",
        "С 23:00 17 апреля до 03:00 мск 18 апреля над территорией Орловской области уничтожены 7 украинских "
        "беспилотников, сообщило Минобороны России.",
    ),
    "oryol-second": (
        "2025-04-18",
        "С 03:00 до 07:00 мск над территорией Орловской области уничтожены 5 украинских беспилотников, "
        "сообщило Минобороны России.",
    ),
    "oryol-summary": (
        "2025-04-18",
        "В течение прошедшей ночи над территорией Орловской области уничтожены 15 украинских беспилотников, "
        "сообщило Минобороны России.",
    ),
    # a correction
    "pskov": (
        "2025-04-20",
        "Pskov region governor Mikhail Vedernikov said air defences destroyed 11 drones over the region "
        "overnight.\n\nUpdated: the governor later said 13 drones, not 11, were destroyed over the Pskov region "
        "overnight.",
    ),
    # two outlets repeating one statement
    "voronezh-agency": (
        "2025-04-21",
        "Voronezh region governor Alexander Gusev said air defences shot down 8 drones over the region overnight.",
    ),
    "voronezh-paper": (
        "2025-04-21",
        "Overnight, 8 drones were destroyed over the Voronezh region, governor Alexander Gusev wrote on Telegram.",
    ),
    # two authorities disagreeing
    "belgorod-governor": (
        "2025-04-22",
        "Belgorod region governor Vyacheslav Gladkov said 15 drones were shot down over the region overnight.",
    ),
    "belgorod-ministry": (
        "2025-04-22",
        "The Russian Defence Ministry said 9 drones were destroyed over the Belgorod region overnight.",
    ),
    # national series: launched against intercepted, and a national total against its regional parts
    "ukraine-first": (
        "2025-04-24",
        "Ukraine's air force said Russia launched 64 drones at Ukraine overnight, and 50 of them were shot down.",
    ),
    "ukraine-second": (
        "2025-04-25",
        "Ukraine's air force said on Friday that Russia had attacked with 80 drones overnight; air defences "
        "shot down 61 drones.",
    ),
    "russia-national": (
        "2025-04-26",
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 30 украинских "
        "беспилотников: 20 – над территорией Брянской области, 6 – над территорией Калужской области, "
        "сообщило Минобороны России.",
    ),
}


def build_corpus(root: Path) -> Path:
    """The trap corpus through ingest, extraction, events and publish: the warehouse file."""
    inbox = root / "inbox"
    inbox.mkdir()
    for name, (published, text) in CORPUS.items():
        front = f"---\npublished: {published}\n---\n" if published else ""
        (inbox / f"{name}.txt").write_text(front + text + "\n", encoding="utf-8")
    settings = Settings(inbox, root / "wh" / "uav.duckdb")
    stages.ingest(settings)
    stages.extract(settings, workers=1)
    stages.derive_events(settings)
    stages.publish(settings)
    return settings.warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("traps"))


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def daily(warehouse: Path, region: str) -> list[tuple]:
    """(date or 'undated', intercepted_best, intercepted_high) per region_daily row."""
    return query(
        warehouse,
        "select coalesce(date::varchar, 'undated'), intercepted_best, intercepted_high from region_daily "
        "where region_code = ? order by all",
        [region],
    )


def totals(warehouse: Path, region: str) -> tuple:
    """(intercepted_best, intercepted_high, days, undated_rows) of region_totals."""
    return query(
        warehouse,
        "select intercepted_best, intercepted_high, days, undated_rows from region_totals where region_code = ?",
        [region],
    )[0]


def counted_claims(warehouse: Path, region: str) -> list[tuple]:
    """(claimed count, counted) of every claim behind the region's figures."""
    sql = "select c.count, d.counted from region_day_claims d join claims c using (claim_id) where d.region_code = ?"
    return sorted(query(warehouse, sql, [region]))


def test_an_undated_copy_of_a_dated_statement_is_the_same_event(warehouse):
    assert daily(warehouse, "RU-TVE") == [("2025-04-12", 23, 23)]
    assert query(warehouse, "select n_documents from events where region_code = 'RU-TVE'") == [(2,)]


def test_an_undated_figure_of_another_authority_is_shown_undated_and_not_added_to_best(warehouse):
    assert daily(warehouse, "RU-RYA") == [("2025-04-10", 27, 27), ("undated", 25, 25)]
    assert totals(warehouse, "RU-RYA") == (27, 52, 1, 1)


def test_a_running_total_supersedes_its_parts(warehouse):
    assert daily(warehouse, "RU-LIP") == [("2025-04-14", 17, 17)]
    assert counted_claims(warehouse, "RU-LIP") == [(4, False), (9, False), (17, True)]


def test_disjoint_windows_of_a_day_add_up(warehouse):
    assert daily(warehouse, "RU-KRS") == [("2025-04-16", 19, 19)]


def test_a_day_total_supersedes_the_windows(warehouse):
    assert daily(warehouse, "RU-SMO") == [("2025-04-16", 12, 12)]
    assert daily(warehouse, "RU-TUL") == [("2025-04-17", 41, 41)]
    assert counted_claims(warehouse, "RU-TUL") == [(11, False), (41, True)]


def test_a_morning_summary_after_the_night_windows_counts_once(warehouse):
    assert daily(warehouse, "RU-ORL") == [("2025-04-18", 15, 15)]


def test_a_correction_replaces_the_figure_it_corrects(warehouse):
    assert daily(warehouse, "RU-PSK") == [("2025-04-20", 13, 13)]


def test_two_outlets_repeating_one_statement_count_once(warehouse):
    assert daily(warehouse, "RU-VOR") == [("2025-04-21", 8, 8)]
    assert query(warehouse, "select n_documents from events where region_code = 'RU-VOR'") == [(2,)]


def test_two_authorities_disagreeing_give_best_and_high(warehouse):
    assert daily(warehouse, "RU-BEL") == [("2025-04-22", 15, 24)]
    assert totals(warehouse, "RU-BEL") == (15, 24, 1, 0)


def test_every_best_figure_is_made_of_the_statements_it_links(warehouse):
    """Each authority's figure is the sum of the events it links, and each event counts in one figure."""
    rows = query(
        warehouse,
        "select r.drones, (select sum(e.amount) from events e where list_contains(r.event_ids, e.event_id)) "
        "from region_authority_day r",
    )
    assert len(rows) > 10 and all(figure == total for figure, total in rows)
    linked = query(warehouse, "select count(*), count(distinct e) from region_authority_day, unnest(event_ids) t(e)")
    counted = query(warehouse, "select count(*) from events where counted and not is_total and region_code like '%-%'")
    assert linked[0] == (counted[0][0], counted[0][0])


def test_national_series_per_day_and_side(warehouse):
    ua = query(
        warehouse,
        "select date::varchar, launched, intercepted, intercepted_share, launched_7d, intercepted_7d "
        "from national_daily where side = 'UA' order by date",
    )
    assert ua == [("2025-04-24", 64, 50, 0.781, 64, 50), ("2025-04-25", 80, 61, 0.763, 144, 111)]
    ru = query(
        warehouse,
        "select intercepted, regional_intercepted, unallocated from national_daily "
        "where side = 'RU' and date = '2025-04-26'",
    )
    assert ru == [(30, 26, 4)]
    month = query(
        warehouse,
        "select month::varchar, launched, intercepted, intercepted_share from national_monthly where side = 'UA'",
    )
    assert month == [("2025-04-01", 144, 111, 0.771)]


def test_every_view_and_derived_column_explains_itself(warehouse):
    # the builder's staging views over the lake (`*_in`) are not for analysts
    views = [v for (v,) in query(warehouse, "select view_name from duckdb_views() where not internal")]
    views = [v for v in views if not v.endswith("_in")]
    assert {"region_daily", "region_totals", "national_daily", "national_monthly"} <= set(views)
    bare = query(
        warehouse,
        "select table_name, column_name from duckdb_columns() where comment is null and list_contains(?, table_name)",
        [[*views, "events", "event_claims"]],
    )
    assert bare == []
    described = query(warehouse, "select view_name from duckdb_views() where comment is not null")
    assert set(views) <= {v for (v,) in described}
