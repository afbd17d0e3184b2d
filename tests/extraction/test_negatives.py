"""Distractors: texts (or parts of texts) that must yield NO claim. Missiles, aircraft, rockets
and guided bombs are not drones; drones lost to jamming are not intercepts; production figures,
sightings, airport closures, policy news, races and light shows are not claims; drones in the
plural without a number give no claim."""

import pytest

from .conftest import AF, CASE_FIELDS, UNKNOWN, case, claims_of, intercept, launch

CASES = [
    # --- terse crisis-staff post with no other war word: still a claim ------------------------
    case(
        "operational-headquarters-terse-post",
        "In the Tambov region, 3 UAVs were suppressed by EW means, the operational headquarters reported.",
        intercept("RU-TAM", 3, UNKNOWN),
    ),
    # --- not drones ---------------------------------------------------------------------------
    case(
        "cruise-missiles-only",
        "Russian air defences shot down four cruise missiles over the Bryansk region, the Russian "
        "Defence Ministry said.",
    ),
    case(
        "aircraft-only",
        "The Russian Defence Ministry said its fighters had shot down two Ukrainian Su-25 aircraft and a helicopter.",
    ),
    case(
        "rockets-only",
        "Air defences intercepted 12 HIMARS rockets over the Belgorod region, the Russian Defence Ministry said.",
    ),
    case(
        "guided-bombs-only",
        "The Russian Defence Ministry said six JDAM guided bombs and three Hammer bombs had been "
        "intercepted over the past day.",
    ),
    case(
        "ballistic-missile-strike",
        "A ballistic missile struck a shopping centre in Chernihiv, killing two people, the "
        "regional military administration said.",
    ),
    case(
        "missile-in-russian",
        "Над территорией Брянской области сбита ракета «Нептун», сообщили в Минобороны России.",
    ),
    case(
        "drones-and-both-missiles-gives-only-the-drones",
        "Air defences shot down 14 drones and both cruise missiles over the Poltava region, the air force said.",
        intercept("UA-53", 14, AF),
    ),
    case(
        "launched-drones-and-missiles-missiles-not-counted",
        "Russia launched 35 drones and 4 ballistic missiles at Ukraine, the air force said. Two "
        "of the missiles were intercepted.",
        launch("UA", 35, AF),
    ),
    # --- drones lost to jamming -----------------------------------------------------------------
    case(
        "lost-from-radar",
        "A further 18 drones disappeared from radar screens, probably because of jamming, the air force said.",
    ),
    case(
        "vanished-from-radar",
        "Twenty-six drones vanished from radar, the Ukrainian air force said.",
    ),
    case(
        "lost-locationally",
        "The Air Force reported that 31 decoy drones had been lost locationally.",
    ),
    # --- production, deliveries, programmes --------------------------------------------------------
    case(
        "factory-production",
        "The plant in the Tula region produced 3,000 drones last month, the company said.",
    ),
    case(
        "deliveries-to-the-army",
        "The defence ministry said it had delivered 12,000 FPV drones to frontline units in March.",
    ),
    case(
        "interceptor-drone-units",
        "Ukraine has formed 20 new units armed with interceptor drones, the defence minister said.",
    ),
    # --- sightings, alerts, airports -------------------------------------------------------------
    case(
        "drone-sighting-airport-halts-flights",
        "Flights at Kaunas airport were halted for an hour after a pilot reported seeing a drone near the runway.",
    ),
    case(
        "airport-closure-drone-threat",
        "Vnukovo airport suspended flights for two hours because of a drone threat, the aviation authority said.",
    ),
    case(
        "alert-drones-spotted",
        "An air-raid alert was declared in the Poltava region as drones were spotted heading west.",
    ),
    case(
        "hypothetical-warning",
        "The air force warned that Russia could launch up to 100 drones in the coming nights.",
    ),
    # --- policy news --------------------------------------------------------------------------------
    case(
        "regional-ban",
        "The Voronezh region government banned flights of civilian drones until the end of the year.",
    ),
    case(
        "registration-rules",
        "Lawmakers approved a bill requiring owners of drones heavier than 250 grams to register them.",
    ),
    # --- racing and shows ------------------------------------------------------------------------------
    case(
        "drone-racing",
        "Forty pilots competed in a drone racing cup in Samara, where three drones crashed into the barriers.",
    ),
    case(
        "light-show",
        "A light show with 1,500 drones lit up the sky over the Volga on Saturday evening.",
    ),
    # --- drones without a number, history ---------------------------------------------------------------
    case(
        "plural-drones-no-number",
        "Russian drones struck the city of Sumy overnight, regional officials said.",
    ),
    case(
        "plural-drones-attacked-depot-no-number",
        "Drones attacked an oil depot in the Bryansk region, the governor said.",
    ),
    case(
        "a-drone-attack-is-not-a-drone",
        "Debris fell on a garage in the Tula region after air defences repelled a drone attack, the governor said.",
    ),
    case(
        "anniversary-without-counts",
        "Residents of Dnipro marked a year since Russian drones struck a hostel, killing nine people.",
    ),
    case(
        "forecast-is-not-a-claim",
        "Russia launched 90 drones overnight, the air force said. Officials expect attacks of 800 drones a "
        "night by winter.",
        launch("UA", 90, AF, "2025-04-10"),
        published="2025-04-10",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_negatives(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected
