"""Noisy input: headlines run into the body, site boilerplate, live-blog timestamps, translator
notes, truncated text, and the same claim repeated in headline and body (one claim)."""

import pytest

from .conftest import AF, CASE_FIELDS, MOD, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- headline and body ------------------------------------------------------------------------
    case(
        "headline-run-into-first-sentence-without-space",
        "Six drones downed over Tula region overnightAir defences destroyed 6 drones over the Tula "
        "region overnight, governor Gleb Sorokin wrote on Telegram.",
        intercept("RU-TUL", 6, gov("RU-TUL")),
    ),
    case(
        "headline-line-and-body-same-reporter-one-claim",
        "Bryansk: 9 drones shot down, governor says\n\n"
        "Air defences shot down 9 drones over the Bryansk region, governor Yegor Shilov said.",
        intercept("RU-BRY", 9, gov("RU-BRY")),
    ),
    case(
        "headline-word-body-digits-one-claim",
        "Nine drones downed over Kaluga region\n\n"
        "Kaluga region governor Pavel Lebedev said 9 drones had been shot down over the region.",
        intercept("RU-KLU", 9, gov("RU-KLU")),
    ),
    case(
        "title-argument-repeats-body-one-claim",
        "Air defences destroyed 4 drones over the Penza region, governor Artyom Kulikov said.",
        intercept("RU-PNZ", 4, gov("RU-PNZ")),
        title="Four drones destroyed over Penza region, governor says",
    ),
    case(
        "headline-total-then-body-breakdown",
        "Defence Ministry reports 15 drones downed\n\n"
        "The Russian Defence Ministry said 15 drones had been destroyed: 9 over the Kursk region "
        "and 6 over the Bryansk region.",
        intercept("RU", 15, MOD, total=True),
        intercept("RU-KRS", 9, MOD),
        intercept("RU-BRY", 6, MOD),
    ),
    # --- boilerplate ---------------------------------------------------------------------------------
    case(
        "subscribe-appeal",
        "Air defences destroyed 5 drones over the Kursk region, governor Mikhail Vetrov said.\n\n"
        "Follow us on Telegram and be the first to know what happens in your region!",
        intercept("RU-KRS", 5, gov("RU-KRS")),
    ),
    case(
        "comment-form",
        "Governor Ivan Sokolov said 3 drones were shot down over the Voronezh region.\n\n"
        "Discussion\nAdd your comment\nYou must be signed in to comment. Fields marked * are "
        "mandatory\nNickname *\nE-mail *\nSend\nNo comments yet",
        intercept("RU-VOR", 3, gov("RU-VOR")),
    ),
    case(
        "read-more-and-related-lines",
        "The Russian Defence Ministry said 8 drones were destroyed over the Rostov region.\n\n"
        "Read more: Five things to know about drone attacks on the south\n"
        "Related: Rostov airport reopens after restrictions",
        intercept("RU-ROS", 8, MOD),
    ),
    case(
        "paywall-share-and-credits",
        "Ukraine's air force said Russia had launched 73 drones at Ukraine.\n\n"
        "(Writing by Olha Marchuk; Editing by Tom Reed)\n"
        "Enjoying our coverage? Become a member from €3 a month.\n"
        "Share: WhatsApp | LinkedIn | Copy link",
        launch("UA", 73, AF),
    ),
    # --- live blogs -------------------------------------------------------------------------------------
    case(
        "live-blog-timestamps-with-dash",
        "Live: drone alerts in the border regions, Saturday 12 July\n\n"
        "07:12 - Kursk region governor Mikhail Vetrov: 3 drones were shot down over the Glushkovo "
        "district.\n\n"
        "07:40 - Restrictions have been introduced at the regional airport.\n\n"
        "This page is refreshed every few minutes.",
        intercept("RU-KRS", 3, gov("RU-KRS")),
    ),
    case(
        "live-blog-timestamps-with-section-headings",
        "19:32 Novgorod region\n"
        "Governor Nikita Vlasov writes that 2 UAVs were destroyed over the Valdai district.\n\n"
        "20:05 Moscow\n"
        "Mayor Yuri Belkin: a drone flying towards Moscow has been shot down.",
        intercept("RU-NGR", 2, gov("RU-NGR")),
        intercept("RU-MOW", 1, mayor("RU-MOW")),
    ),
    # --- translator notes and truncation --------------------------------------------------------------------
    case(
        "translator-note-in-square-brackets",
        "Governor Pavel Zotov wrote that over two dozen drones had been brought down over the "
        "Belgorod region. [Translator's note: «БПЛА» is the Russian abbreviation for an unmanned "
        'aerial vehicle; we translate it as "drone".]',
        intercept("RU-BEL", "25+", gov("RU-BEL")),
    ),
    case(
        "machine-translation-note",
        "Leningrad region governor Artur Kovalenko said 2 drones had been shot down over the Luga "
        "district.\n\n"
        "[Automatic translation from the original Russian; minor edits by our staff.]",
        intercept("RU-LEN", 2, gov("RU-LEN")),
    ),
    case(
        "text-cut-off-mid-sentence",
        "Air defences destroyed 5 drones over the Penza region, governor Artyom Kulikov said. Debris "
        "damaged a roof in a village near Kuznetsk, where residents said that",
        intercept("RU-PNZ", 5, gov("RU-PNZ")),
    ),
    case(
        "text-cut-off-after-claim-sentence",
        "Saratov region governor Roman Ilyin said 3 drones were shot down over Engels. The city, "
        "home to a strategic bomber base, has seen repeated attacks because of its",
        intercept("RU-SAR", 3, gov("RU-SAR")),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_noise(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
