"""Counts: digits, thousands separators, number words, "both"/"all N"/"a drone", "two each",
vague and approximate amounts (count None, count_low set), totals followed by breakdowns in
every layout, subsets and "the rest" (no claims), running tallies, a number split inside one
region (one claim), and region lists without counts (one country-level claim); number words
read from the vocabulary files (compound numerals, Russian case forms, digits with case endings)."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.extraction import vocabulary
from pipelines.extraction.numbers import (
    NUMERALS,
    QUANTITY_RE,
    Numerals,
    QuantityReader,
    _quantity_matches,
    find_quantities,
    may_hold_quantity,
    parse_number,
)
from pipelines.extraction.rules import _amount_kinds

from .conftest import AF, CASE_FIELDS, MOD, UNKNOWN, attack, case, claims_of, gov, intercept, launch

CASES = [
    # --- a machine translation that keeps the Russian abbreviation ---------------------------
    case(
        "latin-bpla-abbreviation",
        "By the means of air defense were destroyed 2 BPLA over the territory of the Oryol region.",
        intercept("RU-ORL", 2, UNKNOWN),
    ),
    # --- the amount far after the drone word (the prefilter must let it through) --------------
    case(
        "amount-long-after-drone-word",
        "Ukrainian drones were aimed at the Tver region late on the night, with the Russian Defence"
        " Ministry then saying 17 were destroyed over the region.",
        intercept("RU-TVE", 17, MOD),
    ),
    # --- exact counts ------------------------------------------------------------------------
    case(
        "digits",
        "Air defences destroyed 14 drones over the Kursk region, the Russian Defence Ministry said.",
        intercept("RU-KRS", 14, MOD),
    ),
    case(
        "thousands-separator-weekly-country",
        "The Russian Defence Ministry said its forces had shot down 1,287 Ukrainian drones over the past week.",
        intercept("RU", 1287, MOD),
    ),
    case(
        "word-twelve",
        "Twelve drones were shot down over the Tula region, the Russian Defence Ministry said.",
        intercept("RU-TUL", 12, MOD),
    ),
    case(
        "word-twenty-three",
        "The Russian Defence Ministry said twenty-three drones had been destroyed over the Bryansk region.",
        intercept("RU-BRY", 23, MOD),
    ),
    case(
        "word-a-dozen",
        "Air defences destroyed a dozen drones over the Belgorod region, the Russian Defence Ministry said.",
        intercept("RU-BEL", 12, MOD),
    ),
    case(
        "both",
        "The governor of the Tver region, Roman Lapin, said two drones had flown towards a power "
        "plant near Konakovo and both had been destroyed.",
        intercept("RU-TVE", 2, gov("RU-TVE")),
    ),
    case(
        "all-eleven",
        "Kaluga region governor Pavel Lebedev said all 11 drones that approached the region had been shot down.",
        intercept("RU-KLU", 11, gov("RU-KLU")),
    ),
    case(
        "a-drone",
        "A drone was shot down over the Smolensk region, governor Oleg Frolov said.",
        intercept("RU-SMO", 1, gov("RU-SMO")),
    ),
    case(
        "another-drone",
        "Air defences destroyed another drone over the Voronezh region, governor Ivan Sokolov said.",
        intercept("RU-VOR", 1, gov("RU-VOR")),
    ),
    case(
        "two-each-over-x-and-y",
        "The Russian Defence Ministry said air defences had destroyed two drones each over the "
        "Kaluga and Smolensk regions.",
        intercept("RU-KLU", 2, MOD),
        intercept("RU-SMO", 2, MOD),
    ),
    case(
        "russian-word-numbers",
        "Губернатор Орловской области Кирилл Лавров сообщил, что над регионом уничтожены два беспилотника.",
        intercept("RU-ORL", 2, gov("RU-ORL")),
    ),
    # --- vague and approximate amounts -------------------------------------------------------
    case(
        "vague-several",
        "Several drones were shot down over the Ryazan region, governor Anna Belova said.",
        intercept("RU-RYA", "2+", gov("RU-RYA")),
    ),
    case(
        "vague-dozens",
        "Dozens of drones were destroyed over the Smolensk region, governor Oleg Frolov said.",
        intercept("RU-SMO", "24+", gov("RU-SMO")),
    ),
    case(
        "vague-more-than-70",
        "More than 70 drones were shot down over the Tambov region, governor Oleg Zhukov said.",
        intercept("RU-TAM", "71+", gov("RU-TAM")),
    ),
    case(
        "vague-over-two-dozen",
        "Over two dozen drones were destroyed over the Belgorod region, governor Pavel Zotov said.",
        intercept("RU-BEL", "25+", gov("RU-BEL")),
    ),
    case(
        "vague-over-three-dozen",
        "Over three dozen drones were shot down over the Kursk region, governor Mikhail Vetrov said.",
        intercept("RU-KRS", "37+", gov("RU-KRS")),
    ),
    case(
        "vague-more-than-a-dozen",
        "More than a dozen drones were destroyed over the Lipetsk region, governor Yuri Galkin said.",
        intercept("RU-LIP", "13+", gov("RU-LIP")),
    ),
    case(
        "vague-at-least-5",
        "At least 5 drones were shot down over the Penza region, governor Artyom Kulikov said.",
        intercept("RU-PNZ", "5+", gov("RU-PNZ")),
    ),
    case(
        "approx-about-30",
        "Air defences destroyed about 30 drones over the Rostov region, governor Denis Panin said.",
        intercept("RU-ROS", "~30", gov("RU-ROS")),
    ),
    case(
        "approx-some-40",
        "Some 40 drones were shot down over the Krasnodar Krai, governor Viktor Zubov said.",
        intercept("RU-KDA", "~40", gov("RU-KDA")),
    ),
    case(
        "vague-launch-more-than-1200",
        "Russia launched more than 1,200 drones at Ukraine over the past week, Ukraine's president said.",
        launch("UA", "1201+", "president:UA"),
    ),
    # --- totals followed by breakdowns ---------------------------------------------------------
    case(
        "breakdown-dash-over-the-territory",
        "Air defence assets destroyed 17 Ukrainian UAVs, the Russian Defence Ministry reported: "
        "7 – over the territory of the Kursk region, 6 – over the territory of the Belgorod "
        "region, 4 – over the territory of the Bryansk region.",
        intercept("RU", 17, MOD, total=True),
        intercept("RU-KRS", 7, MOD),
        intercept("RU-BEL", 6, MOD),
        intercept("RU-BRY", 4, MOD),
    ),
    case(
        "breakdown-n-over-region-comma-list",
        "The Russian Defence Ministry said 12 drones were intercepted, 9 over the Lipetsk Region "
        "and 3 over the Tula Region.",
        intercept("RU", 12, MOD, total=True),
        intercept("RU-LIP", 9, MOD),
        intercept("RU-TUL", 3, MOD),
    ),
    case(
        "breakdown-parenthesised-counts",
        "The Russian Defence Ministry said 10 drones were destroyed over the regions of Kursk "
        "(six drones), Oryol (three) and Bryansk (one drone).",
        intercept("RU", 10, MOD, total=True),
        intercept("RU-KRS", 6, MOD),
        intercept("RU-ORL", 3, MOD),
        intercept("RU-BRY", 1, MOD),
    ),
    case(
        "breakdown-one-each-including-a-sea",
        "The Russian Defence Ministry said 9 drones had been destroyed: 6 over the Saratov region "
        "and one each over the Tver and Penza regions and the Caspian Sea.",
        intercept("RU", 9, MOD, total=True),
        intercept("RU-SAR", 6, MOD),
        intercept("RU-TVE", 1, MOD),
        intercept("RU-PNZ", 1, MOD),
        intercept("SEA-CASPIAN", 1, MOD),
    ),
    case(
        "breakdown-bullet-lines-after-colon",
        "The Russian Defence Ministry said air defences had destroyed 21 drones:\n"
        "– 11 over the Bryansk region;\n"
        "– 6 over the Smolensk region;\n"
        "– 4 over the Tver region.",
        intercept("RU", 21, MOD, total=True),
        intercept("RU-BRY", 11, MOD),
        intercept("RU-SMO", 6, MOD),
        intercept("RU-TVE", 4, MOD),
    ),
    case(
        "breakdown-russian-dash-and-po-odnomu",
        "Минобороны России: уничтожены 10 беспилотников: 8 – над территорией Брянской области, по "
        "одному – над территориями Смоленской и Псковской областей.",
        intercept("RU", 10, MOD, total=True),
        intercept("RU-BRY", 8, MOD),
        intercept("RU-SMO", 1, MOD),
        intercept("RU-PSK", 1, MOD),
    ),
    case(
        "breakdown-parts-do-not-add-up",
        "The Russian Defence Ministry said 25 drones were destroyed, 10 of them over the Kursk "
        "region and 6 over the Belgorod region.",
        intercept("RU", 25, MOD, total=True),
        intercept("RU-KRS", 10, MOD),
        intercept("RU-BEL", 6, MOD),
    ),
    case(
        "breakdown-the-rest-is-not-a-claim",
        "The Russian Defence Ministry said 30 drones were shot down: 12 over the Kursk region, "
        "8 over the Lipetsk region and the rest over the Tula and Oryol regions.",
        intercept("RU", 30, MOD, total=True),
        intercept("RU-KRS", 12, MOD),
        intercept("RU-LIP", 8, MOD),
    ),
    case(
        "subset-flying-towards-moscow-is-not-a-claim",
        "The Russian Defence Ministry said 7 drones were destroyed over the Moscow region, "
        "including 2 flying towards Moscow.",
        intercept("RU-MOS", 7, MOD),
    ),
    # --- running tallies ---------------------------------------------------------------------
    case(
        "running-tally-another-the-fifth",
        "Air defences shot down another drone over the Belgorod region, the fifth since morning, "
        "governor Pavel Zotov said.",
        intercept("RU-BEL", 1, gov("RU-BEL")),
    ),
    case(
        "running-tally-so-far",
        "So far, 29 drones have been destroyed over the Voronezh region, governor Ivan Sokolov said.",
        intercept("RU-VOR", 29, gov("RU-VOR")),
    ),
    # --- a number split inside one region -----------------------------------------------------
    case(
        "split-by-method-is-one-claim",
        "Kursk region governor Mikhail Vetrov said 16 drones had been neutralised over the "
        "region: 11 were shot down and 5 were jammed by electronic warfare.",
        intercept("RU-KRS", 16, gov("RU-KRS")),
    ),
    case(
        "split-by-time-is-one-claim",
        "Tambov region governor Oleg Zhukov said 16 drones were destroyed over the region, 9 in "
        "the evening and 7 after midnight.",
        intercept("RU-TAM", 16, gov("RU-TAM")),
    ),
    case(
        "split-by-place-is-one-claim",
        "Two drones were shot down over the Pskov region, one near the village of Kresty and one "
        "near the airport, governor Nikita Vlasov said.",
        intercept("RU-PSK", 2, gov("RU-PSK")),
    ),
    # --- region lists without counts ---------------------------------------------------------
    case(
        "ua-region-list-without-counts-is-country",
        "The air force said 19 drones were shot down over the Sumy, Poltava and Chernihiv regions.",
        intercept("UA", 19, AF),
    ),
    case(
        "ru-region-list-without-counts-is-country",
        "The Russian Defence Ministry said 14 drones had been destroyed over the Bryansk, Smolensk and Kaluga regions.",
        intercept("RU", 14, MOD),
    ),
    # --- generalisation from wire copy --------------------------------------------------------
    case(
        "clock-time-is-not-an-amount",
        "Russia launched 40 drones at Ukraine overnight, the air force said.\n\n"
        "07:40 — In Odesa, debris fell on a warehouse, the city council said.",
        launch("UA", 40, AF, "2025-04-02"),
        published="2025-04-02",
    ),
    case(
        "label-number-is-not-an-amount",
        "This morning a drone struck a car near Shebekino; the driver was taken to hospital No. 3 in "
        "Belgorod, governor Ivan Petrenko said.",
        attack("RU-BEL", 1, gov("RU-BEL"), "2025-04-02"),
        published="2025-04-02",
    ),
    case(
        "including-region-is-a-part-of-a-country-figure",
        "The Defence Ministry said on Friday its air defences had downed 120 Ukrainian drones overnight, "
        "including 35 over the Tula region.",
        intercept("RU", 120, MOD, "2025-04-04", total=True),
        intercept("RU-TUL", 35, MOD, "2025-04-04"),
        published="2025-04-05",
    ),
    case(
        "of-which-other-event-is-a-claim",
        "The air force said Russia sent 52 drones overnight, of which 40 were destroyed and 12 vanished from radar.",
        launch("UA", 52, AF, "2025-04-05"),
        intercept("UA", 40, AF, "2025-04-05"),
        published="2025-04-05",
    ),
    case(
        "of-them-after-people-is-not-drones",
        "A drone hit a bus near Lgov on Monday, wounding seven passengers, three of them children, Kursk "
        "region governor Petr Semyonov said.",
        attack("RU-KRS", 1, gov("RU-KRS"), "2025-04-07"),
        published="2025-04-08",
    ),
    # --- number words read whole (compound numerals, case forms, digits with case endings) ------
    case(
        "en-compound-hundred-and",
        "Air defences destroyed one hundred and twelve drones over the Kursk region, the Russian Defence Ministry said.",
        intercept("RU-KRS", 112, MOD),
    ),
    case(
        "en-a-hundred-and-five-launched",
        "Russia launched a hundred and five drones at Ukraine overnight, the air force said.",
        launch("UA", 105, AF),
    ),
    case(
        "en-thousands-in-words",
        "Ukraine's president said Russia had launched two thousand three hundred drones over the past month.",
        launch("UA", 2300, "president:UA"),
    ),
    case(
        "en-a-thousand",
        "The Russian Defence Ministry said a thousand drones had been shot down over the Belgorod region in a week.",
        intercept("RU-BEL", 1000, MOD),
    ),
    case(
        "en-half-a-dozen",
        "Half a dozen drones were shot down over the Lipetsk region, governor Yuri Galkin said.",
        intercept("RU-LIP", 6, gov("RU-LIP")),
    ),
    case(
        "en-over-half-a-dozen",
        "Over half a dozen drones were downed over the Tula region, governor Dmitry Milyaev said.",
        intercept("RU-TUL", "7+", gov("RU-TUL")),
    ),
    case(
        "en-tens-and-unit-with-a-space",
        "Governor Oleg Zhukov said forty nine drones were destroyed over the Tambov region.",
        intercept("RU-TAM", 49, gov("RU-TAM")),
    ),
    case(
        "en-dozens-without-a-number-is-vague",
        "Russia launched dozens of drones at Ukraine overnight, the air force said.",
        launch("UA", "24+", AF),
    ),
    case(
        "en-a-run-of-digits-longer-than-int-reads-is-no-amount",
        "The air force said Russia sent " + "7" * 5000 + " drones overnight.",
    ),
    case(
        "ru-compound-tens-and-unit",
        "Над территорией Калужской области уничтожены сорок семь беспилотников, сообщило Минобороны России.",
        intercept("RU-KLU", 47, MOD),
    ),
    case(
        "ru-compound-hundreds",
        "Минобороны России: над Курской областью перехвачены сто двенадцать беспилотников.",
        intercept("RU-KRS", 112, MOD),
    ),
    case(
        "ru-compound-hundreds-and-tens",
        "Минобороны России сообщило, что над Воронежской областью средствами ПВО уничтожены двести тридцать беспилотников.",
        intercept("RU-VOR", 230, MOD),
    ),
    case(
        "ru-polduzhiny",
        "Губернатор Смоленской области сообщил, что над регионом уничтожены полдюжины беспилотников.",
        intercept("RU-SMO", 6, gov("RU-SMO")),
    ),
    case(
        "ru-duzhina",
        "Губернатор Липецкой области сообщил, что над регионом уничтожена дюжина беспилотников.",
        intercept("RU-LIP", 12, gov("RU-LIP")),
    ),
    case(
        "ru-more-than-a-thousand-genitive",
        "Минобороны России сообщило, что за неделю над Ростовской областью уничтожены более тысячи беспилотников.",
        intercept("RU-ROS", "1001+", MOD),
    ),
    case(
        "ru-about-a-hundred-genitive",
        "Губернатор Курской области сообщил, что над регионом сбиты около сотни беспилотников.",
        intercept("RU-KRS", "~100", gov("RU-KRS")),
    ),
    case(
        "ru-tens-plural-is-vague",
        "Губернатор Тамбовской области сообщил, что над регионом сбиты десятки беспилотников.",
        intercept("RU-TAM", "24+", gov("RU-TAM")),
    ),
    case(
        "ru-thousands-grouped-by-a-space",
        "Минобороны России сообщило, что с начала года над Белгородской областью сбиты 3 215 беспилотников.",
        intercept("RU-BEL", 3215, MOD),
    ),
    case(
        "ru-digits-with-case-ending-ti",
        "Губернатор Пензенской области сообщил, что атака 12-ти беспилотников на регион отражена.",
        intercept("RU-PNZ", 12, gov("RU-PNZ")),
    ),
    case(
        "ru-digits-with-case-ending-kh",
        "Губернатор Брянской области сообщил, что силы ПВО отразили атаку 3-х беспилотников над регионом.",
        intercept("RU-BRY", 3, gov("RU-BRY")),
    ),
    case(
        "country-figure-split-in-bullets",
        "The air force said on Monday that air defence neutralised 50 UAVs:\n- 35 were shot down;\n"
        "- 15 were suppressed by EW.",
        intercept("UA", 50, AF, "2025-04-14"),
        published="2025-04-14",
    ),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_numbers(text, published, url, title, expected):
    assert claims_of(text, published, url, title=title) == expected


def test_a_vague_word_in_an_unusual_case_form_is_still_a_vague_count():
    # re.IGNORECASE matches the long s of old typesetting as "s"; the lookup must fold the same way
    [q] = find_quantities("Air defences downed ſeveral drones overnight")
    assert (
        q.count is None
        and q.count_low == find_quantities("Air defences downed several drones overnight")[0].count_low == 2
    )


# (phrase, count, count_low): what `find_quantities` reads in "<phrase> drones"
AMOUNTS = [
    ("twenty-three", 23, None), ("forty two", 42, None), ("one hundred and twelve", 112, None),
    ("a hundred and five", 105, None), ("nine hundred and ninety nine", 999, None), ("three dozen", 36, None),
    ("a dozen", 12, None), ("half a dozen", 6, None), ("two thousand five hundred", 2500, None),
    ("a thousand", 1000, None), ("1,346", 1346, None), ("over two dozen", None, 25), ("dozens of", None, 24),
    ("hundreds of", None, 200), ("thousands", None, 2000), ("around a hundred", None, 100),
    ("двадцать три", 23, None), ("сорок девять", 49, None), ("сто сорок два", 142, None),
    ("две тысячи триста", 2300, None), ("тысяча двести", 1200, None), ("двадцатью", 20, None),
    ("сорока", 40, None), ("ста", 100, None), ("двумястами", 200, None), ("девяноста одного", 91, None),
    ("трёх", 3, None), ("трех", 3, None), ("одну", 1, None), ("полдюжины", 6, None), ("полудюжиной", 6, None),
    ("дюжину", 12, None), ("два десятка", 20, None), ("пять сотен", 500, None), ("142-мя", 142, None),
    ("5-ти", 5, None), ("3-х", 3, None), ("2-ух", 2, None), ("12 345", 12345, None),
    ("7\u00a0008", 7008, None), ("1,234,567", 1234567, None), ("более десятка", None, 11),
    ("не менее двухсот", None, 200), ("около тысячи", None, 1000), ("тысячи", None, 2000),
    ("десятками", None, 24), ("сотни", None, 200), ("нескольких", None, 2),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "count", "low"), AMOUNTS, ids=[a[0] for a in AMOUNTS])
def test_amounts_read_whole(phrase, count, low):
    for text in (phrase, phrase.upper(), phrase.capitalize()):
        sentence = f"Они сообщили: {text} drones"
        [q] = find_quantities(sentence)
        assert (q.text, q.count, q.count_low) == (text, count, low), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "одни беспилотники",  # ("one" in the plural reads "only", "some")
        "the 5th drone",
        "1-го сентября",  # (an ordinal ending)
        "hospital No. 7",
        "школа № 4",
        "hundred drones",  # (a multiplier needs a number or the article)
        "2-3 drones",
    ],
)
def test_not_amounts(sentence):
    assert find_quantities(sentence) == []


def test_a_group_of_other_than_three_digits_is_a_number_of_its_own():
    assert [q.count for q in find_quantities("сбиты 12 3456 и 7 80 дронов")] == [12, 3456, 7, 80]


def test_a_run_of_digits_longer_than_int_reads_is_no_amount():
    digits = "9" * 5000  # (int() refuses more than 4,300 digits)
    assert parse_number(digits) is None
    assert parse_number(f"{digits},000") is None
    found = find_quantities(f"Они сообщили: {digits} drones, {digits}-х дронов и 7 БПЛА")
    assert [(q.text, q.count) for q in found] == [("7", 7)]


def _every_form() -> Iterator[tuple[str, bool]]:
    """Each word and phrase of the vocabulary as the reader knows it, and whether it is an amount alone."""
    for forms in (NUMERALS.words, NUMERALS.vague_forms, *(alone for _, alone in NUMERALS.orders.values())):
        yield from ((form, True) for form in forms)
    for after_number, _ in NUMERALS.orders.values():
        yield from ((f"{unit} {form}", False) for form in after_number for unit in ("three", "три"))
    for kind in NUMERALS.modifiers.values():
        yield from ((f"{m} {w}", True) for m in kind for w in ("5", "двух", "a dozen", "тысячи"))


def test_every_word_of_the_vocabulary_passes_the_start_searches_and_prefilters():
    """The start searches and prefilters are built from the same files as the patterns: every amount
    the pattern finds, they find too (a word the prefilter dropped would be read nowhere)."""
    for form, is_amount in _every_form():
        for text in (f"so {form} drones", f"({form.upper()})", f"x ({form.title()})."):
            expected = [(m.start(), m.end(), m.groupdict()) for m in QUANTITY_RE.finditer(text)]
            assert [(m.start(), m.end(), m.groupdict()) for m in _quantity_matches(text)] == expected, text
            assert not is_amount or expected, text
            if expected:
                assert may_hold_quantity(text) and _amount_kinds(text)[0], text


@pytest.fixture
def vocab_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the vocabulary folder that `vocabulary.load` reads instead of the real one."""
    copy = tmp_path / "vocab"
    shutil.copytree(vocabulary.VOCAB, copy)
    monkeypatch.setattr(vocabulary, "VOCAB", copy)
    vocabulary.load.cache_clear()
    yield copy
    vocabulary.load.cache_clear()


@pytest.mark.parametrize(
    ("lang", "old", "new", "sentence", "expected"),
    [
        ("ru", "[phrases]\n", '[phrases]\n"пара" = 2\n', "Сбита пара дронов, ещё парой атакован порт.",
         [("пара", 2), ("парой", 2)]),
        ("en", "[phrases]\n", "[phrases]\n\"a baker's dozen\" = 13\n", "They downed a baker's dozen drones.",
         [("a baker's dozen", 13)]),
        ("en", 'above = ["', 'above = ["well over", "', "They downed well over 30 drones.", [("well over 30", 31)]),
    ],
)  # fmt: skip
def test_a_word_added_to_a_copy_of_the_data_file_is_read(vocab_copy, lang, old, new, sentence, expected):
    path = vocab_copy / lang / "numbers.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    assert [(q.text, q.amount) for q in QuantityReader(Numerals.from_vocabulary()).find(sentence)] != expected
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    vocabulary.load.cache_clear()
    after = QuantityReader(Numerals.from_vocabulary()).find(sentence)
    assert [(q.text, q.amount) for q in after] == expected
