"""Dates: the day each claim happened, fixed by a time expression in the text and the
publication date (``published``, or a dateline/URL when ``published`` is None).

Weekdays used below (2025): 12 May Mon, 13 May Tue, 14 May Wed, 15 May Thu, 16 May Fri,
1 June Sun, 6 June Fri, 10 June Tue, 1 July Tue, 4 July Fri, 13 Sept Sat, 14 Sept Sun,
19 Oct Sun, 21 Oct Tue."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- "At night" of a word-for-word translation ("ночью") is the night just ended ----------
    case(
        "translated-at-night",
        "At night, the enemy attacked the Nikopol district with UAVs, 2 drones hit a farm. Head of the Dnipropetrovsk Regional Military Administration.",
        attack("UA-12", 2, gov("UA-12"), "2026-02-13"),
        published="2026-02-13",
    ),
    # --- "earlier in the day" is the publication day ------------------------------------------
    case(
        "earlier-in-the-day",
        "Earlier in the day, Moscow Mayor Sergei Sobyanin reported 4 drones shot down on approach to the city.",
        intercept("RU-MOW", 4, mayor("RU-MOW"), "2026-02-12"),
        published="2026-02-12",
    ),
    # --- "in the early hours" ends a night like "overnight" -----------------------------------
    case(
        "in-the-early-hours",
        "Governor Ivan Moroz of the Sumy region said that 3 drones hit a depot in the early hours.",
        attack("UA-59", 3, gov("UA-59"), "2026-02-11"),
        published="2026-02-11",
    ),
    # --- nights -------------------------------------------------------------------------------
    case(
        "overnight-is-publication-day",
        "Air defences destroyed 8 drones over the Kursk region overnight, governor Mikhail Vetrov said.",
        intercept("RU-KRS", 8, gov("RU-KRS"), "2025-05-14"),
        published="2025-05-14",
    ),
    case(
        "last-night",
        "Last night, 3 drones were shot down over the Tula region, governor Gleb Sorokin said.",
        intercept("RU-TUL", 3, gov("RU-TUL"), "2025-05-14"),
        published="2025-05-14",
    ),
    case(
        "during-the-past-night",
        "During the past night, air defences intercepted 6 drones over the Bryansk region, the "
        "Russian Defence Ministry said.",
        intercept("RU-BRY", 6, MOD, "2025-05-14"),
        published="2025-05-14",
    ),
    case(
        "night-of-14-to-15-may",
        "On the night of 14 to 15 May, air defences destroyed 10 drones over the Belgorod region, "
        "the Russian Defence Ministry said.",
        intercept("RU-BEL", 10, MOD, "2025-05-15"),
        published="2025-05-15",
    ),
    case(
        "night-of-14-to-15-may-published-later",
        "On the night of 14 to 15 May, air defences destroyed 10 drones over the Belgorod region, "
        "the Russian Defence Ministry said.",
        intercept("RU-BEL", 10, MOD, "2025-05-15"),
        published="2025-05-16",
    ),
    case(
        "night-of-27-28-june-hyphen",
        "Russia launched 64 drones at Ukraine on the night of 27-28 June, the air force said.",
        launch("UA", 64, AF, "2025-06-28"),
        published="2025-06-28",
    ),
    case(
        "night-across-month-end",
        "On the night of 31 May to 1 June, 5 drones were shot down over the Kaluga region, "
        "governor Pavel Lebedev said.",
        intercept("RU-KLU", 5, gov("RU-KLU"), "2025-06-01"),
        published="2025-06-01",
    ),
    case(
        "russian-v-noch-na-15-maya",
        "В ночь на 15 мая над территорией Курской области уничтожены 6 беспилотников, сообщили в Минобороны России.",
        intercept("RU-KRS", 6, MOD, "2025-05-15"),
        published="2025-05-15",
    ),
    case(
        "russian-minuvshey-nochyu",
        "Минувшей ночью силы ПВО сбили 4 беспилотника над Белгородской областью, сообщил губернатор региона.",
        intercept("RU-BEL", 4, gov("RU-BEL"), "2025-05-14"),
        published="2025-05-14",
    ),
    # --- weekdays and statement days ------------------------------------------------------------
    case(
        "on-monday-is-latest-monday",
        "On Monday, air defences shot down 4 drones over the Kaluga region, governor Pavel Lebedev said.",
        intercept("RU-KLU", 4, gov("RU-KLU"), "2025-05-12"),
        published="2025-05-15",
    ),
    case(
        "weekday-equal-to-publication-day",
        "Two drones were destroyed over the Oryol region on Thursday, governor Kirill Lavrov said.",
        intercept("RU-ORL", 2, gov("RU-ORL"), "2025-05-15"),
        published="2025-05-15",
    ),
    case(
        "saturday-evening-published-sunday",
        "On Saturday evening, an FPV drone attacked a fire engine near the village of Klimovo in "
        "the Bryansk region, governor Yegor Shilov said.",
        attack("RU-BRY", 1, gov("RU-BRY"), "2025-09-13"),
        published="2025-09-14",
    ),
    case(
        "early-on-tuesday",
        "A drone hit a transformer station in the Ryazan region early on Tuesday, governor Anna Belova said.",
        attack("RU-RYA", 1, gov("RU-RYA"), "2025-06-10"),
        published="2025-06-10",
    ),
    case(
        "said-on-thursday-that-overnight",
        "Kursk region governor Mikhail Vetrov said on Thursday that 5 drones had been destroyed "
        "over the region overnight.",
        intercept("RU-KRS", 5, gov("RU-KRS"), "2025-05-15"),
        published="2025-05-16",
    ),
    case(
        "statement-day-is-the-only-time-reference",
        "The Russian Defence Ministry said on Tuesday that 9 drones were destroyed over the Kaluga region.",
        intercept("RU-KLU", 9, MOD, "2025-05-13"),
        published="2025-05-14",
    ),
    case(
        "weekday-and-date-after-publication-is-none",
        "Ivanovo region governor Stepan Rudakov said on Friday, 4 July, that 5 drones had been "
        "destroyed over the region.",
        intercept("RU-IVA", 5, gov("RU-IVA")),
        published="2025-07-01",
    ),
    case(
        "weekday-contradicts-date-is-none",
        "On Monday, 19 October, two drones hit a fuel depot in the Vladimir region, governor Sergei Titov said.",
        attack("RU-VLA", 2, gov("RU-VLA")),
        published="2025-10-21",
    ),
    # --- calendar dates, today, yesterday -----------------------------------------------------------
    case(
        "on-march-9-takes-publication-year",
        "On March 9, air defences destroyed 5 drones over the Voronezh region, governor Ivan Sokolov said.",
        intercept("RU-VOR", 5, gov("RU-VOR"), "2025-03-09"),
        published="2025-03-11",
    ),
    case(
        "today-and-earlier-on-3-march",
        "Voronezh region governor Ivan Sokolov said 4 drones were destroyed over the region today. "
        "Earlier, on 3 March, three drones were shot down over the region, he said.",
        intercept("RU-VOR", 4, gov("RU-VOR"), "2025-03-05"),
        intercept("RU-VOR", 3, gov("RU-VOR"), "2025-03-03"),
        published="2025-03-05",
    ),
    case(
        "this-evening",
        "Three drones were destroyed this evening over the Novgorod region, governor Nikita Vlasov said.",
        intercept("RU-NGR", 3, gov("RU-NGR"), "2025-09-30"),
        published="2025-09-30",
    ),
    case(
        "this-morning",
        "This morning, 2 drones were shot down over the Ryazan region, governor Anna Belova said.",
        intercept("RU-RYA", 2, gov("RU-RYA"), "2025-09-30"),
        published="2025-09-30",
    ),
    case(
        "yesterday",
        "Yesterday, air defences destroyed 3 drones over the Smolensk region, governor Oleg Frolov said.",
        intercept("RU-SMO", 3, gov("RU-SMO"), "2025-05-13"),
        published="2025-05-14",
    ),
    case(
        "yesterday-evening",
        "Yesterday evening, a drone struck a shop in the Krasnoyaruzhsky district of the Belgorod "
        "region, governor Pavel Zotov said.",
        attack("RU-BEL", 1, gov("RU-BEL"), "2025-05-13"),
        published="2025-05-14",
    ),
    case(
        "today-and-yesterday-in-one-text",
        "Air defences destroyed 9 drones over the Ivanovo region today, governor Stepan Rudakov "
        "said. Vladimir region governor Sergei Titov said 3 drones had been shot down over the "
        "Vladimir region yesterday.",
        intercept("RU-IVA", 9, gov("RU-IVA"), "2025-02-16"),
        intercept("RU-VLA", 3, gov("RU-VLA"), "2025-02-15"),
        published="2025-02-16",
    ),
    # --- no date -------------------------------------------------------------------------------------
    case(
        "no-time-expression-is-none",
        "Air defences destroyed 7 drones over the Tver region, governor Roman Lapin said.",
        intercept("RU-TVE", 7, gov("RU-TVE")),
        published="2025-05-14",
    ),
    case(
        "weekly-tally-is-none",
        "Over the past week, 420 drones were shot down over Russian regions, the Russian Defence Ministry said.",
        intercept("RU", 420, MOD),
        published="2025-05-14",
    ),
    case(
        "weekly-tally-with-statement-day-is-none",
        "In a post on Sunday, Ukraine's president wrote that 940 Russian drones had been launched "
        "at Ukraine in the past seven days.",
        launch("UA", 940, "president:UA"),
        published="2025-06-01",
    ),
    # --- publication date from dateline / URL -------------------------------------------------------
    case(
        "dateline-with-year-in-url",
        "KYIV, March 4 (Reuters) - Russia launched 40 drones at Ukraine overnight, Ukraine's air force said.",
        launch("UA", 40, AF, "2025-03-04"),
        url="https://example-wire.test/world/2025/03/04/russia-drones-ukraine",
    ),
    case(
        "url-path-alone",
        "Air defences shot down 7 drones over the Bryansk region overnight, governor Yegor Shilov said.",
        intercept("RU-BRY", 7, gov("RU-BRY"), "2025-06-21"),
        url="https://regional-news.test/2025/06/21/bryansk-drones",
    ),
    case(
        "url-iso-date-segment",
        "This morning, 3 drones were destroyed over the Glushkovo district, Kursk region governor Mikhail Vetrov said.",
        intercept("RU-KRS", 3, gov("RU-KRS"), "2025-07-12"),
        url="https://border-news.test/news/2025-07-12/kursk-update",
    ),
    case(
        "dateline-without-year-and-no-url-is-none",
        "VOLGOGRAD, Feb 17 - Air defences destroyed 6 drones over the Volgograd region overnight, "
        "governor Denis Panin said.",
        intercept("RU-VGG", 6, gov("RU-VGG")),
    ),
    # --- no publication date at all: the latest full date the text writes estimates it, and a weekday
    # is the nearest such day to it (the caption's Friday, the statement's Saturday the day after)
    case(
        "estimate-from-a-caption-date-weekday-after-it",
        "Firefighters at a burning depot in Belgorod on Friday, June 6, 2025. (Photo)\n\n"
        "Air defences destroyed 12 drones over the Belgorod region overnight, the Russian Defence "
        "Ministry said Saturday.",
        intercept("RU-BEL", 12, MOD, "2025-06-07"),
    ),
    case(
        "estimate-from-a-caption-date-the-same-weekday",
        "Ukraine said on Sunday it had shot down 50 of 58 drones that Russia launched overnight.\n\n"
        "Rescuers clear rubble in Odesa on 1 June 2025.",
        intercept("UA", 50, "unknown", "2025-06-01"),
        launch("UA", 58, "unknown", "2025-06-01"),
    ),
    case(
        "estimate-is-the-latest-date-written",
        "Drones have struck the plant before, on 3 March 2024 and 10 June 2025. On Tuesday the governor "
        "of the Tula region said 6 drones were shot down over the region.",
        intercept("RU-TUL", 6, gov("RU-TUL"), "2025-06-10"),
    ),
    case(
        "full-date-with-year-needs-no-publication",
        "On the evening of Friday, 6 June 2025, a drone struck a warehouse in Chuvashia, the head "
        "of the Chuvash Republic, Andrei Nikitin, said.",
        attack("RU-CU", 1, gov("RU-CU"), "2025-06-06"),
    ),
    case(
        "month-without-day-is-a-tally",
        "Russia launched 300 drones on the night of April 2-3, the air force said. In March alone, "
        "Russia launched 4,900 drones, according to air force figures.",
        launch("UA", 300, AF, "2025-04-03"),
        launch("UA", 4900, AF),
        published="2025-04-10",
    ),
    case(
        "ranking-period-is-not-the-claim-period",
        "Russia said on Wednesday it had destroyed 210 Ukrainian drones, the largest attack on the region "
        "since the start of the war, the Defence Ministry said.",
        intercept("RU", 210, MOD, "2025-04-09"),
        published="2025-04-10",
    ),
    case(
        "over-the-past-night-and-this-night",
        "Over the past night, air defence systems destroyed 9 drones over the Kursk region, the Defence "
        "Ministry said.\n\nHead of Mordovia Ivan Sorokin: this night the air defence destroyed 2 UAV over "
        "the republic.",
        intercept("RU-KRS", 9, MOD, "2025-04-10"),
        intercept("RU-MO", 2, gov("RU-MO"), "2025-04-10"),
        published="2025-04-10",
    ),
    case(
        "reporter-post-goes-on-about-its-day",
        "Lipetsk region governor Oleg Belov: Tonight the region was attacked by Ukrainian UAVs. 6 drones "
        "were shot down by air defence. No one was hurt.",
        intercept("RU-LIP", 6, gov("RU-LIP"), "2025-04-11"),
        published="2025-04-11",
    ),
    case(
        "quote-after-statement-day",
        "Tver governor Ivan Sokolov said on Thursday that air defence was repelling an attack on the region."
        '\n\n"Four drones have been shot down," he said.',
        intercept("RU-TVE", 4, gov("RU-TVE"), "2025-04-10"),
        published="2025-04-11",
    ),
    case(
        "another-reporter-takes-the-story-day",
        "The air force said on Friday that 30 drones were downed overnight. Kharkiv Mayor Ivan Petrenko "
        "said two drones struck a school.",
        intercept("UA", 30, AF, "2025-04-11"),
        attack("UA-63", 2, mayor("UA-63"), "2025-04-11"),
        published="2025-04-11",
    ),
    # --- a story tells of one day: its undated claims take the day most dated claims name -----------
    case(
        "story-day-reaches-an-undated-claim-later",
        "Nine drones were shot down over the Penza region overnight, the governor said.\n\n"
        "Separately, a drone hit a grain silo near Kuznetsk, local officials said.",
        intercept("RU-PNZ", 9, gov("RU-PNZ"), "2025-05-14"),
        attack("RU-PNZ", 1, "unknown", "2025-05-14"),
        published="2025-05-14",
    ),
    case(
        "story-day-reaches-an-undated-headline",
        "Air defences repel an attack by three drones on Tula\n\n"
        "On Thursday, the regional governor said three drones had been destroyed over the city. "
        "Five more were downed over the Kaluga region on Thursday, the Defence Ministry said.",
        intercept("RU-TUL", 3, gov("RU-TUL"), "2025-05-15"),
        intercept("RU-KLU", 5, MOD, "2025-05-15"),
        published="2025-05-16",
    ),
    case(
        "story-day-is-the-day-most-claims-name",
        "The air force said 40 drones were downed on Monday. On Tuesday it said 35 drones were downed. On "
        "Tuesday the Kharkiv mayor said four drones hit a depot.\n\nSeparately, a drone struck a market in "
        "Sumy, local media reported.",
        intercept("UA", 40, AF, "2025-05-12"),
        intercept("UA", 35, AF, "2025-05-13"),
        attack("UA-63", 4, mayor("UA-63"), "2025-05-13"),
        attack("UA-59", 1, "unknown", "2025-05-13"),
        published="2025-05-14",
    ),
    case(
        "a-story-with-no-time-expression-stays-undated",
        "Air defences destroyed 7 drones over the Lipetsk region, the governor said. "
        "A drone also struck a warehouse in Yelets, he said.",
        intercept("RU-LIP", 7, gov("RU-LIP")),
        attack("RU-LIP", 1, gov("RU-LIP")),
        published="2025-05-14",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_dates(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
