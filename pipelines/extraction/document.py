"""Document-level resolution: authorities, places from context, dates, totals, duplicates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import accumulate, combinations
from operator import attrgetter

from pipelines.extraction import prefilter
from pipelines.extraction.authorities import (
    DEFAULT_COUNTRY,
    NATIONAL,
    PRONOUN_RE,
    UNNAMED_SOURCE_RE,
    Reporter,
    find_reporters,
    has_unknown_marker,
    speech_near,
    surname,
    title_places,
)
from pipelines.extraction.channels import channel_authority
from pipelines.extraction.dates import (
    TimeExpr,
    find_time_expressions,
    phrases_pattern,
    publication_date,
    resolve,
    statement_day,
)
from pipelines.extraction.gazetteer import (
    Place,
    away_from_origin,
    capital_of,
    find_countries,
    find_places,
    region_country,
)
from pipelines.extraction.lexicon import alternation, merged_forms, ru_forms
from pipelines.extraction.model import Claim
from pipelines.extraction.numbers import A_SECOND_WORDS, FIRST_WORDS
from pipelines.extraction.rules import (
    DRONE_RE,
    PARTITIVE,
    Mention,
    all_intercepted,
    all_of_them_said,
    clause_boundaries,
    drone_amounts,
    find_mentions,
    names_one_drone,
    pronoun_subject,
)
from pipelines.extraction.text import (
    Sentence,
    fold,
    normalize,
    padded_fold,
    split_sentences,
    word_start_fold,
)
from pipelines.extraction.vocabulary import load, merged


def _war_context_re() -> re.Pattern[str]:
    spaced = [r"[\s-]+".join(map(re.escape, w.split())) for w in merged("events", "war_context_stems")]
    words = [rf"\b{re.escape(w)}\b" for w in merged("events", "war_context_words")]
    return re.compile("|".join([*spaced, *words]), re.I)


WAR_CONTEXT_RE = _war_context_re()
# a statement attributed to officials is news about the war even without war vocabulary
# ("A drone hit a warehouse in Engels, local officials said")
OFFICIAL_SOURCE_RE = re.compile(
    r"\b(?:" + alternation(merged_forms("events", "official_sources")) + r")\b",
    re.I,
)
# an amount shortly before a drone word: digits, or a word that may open one in the vocabulary (number
# words of every language, "a dozen", "a drone", "another", "both", "all")
_AMOUNT_NEAR_RE = re.compile(
    r"\d|\b(?:"
    + alternation(
        {
            *(fold(w) for w in (*FIRST_WORDS, *A_SECOND_WORDS)),
            *(fold(d.split()[0]) for d in load("en", "drones")["modifiers"]["singular_determiners"]),
            "both",
            "all",
        }
    )
    + r")\b",
    re.I,
)
_ASCII_DIGIT_RE = re.compile(r"[0-9]")  # (a digit the \d of _AMOUNT_NEAR_RE takes, found faster)
# _AMOUNT_NEAR_RE on `fold(text)`, where its lowercase words need no re.IGNORECASE: a case-insensitive
# search tries every word at every character (fold keeps letters as re compares them, and \w and \d)
_AMOUNT_NEAR_FOLDED_RE = re.compile(_AMOUNT_NEAR_RE.pattern)


def may_hold_claims(text: str) -> bool:
    """Cheap test: is there a drone word with an amount in the 120 characters before it (or the
    next sentence or so after it)?"""
    return _drone_words_hold_claims(text, _drone_words(text))


def _drone_words(text: str) -> list[tuple[int, int]]:
    """Where the text names drones (DRONE_RE): found once, read by the prefilter and by the sentences."""
    if not prefilter.may_match(DRONE_RE, text):
        return []  # no drone word at all (a third of a news stream): skip the slower search
    return [m.span() for m in prefilter.finditer(DRONE_RE, text)]


def _drone_words_hold_claims(text: str, drone_words: list[tuple[int, int]]) -> bool:
    """`may_hold_claims` given the text's drone words."""
    folded = fold(text) if drone_words else text
    for start, _ in drone_words:
        if not text[start].isascii():
            return True  # a Russian noun ("беспилотник атаковал") may itself be one drone
        # the amount may follow at a distance: "Drones targeted X, with the ministry saying 21 were
        # shot down", "... drones. Ten were destroyed over X" (a passive ellipsis, see rules.py)
        window = max(0, start - 120), start + 200
        if _ASCII_DIGIT_RE.search(text, *window) or _AMOUNT_NEAR_FOLDED_RE.search(folded, *window):
            return True
    return False


RELATIVE_START_RE = re.compile(r"^\W*(?:" + phrases_pattern("continuation") + r")\b", re.I)
# the localities a claim names below its region: vocab/en/places.toml [localities]
_LOCALITIES = load("en", "places")["localities"]
_DISTRICTS = [
    *_LOCALITIES["district_nouns"],
    *(f"{q} {n}" for q in _LOCALITIES["district_qualifiers"] for n in _LOCALITIES["district_nouns"]),
]
DISTRICT_RE = re.compile(rf"((?:[A-Z][\w\-]+(?:,\s+|\s+and\s+))*[A-Z][\w\-]+)\s+{alternation(_DISTRICTS)}\b")
SETTLEMENT_RE = re.compile(rf"\b{alternation(_LOCALITIES['settlements'])}\s+of\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
_NOT_NAMES = frozenset(_LOCALITIES["not_names"])
_DISTRICT_WORDS = _LOCALITIES["district_nouns"]  # (every match of DISTRICT_RE ends with one)


@dataclass
class SentenceInfo:
    """One sentence and what it says; everything but the places and reporters (which every sentence
    needs: they decide whose story the text is) is found only when first asked for (most sentences
    of a text are never near a claim)."""

    sentence: Sentence
    places: list[Place]
    published: date | None
    reporters: list[Reporter] = field(default_factory=list)

    @cached_property
    def countries(self) -> list[Place]:
        return find_countries(self.sentence.text)

    @cached_property
    def _statement_day(self) -> tuple[date | None, tuple[int, int] | None]:
        return statement_day(self.sentence.text, self.published)

    @property
    def statement(self) -> date | None:
        return self._statement_day[0]

    @property
    def statement_span(self) -> tuple[int, int] | None:
        return self._statement_day[1]

    @cached_property
    def pronoun(self) -> bool:
        return bool(PRONOUN_RE.search(self.sentence.text))

    @cached_property
    def unknown_marker(self) -> bool:
        return has_unknown_marker(self.sentence.text)

    @cached_property
    def times(self) -> list[TimeExpr]:
        return find_time_expressions(self.sentence.text)

    @cached_property
    def localities(self) -> list[str]:
        return _written_localities(self.sentence.text)


@dataclass
class Draft:
    mention: Mention
    info: SentenceInfo
    event_type: str
    region: str
    authority: str
    authority_explicit: bool
    date: date | None
    date_text: str | None
    localities: list[str] = field(default_factory=list)
    is_total: bool = False
    total_of: int | None = None
    dropped: bool = False
    region_explicit: bool = True


# "from the directions of Kursk, Oryol and Millerovo", "missiles from the Kursk region": where the
# drones came from, not the country the text reports on
ORIGIN_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:from)\s+(?i:the\s+)?(?i:directions?\s+of\s+(?:the\s+)?)?"
    r"(?:[A-ZА-ЯЁ][\w'-]*(?:\s+(?i:region|oblast|krai|district))?(?:\s*,\s*|\s+and\s+|\s+))*$"
)


def _is_origin(text: str, place: Place) -> bool:
    start = max(0, place.start - 120)
    # (`fold` maps one character for one: the sentence's folded text, cached, spells what its slice does)
    return fold(text).find("from", start, place.start) >= 0 and bool(ORIGIN_BEFORE_RE.search(text, start, place.start))


def _place_votes(infos: list[SentenceInfo]) -> list[list[str]]:
    """The countries each sentence's places vote for in `_doc_country` (found once: it is asked
    twice, before and after the reporters are resolved)."""
    return [_sentence_votes(info) if info.places else [] for info in infos]  # (most sentences name no place)


def _sentence_votes(info: SentenceInfo) -> list[str]:
    text = info.sentence.text
    may_be_origin = "from" in fold(text)  # (what `_is_origin` looks for first)
    return [
        region_country(p.code)
        for p in info.places
        # Crimea and the occupied oblasts: both sides write about them as their own, so they say
        # nothing about whose story it is (the country words decide then)
        if p.code
        and not p.code.startswith("SEA-")
        and p.code not in RU_HELD
        and not (may_be_origin and _is_origin(text, p))
    ]


def _doc_country(infos: list[SentenceInfo], place_votes: list[list[str]]) -> str:
    ballots: list[str] = []
    for info, places in zip(infos, place_votes, strict=True):
        ballots += places
        if info.reporters:  # (most sentences have none)
            ballots += [region_country(r.jurisdiction) for r in info.reporters if r.jurisdiction]
    if ballots:
        return _most_named(ballots)
    # no Russian or Ukrainian region and no placed reporter (a Gulf, Israeli or Polish story): the
    # country the text names most
    named = [c.code for info in infos for c in info.countries if c.code]
    return _most_named(named) if named else "RU"


def _most_named(names: list[str]) -> str:
    """The name said most often; of those said equally often, the one said first."""
    counts: dict[str, int] = {}  # (insertion-ordered: `max` returns the first of equals)
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__)


class _Analysis:
    """The sentences of one document with their places and reporters, each analysed when first
    asked for: the search for a first mention reads only the sentences with drone amounts."""

    def __init__(
        self, text: str, sentences: list[Sentence], published: date | None, drone_words: list[tuple[int, int]]
    ) -> None:
        self.text, self.sentences, self.published = text, sentences, published
        self.drone_word = _drone_word_sentences(drone_words, sentences)
        self._infos: list[SentenceInfo | None] = [None] * len(sentences)

    def info(self, i: int) -> SentenceInfo:
        info = self._infos[i]
        if info is None:
            s = self.sentences[i]
            info = self._infos[i] = SentenceInfo(s, find_places(s.text), self.published)
            info.reporters = find_reporters(s.text, info.places, lambda i=info: i.countries)
        return info

    def all(self) -> list[SentenceInfo]:
        return [self.info(i) for i in range(len(self.sentences))]


def _drone_word_sentences(drone_words: list[tuple[int, int]], sentences: list[Sentence]) -> list[bool]:
    """Does each sentence name drones? From the text's drone words (`_drone_words`), not a search per
    sentence: most sentences name none."""
    starts = [s.start for s in sentences]
    has = [False] * len(sentences)
    for start, end in drone_words:
        k = bisect_right(starts, start) - 1
        if k >= 0 and end <= sentences[k].end:
            has[k] = True
    return has


def _forget_sentences() -> None:
    """Empty the sentence caches: they serve the several steps of one document that read the same
    sentence. Kept across documents, they would make boilerplate repeated from text to text (and the
    benchmark corpus's filler) cheaper than new text, and flatter the throughput figures."""
    fold.cache_clear()
    padded_fold.cache_clear()
    word_start_fold.cache_clear()
    drone_amounts.cache_clear()
    clause_boundaries.cache_clear()


def _goes_on(drone_context: bool, s: Sentence, last_drone_sentence: int) -> bool:
    """Does a sentence go on about the drones of the last two sentences ("Ten were destroyed over X")?"""
    return drone_context and not s.text.endswith(("?", "!")) and s.index - last_drone_sentence <= 2


@dataclass
class FirstMention:
    """The first sentence where the claim loop may find a mention, and what `find_mentions` found there
    before the reporters were resolved (the loop takes it if resolution leaves the title places as they were)."""

    index: int
    drone_context: bool
    title: list[Place]
    mentions: list[Mention]


def _first_mention(analysis: _Analysis) -> FirstMention | None:
    """Where may the claim loop of `extract_document` find its first mention? None: it finds none.

    The loop below follows the same drone context as that loop does up to its first mention (a
    sentence without drone amounts has no mentions), and tries `find_mentions` on the sentences with
    amounts before any document-level resolution: most drone texts that count no drones ("a drone
    was seen over X") then need no analysis of their other sentences.
    """
    drone_context, last_drone_sentence = False, -10
    lone_drone = None  # (as in the claim loop: a sentence naming one drone, counting none)
    for s in analysis.sentences:
        has_drone_word = analysis.drone_word[s.index]
        if (has_drone_word or drone_context) and drone_amounts(s.text):
            first = _may_mention(analysis.info(s.index), drone_context)
            if first is not None:
                return first
        # (whether there is one, not where: its places, which only place the mention, are not looked for)
        if (has_drone_word or lone_drone == (s.index - 1, s.paragraph)) and pronoun_subject(
            s.text, [], lone_drone == (s.index - 1, s.paragraph)
        ):
            return FirstMention(s.index, drone_context, [], [])
        lone_drone = (s.index, s.paragraph) if has_drone_word and names_one_drone(s.text) else None
        drone_context = has_drone_word or _goes_on(drone_context, s, last_drone_sentence)
        if has_drone_word:
            last_drone_sentence = s.index
    return None


_MAX_UNSURE_PLACES = 3  # (2**3 calls of `find_mentions` at most; beyond, the sentence counts as one with mentions)


def _may_mention(info: SentenceInfo, drone_context: bool) -> FirstMention | None:
    """Is there any mention in this sentence, whichever title places the reporters turn out to have?

    `find_mentions` reads the reporters only through `title_places`; resolution keeps each reporter's
    span and role and may add reporters named by surname alone, so the title places after it are those
    found now plus some of the sentence's other region and city places (`title_places` returns only
    those kinds). None only when no such choice gives a mention.
    """
    text = info.sentence.text
    title = title_places(text, info.places, info.reporters)
    mentions = find_mentions(text, info.places, title, drone_context)
    if mentions:
        return FirstMention(info.sentence.index, drone_context, title, mentions)
    unsure = [p for p in info.places if p.kind in ("region", "city") and p not in title]
    if len(unsure) > _MAX_UNSURE_PLACES:
        return FirstMention(info.sentence.index, drone_context, title, mentions)
    for n in range(1, len(unsure) + 1):
        for extra in combinations(unsure, n):
            if find_mentions(text, info.places, title + list(extra), drone_context):
                return FirstMention(info.sentence.index, drone_context, title, mentions)
    return None


def _whole_words(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""The spans of `re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)` for a non-empty `word`,
    found by `str.find` (a pattern per surname would be compiled anew for every name the stream meets)."""
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if not (pos and _is_word_or_hyphen(text[pos - 1])) and not (end < len(text) and _is_word_or_hyphen(text[end])):
            yield pos, end
            pos = text.find(word, end)  # (finditer goes on after a match)
        else:
            pos = text.find(word, pos + 1)


def _is_word_or_hyphen(c: str) -> bool:
    return c == "-" or c == "_" or c.isalnum()  # (re's \w: a letter, digit or number, or the underscore)


_OF_PLACE_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}", re.I)


# "regional" between a region and a national body's name: that region's branch (vocab/*/roles.toml)
_BRANCH_WORDS = [
    *load("en", "roles")["branch"]["words"],
    *(f for w in load("ru", "roles")["branch"]["lemmas"] for f in ru_forms(w)),
]
_BRANCH_RE = re.compile(rf"(?<![\w-]){alternation(_BRANCH_WORDS)}(?![\w-])", re.I)


def _resolve_reporters(infos: list[SentenceInfo], place_votes: list[list[str]]) -> None:
    """Give every governor/mayor/national body a jurisdiction; learn names; find later name mentions."""
    doc_country = _doc_country(infos, place_votes)
    last_region: str | None = None
    last_city: str | None = None
    national: dict[str, str] = {}
    names: dict[str, Reporter] = {}
    by_role: dict[str, str] = {}
    for info in infos:
        # (a sentence with no reporter, before any name is learnt, has nothing to resolve)
        if info.reporters or names:
            resolved = []
            for r in info.reporters:
                jur = r.jurisdiction
                if not jur and r.role in ("governor", "mayor"):
                    kinds = ("region", "city", "vicinity")
                    before = [p for p in info.places if p.code and p.end <= r.start and p.kind in kinds]
                    after = [p for p in info.places if p.code and p.start >= r.end and p.kind in kinds]
                    # "the mayor" is the mayor met before; a newly named governor belongs to the region in view
                    known = not r.name or surname(r.name) in names
                    # a mayor belongs to the city in view (a live-blog heading), a governor to the region
                    in_view = (last_city or last_region) if r.role == "mayor" else last_region
                    # "the governor of the southern X region": the region it names
                    of_place = after and _OF_PLACE_RE.fullmatch(info.sentence.text, r.end, after[0].start)
                    # "the head of the regional administration said ... over the X region": unnamed, the
                    # head of the region the sentence goes on to name
                    named_after = next((p.code for p in after if p.kind == "region"), None) if not r.name else None
                    jur = (
                        (after[0].code if of_place else None)
                        or (before[-1].code if before else None)
                        or named_after
                        or (by_role.get(r.role) if known else None)
                        or in_view
                        or (after[0].code if after else "")
                    )
                if not jur and r.role == "emergency_service":
                    # "the Rostov regional Emergency Situations Ministry": a region's branch
                    text = info.sentence.text
                    near = [
                        p
                        for p in info.places
                        if p.code
                        and p.kind in ("region", "city")
                        and 0 <= r.start - p.end < 15
                        and _BRANCH_RE.search(text, p.start, r.end)
                    ]
                    jur = near[-1].code if near else None
                if not jur and r.role in NATIONAL:
                    jur = national.get(r.role) or (
                        doc_country
                        if (r.role in ("defence_ministry", "emergency_service") and doc_country in ("RU", "UA"))
                        or doc_country not in ("RU", "UA")  # a third country's story: its own bodies
                        else DEFAULT_COUNTRY[r.role]
                    )
                if r.role in NATIONAL and r.jurisdiction:
                    national[r.role] = r.jurisdiction
                r = Reporter(r.start, r.end, r.role, jur, r.speaker, r.name)
                if jur and r.role in ("governor", "mayor"):
                    by_role[r.role] = jur
                if r.name and jur:
                    names[surname(r.name)] = r
                resolved.append(r)
            # later mentions by surname: "Kalitin wrote", "Solovtsov: ..."
            text = info.sentence.text
            for sname, ref in names.items():
                if sname not in text:
                    continue
                # a mention within 60 characters after a reporter is that reporter's: found by bisection
                # over the reporters by start (with the furthest end so far), not by a scan of them all,
                # which a text of many names made quadratic; the mentions added here come in order
                spans = sorted((r.start, r.end) for r in resolved)
                starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
                last_end: int | None = None
                for start, end in _whole_words(text, sname):
                    i = bisect_right(starts, start)
                    if (i and start < reach[i - 1] + 60) or (last_end is not None and start < last_end + 60):
                        continue
                    speaker = speech_near(text, max(0, start - 30), end + 40) or text[end:].lstrip().startswith(":")
                    resolved.append(Reporter(start, end, ref.role, ref.jurisdiction, speaker, ref.name))
                    last_end = end
            info.reporters = sorted(resolved, key=attrgetter("start")) if len(resolved) > 1 else resolved
        for p in info.places:
            if p.kind == "region" and p.code:
                last_region = p.code
            elif p.kind == "city" and p.code:
                last_city = p.code


def _mentions(info: SentenceInfo, drone_context: bool, first: FirstMention) -> list[Mention]:
    """`find_mentions` of a sentence in the claim loop (sentences before `first` have none)."""
    s = info.sentence
    if not drone_amounts(s.text):
        return []  # (what `find_mentions` returns then, without the title places)
    title = title_places(s.text, info.places, info.reporters)
    if s.index == first.index and drone_context == first.drone_context and set(title) == set(first.title):
        return first.mentions  # found before resolution, with the same title places
    return find_mentions(s.text, info.places, title, drone_context)


def _compatible(reporter: Reporter, region: str | None) -> bool:
    if not region:
        return True
    if reporter.role in ("governor", "mayor"):
        return reporter.jurisdiction == region
    country = region_country(region)
    return not country or country == reporter.jurisdiction or (reporter.jurisdiction == "RU" and region in RU_HELD)


RU_HELD = {"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"}


def _choose_reporter(info: SentenceInfo, mention: Mention) -> Reporter | None:
    speakers = [r for r in info.reporters if r.speaker and r.jurisdiction]
    if not speakers:
        return None
    return min(speakers, key=lambda r: abs(r.start - mention.start))


def extract_document(
    doc_id: str, text: str, published: object = None, url: str | None = None, title: str | None = None
) -> list[Claim]:
    """All claims of one document, as ANNOTATION.md defines them."""
    _forget_sentences()
    text = normalize(text or "")
    drone_words = _drone_words(text)
    if not _drone_words_hold_claims(text, drone_words):
        return []  # most of a news stream stops here, cheaply
    pub = publication_date(published, text, url)
    analysis = _Analysis(text, split_sentences(text), pub, drone_words)
    first = _first_mention(analysis)
    if first is None:
        return []  # drone news that counts no drones ("a drone was seen over X"): nothing to resolve
    infos = analysis.all()
    place_votes = _place_votes(infos)
    _resolve_reporters(infos, place_votes)
    doc_country = _doc_country(infos, place_votes)
    all_reporters = [(i, r) for i, info in enumerate(infos) for r in info.reporters if r.jurisdiction]
    all_speakers = [(i, r) for i, r in all_reporters if r.speaker]

    # a post on an authority's own channel reports every claim it does not attribute to someone else
    own = _channel_reporter(url, title, pub)
    if not all_reporters and not own and not WAR_CONTEXT_RE.search(text) and not OFFICIAL_SOURCE_RE.search(text):
        # (the reporters first: most texts have one, and the searches read the whole text)
        return []  # drone racing, light shows, hobby news (no war words, no official reporter): no claims
    drafts: list[Draft] = []
    drone_context = False
    last_drone_sentence = -10
    para_reporter: dict[int, Reporter] = {}
    last_reporter: Reporter | None = None
    last_region: str | None = None
    lone_drone: tuple[int, int] | None = None
    for info in infos:
        s = info.sentence
        has_drone_word = analysis.drone_word[s.index]
        mentions = (
            _mentions(info, drone_context, first)
            if s.index >= first.index and (has_drone_word or drone_context)
            else []
        )
        if not mentions and (m := pronoun_subject(s.text, info.places, lone_drone == (s.index - 1, s.paragraph))):
            mentions = [m]  # "Employees noticed a drone. It crashed into the plant."
        # the sentence names one drone and counts none: a pronoun in the next may continue it
        lone_drone = (s.index, s.paragraph) if not mentions and has_drone_word and names_one_drone(s.text) else None
        drone_context = bool(mentions) or has_drone_word or _goes_on(drone_context, s, last_drone_sentence)
        if has_drone_word or mentions:
            last_drone_sentence = s.index
        chosen_any = None
        for m in mentions:
            reporter = _choose_reporter(info, m)
            explicit = reporter is not None
            if reporter is None and info.pronoun and last_reporter:
                reporter, explicit = last_reporter, True
            # "..., regional officials said. In Kherson, a drone ...": the unnamed source goes on
            unnamed = info.unknown_marker or (
                s.index > 0
                and infos[s.index - 1].unknown_marker
                and infos[s.index - 1].sentence.paragraph == s.paragraph
                and not any(r.speaker for r in infos[s.index - 1].reporters)
            )
            if reporter is None and own is not None and not unnamed:
                reporter = own  # the channel speaks: its place, not the last one named, is the claim's default
            region = _region_of(m, info, reporter, last_region, doc_country)
            # "in the north, south and east of the country": whose country the reporter decides
            country_level = m.country_area == "" and reporter is None
            if country_level:
                region = None
            if region is None and reporter is None and not country_level:
                region = _context_region(info, m, None)
            if reporter is None and not unnamed:
                cand = para_reporter.get(s.paragraph)
                if cand and _compatible(cand, region):
                    reporter = cand
                elif (
                    last_reporter is not None
                    and last_reporter.role in NATIONAL
                    and _compatible(last_reporter, region)
                    and (region or region_country(last_reporter.jurisdiction) == last_reporter.jurisdiction)
                ):
                    reporter = last_reporter  # the national body that spoke last goes on
                else:
                    # the first reporter of the text that could have given this number
                    reporter = next(
                        (r for _, r in all_speakers if _compatible(r, region) and (r.role in NATIONAL or region)),
                        None,
                    )
            if reporter is None and region is None and not country_level and not info.unknown_marker:
                # a place met earlier in the text ("In the village of X, a drone hit ..."): the governor
                # leading a text about that region reports it
                seen = _context_region(info, m, last_region)
                reporter = next(
                    (r for _, r in all_speakers if r.role in ("governor", "mayor") and r.jurisdiction == seen), None
                )
            if country_level:
                region = region_country(reporter.jurisdiction) if reporter else doc_country
            if reporter is None and region:
                # the region's own governor or mayor, named anywhere in the text (a signed post, a later quote)
                local = (
                    []
                    if UNNAMED_SOURCE_RE.search(s.text)  # "Authorities reported that ...": ANNOTATION.md says unknown
                    else [r for _, r in all_reporters if r.role in ("governor", "mayor") and r.jurisdiction == region]
                )
                reporter = next((r for r in local if r.speaker), local[0] if local else None)
            if not region:
                region = (
                    (reporter.jurisdiction if reporter else None)
                    or _context_region(info, m, last_region)
                    or doc_country
                )
            if region and not m.place and not m.places and m.country_area is None:
                region = away_from_origin(s.text[m.start : m.end], region)  # a place from context only
            chosen_any = chosen_any or (reporter if explicit else None)
            when, when_text = _date_of(m, info, pub)
            drafts.append(
                Draft(
                    m,
                    info,
                    m.event_type,
                    region,
                    reporter.authority if reporter else "unknown",
                    explicit,
                    when,
                    when_text,
                    _localities(info, region),
                    region_explicit=m.place is not None or bool(m.places) or m.country_area is not None,
                )
            )
        speakers = [r for r in info.reporters if r.speaker and r.jurisdiction] if info.reporters else None
        if speakers:
            last_reporter = speakers[-1]
            para_reporter[s.paragraph] = speakers[-1]
        elif chosen_any:
            last_reporter = chosen_any
        if not info.places:
            continue  # (most sentences: the region in view stays)
        named = {p.code for p in info.places if p.code and p.kind in ("region", "city")}
        if len(named) < 3:  # (two may be a dateline's city and the region of the story)
            last_region = next(
                (p.code for p in reversed(info.places) if p.code and p.kind in ("region", "city")), last_region
            )
        else:
            # "refineries in Ryazan, Kstovo and Kirishi were the targets": a later figure with no place
            # of its own is the country's, not the last region listed
            countries = {region_country(c) for c in named}
            last_region = countries.pop() if len(countries) == 1 else last_region
    drafts = _all_of_them_later(drafts, infos)
    _link_totals(drafts, infos)
    totals = {id(d): drafts[d.total_of] for d in drafts if d.total_of is not None}
    _inherit_dates(drafts)
    _inherit_lead_dates(drafts, infos, pub)
    _inherit_reporter_dates(drafts, infos, pub)
    _inherit_opening_dates(drafts, infos, pub)
    drafts = [d for d in drafts if d.event_type in ("intercept", "launch", "attack")]
    _inherit_story_date(drafts)
    _drop_split_parts(drafts)
    drafts = _drop_headline_repeats(drafts)
    kept = [d for d in drafts if not d.dropped]
    claim_of = {id(d): _to_claim(doc_id, d) for d in kept}
    for d in kept:
        if (total := totals.get(id(d))) is not None:
            claim_of[id(d)].total = claim_of.get(id(total))
    return _drop_downed_ones(_drop_unplaced_strikes(_dedupe(list(claim_of.values()))))


def _channel_reporter(url: str | None, title: str | None, published: date | None) -> Reporter | None:
    """The authority whose own channel the document is, as the reporter of what it says unattributed."""
    authority = channel_authority(url, title, published)
    if authority is None:
        return None
    role, jurisdiction = authority.split(":", 1)
    return Reporter(0, 0, role, jurisdiction, speaker=False)


def _region_of(
    m: Mention, info: SentenceInfo, reporter: Reporter | None, last_region: str | None, doc_country: str
) -> str | None:
    if m.place is not None:
        if m.place.code:
            return m.place.code
        if m.place.kind == "capital":
            country = reporter.jurisdiction.split("-")[0] if reporter else doc_country
            return capital_of(country) or capital_of(doc_country)
        # "the region", "the city": the reporter's region, else the one the text is about
        if reporter and reporter.role in ("governor", "mayor"):
            return reporter.jurisdiction
        return _context_region(info, m, last_region)
    if m.places:
        # Crimea and the occupied oblasts in a Russian reporter's list of regions: Russia counts them
        # among its own regions, so its total over them is a Russian total
        if reporter and region_country(reporter.jurisdiction) == "RU" and m.places[0].code in RU_HELD:
            return "RU"
        return region_country(m.places[0].code) or doc_country
    if m.country_area is not None:
        if m.country_area:
            return m.country_area
        return region_country(reporter.jurisdiction) if reporter else doc_country
    if reporter:
        return reporter.jurisdiction
    return None


def _context_region(info: SentenceInfo, m: Mention, last_region: str | None) -> str | None:
    before = [
        p
        for p in info.places
        if p.code and p.end <= m.start and p.kind in ("region", "city") and not _is_origin(info.sentence.text, p)
    ]
    return before[-1].code if before else last_region


_BETWEEN_RE = re.compile(r"\bbetween\b", re.I)
_AND_RE = re.compile(r"\band\b")


def _date_of(m: Mention, info: SentenceInfo, pub: date | None) -> tuple[date | None, str | None]:
    day, said = _time_of(m, info, pub)
    # (a day reckoned from an estimated publication day is a plain day like any other)
    return (date.fromordinal(day.toordinal()) if day else None), said


def _time_of(m: Mention, info: SentenceInfo, pub: date | None) -> tuple[date | None, str | None]:
    text = info.sentence.text
    span = info.statement_span
    times = [
        t
        for t in info.times
        if not (span and t.start <= span[0] < t.end)
        and not text.rfind("(", 0, t.start)
        > text.rfind(")", 0, t.start)  # "(from 18:00 on 21 May)": in an open bracket
    ]
    for a, b in zip(times, times[1:], strict=False):
        if _BETWEEN_RE.search(text[max(0, a.start - 30) : a.start]) and _AND_RE.search(text[a.end : b.start]):
            times.remove(a)  # "between 8 p.m. on Saturday and 7 a.m. on Sunday": the period ends on Sunday
            break
    if times:
        t = min(times, key=lambda t: min(abs(t.start - m.end), abs(t.end - m.start)))
        if t.kind == "long" or any(x.kind == "long" for x in times):
            return None, next(x.text for x in times if x.kind == "long")
        anchor = info.statement
        if anchor is None and t.kind in ("today", "overnight", "yesterday", "window"):
            # "In its evening update on Tuesday, ... during the day", "from 8 p.m. to 11 p.m. on
            # Monday": the weekday anchors the day
            # ("Накануне министерство сообщало об уничтожении 57 дронов за сутки": the day before)
            other = [x for x in times if x is not t and x.kind in ("weekday", "date", "weekday_date", "yesterday")]
            anchor = resolve(other[0], pub, None) if other else None
        return resolve(t, pub, anchor), t.text
    if info.statement:
        return info.statement, "statement day"
    return None, None


def _written_localities(text: str) -> list[str]:
    """The districts and settlements a sentence names in words ("the Surazhsky and Pogarsky districts",
    "the village of X")."""
    out: list[str] = []
    # (the words the two patterns need, tested first: most sentences have neither)
    districts = DISTRICT_RE.finditer(text) if any(w in text for w in _DISTRICT_WORDS) else ()
    for dm in districts:
        for name in re.split(r",\s+|\s+and\s+", dm.group(1)):
            if name not in _NOT_NAMES:
                out.append(f"{name} district")
    return out + [sm.group(1) for sm in prefilter.finditer(SETTLEMENT_RE, text)]


def _localities(info: SentenceInfo, region: str) -> list[str]:
    # GeoNames localities by their English names ("Surazhsky district" for "Суражском районе")
    out: list[str] = [p.english for p in info.places if p.english] + info.localities
    # (a city in another region is no locality of this claim: a dateline, "attacks on Moscow")
    out += [p.name for p in info.places if p.kind == "city" and not p.english and p.code == region]
    seen: list[str] = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def _all_of_them_later(drafts: list[Draft], infos: list[SentenceInfo]) -> list[Draft]:
    """ "Nine drones attacked the district on Thursday evening. All of them were shot down.": a
    sentence of its own, with no count, says that every drone of the launch or attack counted in
    one of the two sentences before it (nothing counted between) was intercepted."""
    last: dict[int, int] = {}  # sentence -> index of its last draft
    for i, d in enumerate(drafts):
        last[d.info.sentence.index] = i
    out = list(drafts)
    for info in infos:
        j = info.sentence.index
        if j in last:
            continue
        before = next((last[k] for k in (j - 1, j - 2) if k in last), None)
        if before is None or not all_of_them_said(info.sentence.text):
            continue
        d = drafts[before]
        if d.event_type not in ("launch", "attack") or d.mention.elliptic:
            continue
        k = next(k for k, x in enumerate(out) if x is d)
        out[k : k + 1] = [
            replace(d, mention=m, event_type=m.event_type)
            for m in all_intercepted(d.mention, d.mention.start, d.mention.end)
        ]
    return out


def _link_totals(drafts: list[Draft], infos: list[SentenceInfo]) -> None:
    """Country-level claims followed by regional ones are totals; elliptic items join their head."""
    open_totals: dict[str, int] = {}
    for idx, d in enumerate(drafts):
        open_total = open_totals.get(d.event_type)
        m = d.mention
        sent = d.info.sentence.index
        if m.elliptic or not d.event_type:
            head = _head_for(drafts, idx, open_total, open_totals)
            if head is None:
                d.event_type = ""
                continue
            h = drafts[head]
            d.event_type = d.event_type or h.event_type
            if not d.authority_explicit or d.authority == "unknown":
                d.authority = h.authority
            if d.date is None and d.date_text is None:
                d.date, d.date_text = h.date, h.date_text
            if m.restates:
                if not d.region_explicit:
                    d.region = h.region  # "put the number at 9": the place of the claim it restates
                continue  # another reporter's figure for the same event, not a part of it
            if (len(h.region) == 2 or not h.region_explicit) and len(d.region) > 2 and h.region != d.region:
                d.total_of = head if h.total_of is None else h.total_of
            elif h.total_of is not None and len(d.region) > 2:
                d.total_of = h.total_of  # "8 over Bryansk" after "10 over Kaluga": a sibling part
            continue
        # (a figure placed by its governor's or mayor's jurisdiction is that region's, no country total)
        local = d.authority.partition(":")[::2] in (("governor", d.region), ("mayor", d.region))
        if len(d.region) == 2 or not (d.region_explicit or local):
            open_totals[d.event_type] = idx
            continue
        if open_total is not None:
            t = drafts[open_total]
            near = 0 <= sent - t.info.sentence.index <= 3
            same_reporter = not d.authority_explicit or d.authority == t.authority
            same_sentence = d.info.sentence.index == t.info.sentence.index
            if (
                near
                and d.event_type == t.event_type
                and len(d.region) > 2
                and d.region != t.region
                and (same_reporter or same_sentence)
            ):
                if d.authority == "unknown" or not d.authority_explicit:
                    d.authority = t.authority
                if d.date is None and d.date_text is None:
                    d.date, d.date_text = t.date, t.date_text
                d.total_of = open_total
    for d in drafts:
        if d.total_of is not None:
            total = drafts[d.total_of]
            total.is_total = True
            if len(total.region) > 2 and not total.region_explicit:
                total.region = region_country(d.region) or total.region


def _head_for(drafts: list[Draft], idx: int, open_total: int | None, open_totals: dict[str, int]) -> int | None:
    d = drafts[idx]
    if d.mention.restates:
        return _restated(drafts, idx)
    if d.mention.head is not None:
        # the head is the mention with that index in the same sentence
        same = [j for j in range(idx) if drafts[j].info is d.info]
        if d.mention.head < len(same):
            j = same[d.mention.head]
            return j if drafts[j].event_type else None
    if open_total is None and open_totals:
        open_total = max(open_totals.values())
    if open_total is not None and 0 <= d.info.sentence.index - drafts[open_total].info.sentence.index <= 2:
        return open_total
    # the last typed draft of this sentence or the one before (drafts are in sentence order: the
    # scan stops there, where a list of every earlier draft made long texts quadratic)
    for j in range(idx - 1, -1, -1):
        if d.info.sentence.index - drafts[j].info.sentence.index > 1:
            break
        if drafts[j].event_type:
            return j
    return None


def _restated(drafts: list[Draft], idx: int) -> int | None:
    """The earlier claim (a few sentences back, same place if it names one) a figure restates."""
    d = drafts[idx]
    near = [
        j
        for j in range(idx)
        if drafts[j].event_type and 0 <= d.info.sentence.index - drafts[j].info.sentence.index <= 3
    ]
    same_place = [j for j in near if drafts[j].region == d.region]
    return (same_place or near or [None])[-1]


def _inherit_dates(drafts: list[Draft]) -> None:
    """A sentence with no time expression continues the previous one ("Shortly afterwards, ...",
    or the same reporter going on about the same night)."""
    for i, d in enumerate(drafts):
        if d.date is not None or d.date_text is not None or not i:
            continue
        prev = drafts[i - 1]
        if prev.info is d.info:
            continue
        gap = d.info.sentence.index - prev.info.sentence.index
        continues = RELATIVE_START_RE.match(d.info.sentence.text) or (gap == 1 and prev.authority == d.authority)
        if continues and not d.info.times:
            d.date, d.date_text = prev.date, prev.date_text


def _inherit_lead_dates(drafts: list[Draft], infos: list[SentenceInfo], pub: date | None) -> None:
    """ "Early this morning the city came under drone attack. According to him, two drones were shot
    down ...": a sentence that goes on from the one before takes its time expression, even when
    that sentence held no number."""
    for d in drafts:
        s = d.info.sentence
        if d.date is not None or d.date_text is not None or d.info.times or s.index == 0:
            continue
        prev = infos[s.index - 1]
        if not prev.times or not RELATIVE_START_RE.match(s.text):
            continue
        end = len(prev.sentence.text)
        d.date, d.date_text = _date_of(Mention(end, end, None, None, ""), prev, pub)


def _inherit_reporter_dates(drafts: list[Draft], infos: list[SentenceInfo], pub: date | None) -> None:
    """A reporter's post goes on about the day its opening sentence named ("Tonight the region was
    attacked by UAVs. 9 drones were shot down."; "said on Saturday ... 'Three have been shot down,'
    he said"): a claim with no time of its own takes the day of the nearest earlier sentence of the
    same reporter, looking back past sentences with no reporter, and stopping at another reporter."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.info.sentence.index, []).append(d)
    for d in drafts:
        s = d.info.sentence
        if d.date is not None or d.date_text is not None or d.info.times:
            continue
        for j in range(s.index - 1, max(-1, s.index - 4), -1):
            info = infos[j]
            if d.authority == "unknown" and not (info.unknown_marker and info.sentence.paragraph == s.paragraph):
                break  # an unnamed source continues only its own paragraph
            speakers = {r.authority for r in info.reporters if r.speaker and r.jurisdiction}
            others = {x.authority for x in by_sentence.get(j, []) if x.event_type}
            if speakers - {d.authority} or others - {d.authority}:
                break  # another reporter speaks: its day is not this claim's day
            dated = [x for x in by_sentence.get(j, []) if x.date is not None and x.event_type]
            if dated:
                d.date, d.date_text = dated[-1].date, dated[-1].date_text
                break
            if info.times or info.statement:
                if speakers or info.sentence.paragraph == s.paragraph:
                    end = len(info.sentence.text)
                    d.date, d.date_text = _date_of(Mention(end, end, None, None, ""), info, pub)
                break


def _inherit_opening_dates(drafts: list[Draft], infos: list[SentenceInfo], pub: date | None) -> None:
    """A post that names its time once, at its opening ("В течение прошедшей ночи ... уничтожены 51
    БПЛА. Восемнадцать БпЛА перехвачены над ...", "С 15.00 до 19.30 мск ... Над ... уничтожены 22"): a
    claim with no time of its own takes the day of the claim before it in its sentence, else of the
    last sentence before it in its paragraph with a time expression, when no reporter speaks between."""
    # (both look-ups are remembered as the drafts go, in sentence order: scanning back over every
    # earlier draft and sentence made a long paragraph of claims quadratic)
    dated: dict[int, Draft] = {}  # sentence -> its last draft so far with a day
    anchors: dict[int, int | None] = {}
    for d in drafts:
        s = d.info.sentence
        if d.date is None and d.date_text is None and not d.info.times and not d.info.statement:
            sibling = dated.get(s.index)
            if sibling is not None:
                d.date, d.date_text = sibling.date, sibling.date_text
            elif (j := _opening_anchor(infos, s.index, anchors)) is not None:
                end = len(infos[j].sentence.text)
                d.date, d.date_text = _date_of(Mention(end, end, None, None, ""), infos[j], pub)
        if d.date is not None:
            dated[s.index] = d


def _inherit_story_date(drafts: list[Draft]) -> None:
    """A news story tells of one day: a claim still without a time expression of its own, nor one
    to continue, takes the day most of the story's dated claims name (the first of them on a tie).
    A story with no dated claim leaves it open (ANNOTATION.md: a date needs a time expression)."""
    days = Counter(d.date for d in drafts if d.date is not None)
    if not days:
        return
    top = max(days.values())
    story = next(d for d in drafts if d.date is not None and days[d.date] == top)
    for d in drafts:
        if d.date is None and d.date_text is None:
            d.date, d.date_text = story.date, story.date_text


def _opening_anchor(infos: list[SentenceInfo], k: int, anchors: dict[int, int | None]) -> int | None:
    """The last sentence before sentence `k` in its paragraph with a time expression, when no reporter
    speaks from there to `k`. Every sentence walked past shares the answer, kept in `anchors`."""
    walked, found = [], None
    for j in range(k, -1, -1):
        info = infos[j]
        if info.sentence.paragraph != infos[k].sentence.paragraph or any(r.speaker for r in info.reporters):
            break
        if j < k and (info.times or info.statement):
            found = j
            break
        if j in anchors:
            found = anchors[j]
            break
        walked.append(j)
    for j in walked:
        anchors[j] = found
    return found


# how many sentences after a region's figure its parts may still come
_PARTS_REACH = 6


def _drop_split_parts(drafts: list[Draft]) -> None:
    """ "14 drones ... 11 over X district and three more landed by EW": the parts are not claims."""
    for i, whole in enumerate(drafts):
        if whole.dropped:
            continue
        # a country figure splits only inside its own unit ("neutralised 84 UAVs:\n- 60 were shot down
        # by fire;\n- 24 were suppressed by EW"); across sentences country figures are new claims
        country = len(whole.region) == 2
        run, total, last = [], 0, i
        for j in range(i + 1, len(drafts)):  # (not a slice: copying the rest for every draft is quadratic)
            part = drafts[j]
            # (a region's figure and its parts told one by one further on: "two drones were shot down
            # over the region", then each drone's village in the quoted statement)
            if part.info.sentence.index - whole.info.sentence.index > (0 if country else _PARTS_REACH):
                break
            if part.authority != whole.authority or None not in (part.date, whole.date) and part.date != whole.date:
                break
            if country and part.region_explicit:
                break
            # ("Fourteen were shot down and a further six jammed" after "20 drones over Crimea": parts
            # that name no place of their own split the whole wherever the default put them)
            if (
                (part.region != whole.region and (part.region_explicit or not whole.region_explicit))
                or part.event_type != whole.event_type
                or part.total_of is not None
            ):
                break
            run.append(part)
            last = j
            total += part.mention.amount
            if total >= whole.mention.amount:
                break
        if len(run) >= 2 and total == whole.mention.amount:
            # a part told again further on ("... one more drone was downed near X. 'A drone was shot
            # down near X,' he wrote") is that part
            run += [
                d
                for d in drafts[last + 1 : last + 1 + _PARTS_REACH]
                if (d.event_type, d.region, d.authority) == (whole.event_type, whole.region, whole.authority)
                and any(d.mention.amount == p.mention.amount and set(d.localities) & set(p.localities) for p in run)
            ]
            for part in run:
                part.dropped = True
                whole.localities += [x for x in part.localities if x not in whole.localities]


def _drop_headline_repeats(drafts: list[Draft]) -> list[Draft]:
    body = [d for d in drafts if not d.info.sentence.headline]
    keep = [d for d in drafts if not d.info.sentence.headline]
    for d in drafts:
        if d.info.sentence.headline and not any(
            b.event_type == d.event_type and (b.region == d.region or b.mention.amount == d.mention.amount)
            for b in body
        ):
            keep.append(d)
    return sorted(keep, key=lambda d: (d.info.sentence.index, d.mention.start))


def _to_claim(doc_id: str, d: Draft) -> Claim:
    s = d.info.sentence
    return Claim(
        doc=doc_id,
        event_type=d.event_type,
        region_code=d.region,
        count=d.mention.count,
        count_low=d.mention.count_low,
        authority=d.authority,
        date=d.date,
        localities=d.localities,
        is_total=d.is_total,
        date_text=d.date_text,
        sentence_index=s.index,
        span_start=s.start,
        span_end=s.end,
        evidence=s.text,
        rule=d.mention.rule,
    )


def _same_amount(a: Claim, b: Claim) -> bool:
    """The same figure: equal counts, or a vague one that the exact one fills ("dozens of drones" or
    "more than 50" in a headline, "56" in the body)."""
    if (a.count, a.count_low) == (b.count, b.count_low):
        return True
    if (a.count is None) == (b.count is None):
        return False
    vague, exact = (a, b) if a.count is None else (b, a)
    return vague.count_low is not None and exact.count >= vague.count_low


# "Also in the village of X, a drone dropped ...": a sentence that opens on another event
_ANOTHER_EVENT_RE = re.compile(
    r"^\W*(?:" + alternation(merged("events", "another_event")) + r")(?![\w-])",
    re.I,
)


def _drop_unplaced_strikes(claims: list[Claim]) -> list[Claim]:
    """ "A drone attack in southern Russia caused a fire at a refinery ... the fire in the Krasnodar
    region started after an attack by a drone": a single-drone strike placed only in a country, where
    the text places one in a region of that country, is that strike told before its region."""
    placed = {region_country(c.region_code) for c in claims if _single_strike(c) and len(c.region_code) > 2}
    return [c for c in claims if not (_single_strike(c) and c.region_code in placed)]


def _drop_downed_ones(claims: list[Claim]) -> list[Claim]:
    """ "Two drones were downed over the Rostov region ... one of the drones crashed downtown": one of
    drones already counted as intercepted there fell; that is the interception, not another strike."""
    return [
        c
        for c in claims
        if not (
            _single_strike(c)
            and c.rule == PARTITIVE
            and any(
                o.event_type == "intercept"
                and c.region_code in (o.region_code, region_country(o.region_code))
                and o.amount >= 2
                and o.sentence_index < c.sentence_index
                for o in claims
            )
        )
    ]


def _single_strike(c: Claim) -> bool:
    return c.event_type == "attack" and c.count == 1


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """The same number restated by the same (or an unnamed) reporter is one claim; a single-drone
    attack told as another event stays its own."""
    out: list[Claim] = []
    merged: dict[int, Claim] = {}
    for c in claims:
        another = _single_strike(c) and bool(_ANOTHER_EVENT_RE.match(c.evidence))
        twin = next(
            (
                o
                for o in out
                if not another
                and (o.event_type, o.region_code) == (c.event_type, c.region_code)
                and _same_amount(o, c)
                and (o.authority == c.authority or "unknown" in (o.authority, c.authority))
                and (o.date == c.date or None in (o.date, c.date))
                and not (o.localities and c.localities and not set(o.localities) & set(c.localities))
            ),
            None,
        )
        if twin is None:
            out.append(c)
            continue
        merged[id(c)] = twin
        if twin.count is None and c.count is not None:
            twin.count, twin.count_low = c.count, None  # the exact figure is the statement's
        if twin.authority == "unknown":
            twin.authority = c.authority
        twin.is_total = twin.is_total or c.is_total
        twin.date = twin.date or c.date
        twin.date_text = twin.date_text or c.date_text
        twin.localities += [x for x in c.localities if x not in twin.localities]
    for c in out:  # a part whose total was merged into a twin points at the twin
        while c.total is not None and id(c.total) in merged:
            c.total = merged[id(c.total)]
        if c.total is c:
            c.total = None
    return out
