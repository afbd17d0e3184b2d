"""Authorities: who reported the number, as role:jurisdiction (or "unknown")."""

import pytest

from pipelines.extraction.authorities import find_reporters
from pipelines.extraction.gazetteer import find_countries, find_places

from .conftest import AF, CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept, launch, mayor

CASES = [
    # --- "the region's head" as a possessive title ------------------------------------------
    case(
        "possessive-region-head",
        "A drone hit a warehouse in Bashkortostan, the republic's head Ildar Ganiev said.",
        attack("RU-BA", 1, gov("RU-BA")),
    ),
    # --- a well-known official cited by surname alone ----------------------------------------
    case(
        "surname-only-sobyanin",
        "Sobyanin: air defence forces shot down 2 drones approaching the capital.",
        intercept("RU-MOW", 2, mayor("RU-MOW")),
    ),
    # --- "the X-led coalition": the country word ends at the hyphen ---------------------------
    case(
        "saudi-led-coalition",
        "The Saudi-led coalition said it had downed 4 drones over the kingdom.",
        intercept("SA", 4, "military:SA"),
    ),
    # --- governors and heads of republics -----------------------------------------------------
    case(
        "named-governor-region-first",
        "Tula region governor Gleb Sorokin said 4 drones were destroyed over the region.",
        intercept("RU-TUL", 4, gov("RU-TUL")),
    ),
    case(
        "the-governor-of-the-x-region-comma-name",
        "The governor of the Kursk region, Mikhail Vetrov, said 6 drones were shot down over the Rylsk district.",
        intercept("RU-KRS", 6, gov("RU-KRS")),
    ),
    case(
        "city-name-governor",
        "Belgorod governor Pavel Zotov said air defences had destroyed 8 drones over the region.",
        intercept("RU-BEL", 8, gov("RU-BEL")),
    ),
    case(
        "head-of-bashkortostan",
        "The head of Bashkortostan, Timur Sadykov, said a drone had been shot down near Salavat.",
        intercept("RU-BA", 1, gov("RU-BA")),
    ),
    case(
        "rais-of-tatarstan",
        "The Rais of Tatarstan, Ildar Safin, said a drone had been destroyed near Yelabuga.",
        intercept("RU-TA", 1, gov("RU-TA")),
    ),
    case(
        "russian-glava-oblasti",
        "Глава Пензенской области Артём Куликов сообщил, что над регионом сбиты 5 беспилотников.",
        intercept("RU-PNZ", 5, gov("RU-PNZ")),
    ),
    case(
        "kyiv-city-military-administration-head",
        "Tymur Levchenko, head of the Kyiv City Military Administration, said air defences had "
        "destroyed 10 drones over the city.",
        intercept("UA-30", 10, gov("UA-30")),
    ),
    # --- mayors -------------------------------------------------------------------------------
    case(
        "moscow-mayor",
        "Moscow mayor Yuri Belkin said air defences had shot down 5 drones flying towards Moscow.",
        intercept("RU-MOW", 5, mayor("RU-MOW")),
    ),
    case(
        "mayor-of-the-russian-capital",
        "The mayor of the Russian capital said 2 drones flying towards the city had been destroyed.",
        intercept("RU-MOW", 2, mayor("RU-MOW")),
    ),
    case(
        "kharkiv-mayor",
        "Kharkiv mayor Oleksandr Havryliuk said a drone hit a warehouse in the city.",
        attack("UA-63", 1, mayor("UA-63")),
    ),
    # --- ministries, air force, general staff, emergency service ------------------------------------
    case(
        "the-ministry-refers-back",
        "The Russian Defence Ministry said on its Telegram channel that 3 drones had been "
        "destroyed over the Kaluga region. Another 2 were shot down over the Tula region, the "
        "ministry said.",
        intercept("RU-KLU", 3, MOD),
        intercept("RU-TUL", 2, MOD),
    ),
    case(
        "the-air-force-of-the-armed-forces-of-ukraine",
        "The Air Force of the Armed Forces of Ukraine said 12 drones had been shot down over the Sumy region.",
        intercept("UA-59", 12, AF),
    ),
    case(
        "news-agency-relaying-the-ministry",
        "TASS reported, citing the Defence Ministry, that 8 drones had been intercepted over the Rostov region.",
        intercept("RU-ROS", 8, MOD),
    ),
    case(
        "president-video-address",
        "In his evening video address, Ukraine's president said Russia had launched 150 drones against Ukraine.",
        launch("UA", 150, "president:UA"),
    ),
    case(
        "general-staff",
        "The General Staff of the Armed Forces of Ukraine reported that its units had destroyed 26 Russian drones.",
        intercept("UA", 26, "general_staff:UA"),
    ),
    case(
        "state-emergency-service",
        "Ukraine's State Emergency Service said a drone hit a school in the Chernihiv region.",
        attack("UA-74", 1, "emergency_service:UA"),
    ),
    case(
        "other-armed-force-is-military",
        "Ukraine's Southern Defence Forces said 30 drones had been destroyed over the Kherson region.",
        intercept("UA-65", 30, "military:UA"),
    ),
    case(
        "foreign-armed-forces-are-military",
        "Poland's armed forces said 3 drones that crossed into Polish airspace had been shot down.",
        intercept("PL", 3, "military:PL"),
    ),
    # --- unknown ------------------------------------------------------------------------------
    case(
        "unknown-official-sources",
        "According to official sources, 15 drones were shot down over the Belgorod region.",
        intercept("RU-BEL", 15, UNKNOWN),
    ),
    case(
        "unknown-authorities-reported",
        "Authorities reported that 2 drones had been destroyed over the Astrakhan region.",
        intercept("RU-AST", 2, UNKNOWN),
    ),
    # --- two authorities in one text ------------------------------------------------------------
    case(
        "governor-and-ministry-disagree",
        "Kostroma region governor Yuri Galkin said 11 drones were destroyed over the region, while "
        "the Russian Defence Ministry said only 7 drones had been downed over the Kostroma region.",
        intercept("RU-KOS", 11, gov("RU-KOS")),
        intercept("RU-KOS", 7, MOD),
    ),
    case(
        "ministry-and-governor-agree-still-two-claims",
        "The Russian Defence Ministry said 5 drones were shot down over the Smolensk region. "
        "Smolensk region governor Oleg Frolov said separately that 5 drones had been destroyed "
        "over the region.",
        intercept("RU-SMO", 5, MOD),
        intercept("RU-SMO", 5, gov("RU-SMO")),
    ),
    # --- generalisation from wire copy --------------------------------------------------------
    case(
        "passive-agent-is-not-the-speaker",
        # "launched from" says where they came from, not a number launched (as the adjudicated real gold reads it)
        "Three drones launched from Lebanon were shot down by the Israeli Air Force on Tuesday, the military said.",
        intercept("IL", 3, "military:IL", "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "third-country-defence-minister",
        "WARSAW (Reuters) - Polish jets shot down at least three drones over Polish territory overnight, "
        "Defence Minister Jan Nowicki said.",
        intercept("PL", "3+", "defence_ministry:PL", "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "x-led-coalition",
        "Saudi air defences destroyed two drones over the kingdom on Monday, the Saudi-led coalition said.",
        intercept("SA", 2, "military:SA", "2025-04-07"),
        published="2025-04-08",
    ),
    case(
        "outlet-citing-residents-is-unknown",
        "The Defence Ministry said 60 drones were destroyed over Russian regions overnight. A local outlet "
        "reported that a drone struck a fuel depot in the Oryol region, citing residents.",
        intercept("RU", 60, MOD, "2025-04-08"),
        attack("RU-ORL", 1, UNKNOWN, "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "put-the-number-at-is-a-speaker",
        "The Bryansk governor said 12 drones were downed over the region overnight, while the Defence "
        "Ministry put the number at 8.",
        intercept("RU-BRY", 12, gov("RU-BRY"), "2025-04-08"),
        intercept("RU-BRY", 8, MOD, "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "the-country-is-the-reporters-country",
        "Ukraine's air force reported on Sunday that Russia attacked with 70 drones from the directions of "
        "Kursk, Bryansk and Oryol.\n\n"
        "As of 09:00, 55 drones were shot down in the north and east of the country.",
        launch("UA", 70, AF, "2025-04-06"),
        intercept("UA", 55, AF, "2025-04-06"),
        published="2025-04-06",
    ),
    case(
        "signature-line-is-the-reporter",
        "Tonight air defence destroyed more than 10 UAV over Rostov region. In the Millerovsky district a "
        "roof was damaged.\n- Acting governor of Rostov region Ivan Sorokin",
        intercept("RU-ROS", "11+", gov("RU-ROS"), "2025-04-11"),
        published="2025-04-11",
    ),
    case(
        "preliminary-data-is-the-reporters-own",
        "Ukraine's Air Force reported on Friday that Russia launched 80 drones overnight. According to "
        "preliminary data, 61 of them were shot down.",
        launch("UA", 80, AF, "2025-04-11"),
        intercept("UA", 61, AF, "2025-04-11"),
        published="2025-04-11",
    ),
    case(
        "regional-administration-is-the-governor",
        "A drone hit a grain terminal in the Izmail district on Friday, the Odesa regional administration said.",
        attack("UA-51", 1, gov("UA-51"), "2025-04-11"),
        published="2025-04-11",
    ),
    case(
        "unnamed-source-goes-on",
        "Russian strikes killed five people over the past day, regional officials said on Monday. In "
        "Sumy, a drone hit a car. The General Staff reported 120 clashes.",
        attack("UA-59", 1, UNKNOWN, "2025-04-14"),
        published="2025-04-14",
    ),
    # --- the armed forces in general (ANNOTATION.md): the body that issues the country's counts ----
    case(
        "russian-army-is-the-defence-ministry",
        "Eleven drones were shot down over the Voronezh region overnight, said the Russian army.",
        intercept("RU-VOR", 11, MOD, "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "russias-military-is-the-defence-ministry",
        "Russia's military said it had shot down 9 drones over the Tver region.",
        intercept("RU-TVE", 9, MOD),
    ),
    case(
        "ukrainian-army-is-the-air-force",
        "The Ukrainian army said on Tuesday that 27 of 35 Russian drones had been downed.",
        intercept("UA", 27, AF, "2025-04-08"),
        launch("UA", 35, AF, "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "a-named-body-of-the-armed-forces-is-that-body",
        "The General Staff of Ukraine's Armed Forces said 40 of 52 drones were shot down.",
        intercept("UA", 40, "general_staff:UA"),
        launch("UA", 52, "general_staff:UA"),
    ),
    case(
        "the-army-as-an-actor-is-no-reporter",
        "The Russian army's air defence units shot down 7 drones over the Kursk region, the governor said.",
        intercept("RU-KRS", 7, gov("RU-KRS")),
    ),
    case(
        "ukrainskie-voennye-are-the-air-force",
        "Украинские военные сообщили, что сбили 21 беспилотник.",
        intercept("UA", 21, AF),
    ),
    case(
        "soobshchili-rossiyskie-voennye-after-the-figure",
        "Сбиты 9 беспилотников над Орловской областью, сообщили российские военные.",
        intercept("RU-ORL", 9, MOD),
    ),
    # --- a governor named once, quoted later ------------------------------------------------
    case(
        "governor-quoted-by-surname-in-a-later-paragraph",
        "Lipetsk region governor Igor Artamonov said 3 drones were destroyed near Yelets.\n\n"
        "The attack went on into the morning. Two more drones were downed over the Gryazi district, Artamonov said.",
        intercept("RU-LIP", 3, gov("RU-LIP")),
        intercept("RU-LIP", 2, gov("RU-LIP")),
    ),
    case(
        "the-governor-added",
        "Lipetsk region governor Igor Artamonov said 3 drones were destroyed near Yelets. A drone later hit a "
        "warehouse in the Gryazi district, the governor added.",
        intercept("RU-LIP", 3, gov("RU-LIP")),
        attack("RU-LIP", 1, gov("RU-LIP")),
    ),
    case(
        "he-said-after-the-ministrys-forces",
        'Tambov governor Petr Kuzin said on Telegram that the attack was over. "Air defence units of the Russian '
        'Defence Ministry destroyed 6 drones over the Tambov region," he said.',
        intercept("RU-TAM", 6, gov("RU-TAM")),
    ),
    case(
        "russian-governor-by-surname-later",
        "Губернатор Брянской области Андрей Петров сообщил, что сбиты 3 беспилотника.\n\n"
        "Позже Петров написал, что над Климовским районом уничтожены ещё 2 дрона.",
        intercept("RU-BRY", 3, gov("RU-BRY")),
        intercept("RU-BRY", 2, gov("RU-BRY")),
    ),
    case(
        "po-slovam-gubernatora",
        "По словам губернатора Белгородской области, над регионом уничтожены 5 беспилотников.",
        intercept("RU-BEL", 5, gov("RU-BEL")),
    ),
    # --- a news agency relaying a ministry reports as the ministry ---------------------------
    case(
        "agency-citing-the-ministry",
        "TASS, citing the Defence Ministry, reported that 13 drones were destroyed over the Belgorod region.",
        intercept("RU-BEL", 13, MOD),
    ),
    case(
        "russian-ministry-in-the-prepositional",
        "В Министерстве обороны России заявили, что над Курской областью уничтожены 8 беспилотников.",
        intercept("RU-KRS", 8, MOD),
    ),
    case(
        "vozdushnye-sily",
        "Воздушные силы ВСУ сообщили, что ночью сбиты 44 беспилотника.",
        intercept("UA", 44, AF, "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "generalny-shtab",
        "Генеральный штаб ВСУ сообщил, что за сутки сбиты 17 дронов.",
        intercept("UA", 17, "general_staff:UA"),
    ),
    # --- other sources ------------------------------------------------------------------------
    case(
        "telegram-channels-are-unknown",
        "Several Telegram channels reported that 4 drones were shot down over the Tambov region.",
        intercept("RU-TAM", 4, UNKNOWN),
    ),
    case(
        "the-kremlin-is-the-president",
        "The Kremlin said 30 drones were destroyed over Russian regions overnight.",
        intercept("RU", 30, "president:RU", "2025-04-08"),
        published="2025-04-08",
    ),
    case(
        "official-by-surname-beside-the-ministrys-forces",
        "Sobyanin: the Defence Ministry's air defence forces destroyed three drones approaching Moscow.",
        intercept("RU-MOW", 3, mayor("RU-MOW")),
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_authorities(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_shared_gives_the_figure():
    """'shared' is a speech verb ("the governor ... shared an update on Telegram"), and a body named in
    a possessive is no speaker unless it speaks through a voice ("the president's office said")."""

    def speakers(s: str) -> list[bool]:
        return [r.speaker for r in find_reporters(s, find_places(s), lambda: find_countries(s))]

    assert speakers("Later, the governor of the Tver region, Igor Rudenko, shared an update.") == [True]
    assert speakers("Moscow said drones were aimed at Putin's residence.") == [False]
    assert speakers("The Russian president's press service said two drones were downed.") == [True]
