"""Who reported a number: `role:JURISDICTION` as ANNOTATION.md defines it.

Reporters are found by role words ("governor", "Defence Ministry", "air force", ...), tied to
their jurisdiction by the region or country written next to them, and remembered by name so
that "Kalitin wrote" later in the text maps to the governor of Voronezh.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipelines.extraction.gazetteer import Place
from pipelines.extraction.text import first_letter_alternation, fold, matches_at_starts, padded_fold, spells_any

_NAME = r"(?:[A-ZА-ЯЁ][a-zа-яё'\-]+|[A-ZА-ЯЁ]\.)(?:\s+(?:[A-ZА-ЯЁ][a-zа-яё'\-]+|[A-ZА-ЯЁ]\.)){0,2}"

# role patterns, most specific first; `nat` roles are national bodies (jurisdiction = country)
ROLE_PATTERNS: list[tuple[str, str]] = [
    (
        "governor",
        r"(?:head|chief)\s+of\s+the\s+(?:\w+\s+){0,2}(?:city|regional|oblast)\s+military\s+administration"
        r"|(?:city|regional|oblast)\s+military\s+(?:administration|chief)(?:\s+head)?"
        r"|(?:regional|city)\s+military\s+administration|city\s+military\s+chief|city's\s+defence\s+council",
    ),
    (
        "governor",
        r"governor|gov\.|regional\s+leader|(?:head|leader)\s+of\s+the\s+(?:region|republic)|"
        r"(?:region|republic)'s\s+(?:head|leader)|"  # "the republic's head Rustam ..."
        r"head\s+of\s+(?=(?:the\s+)?[A-Z])|rais\b|глав[аеуы]\s+(?:региона|республики)?|губернатор\w*|"
        r"head\s+of\s+the\s+regional\s+administration|regional\s+(?:state\s+)?administration",
    ),
    ("mayor", r"mayor|мэр\w*|сити-?менеджер"),
    (
        "defence_ministry",
        r"(?:defen[cs]e|defense)\s+(?:ministry|minister)|ministry\s+of\s+defen[cs]e|\bMoD\b|минобороны|"
        r"министерств\w*\s+обороны|the\s+ministry(?!\s+of\s+(?!defen))|ведомств\w+",
    ),
    ("air_force", r"air\s+force|повітряні\s+сили|ВВС|ВКС"),
    ("general_staff", r"general\s+staff|генштаб\w*|генеральн\w+\s+штаб\w*"),
    ("president", r"president(?:'s)?|zelensk[yi]y?|putin|президент\w*"),
    ("emergency_service", r"state\s+emergency\s+service|emergenc(?:y|ies)\s+(?:services\s+)?ministry|\bSES\b|МЧС"),
    (
        "military",
        r"(?:southern|northern|eastern)\s+defen[cs]e\s+forces|defen[cs]e\s+forces\s+of\s+the\s+\w+|"
        # a country's armed forces by name ("the Israel Defense Forces", "the IDF")
        r"(?<=Israel\s)defen[cs]e\s+forces|\bIDF\b|"
        r"(?:the\s+)?(?:army|military|armed\s+forces|navy|coalition|centcom|central\s+command)"
        r"(?=\s+(?:said|says|reported|stated|announced|wrote|added))",
    ),
]
# words that every match of ROLE_RE spells (see `fold`): one per alternative of ROLE_PATTERNS
ROLE_WORDS = (
    "military", "council", "governor", "gov.", "leader", "head", "rais", "глав", "губернатор", "administration",
    "mayor", "мэр", "менеджер", "minist", "mod", "минобороны", "министерств", "ведомств",
    "force", "повітряні", "ввс", "вкс", "staff", "генштаб", "генеральн",
    "president", "zelensk", "putin", "президент", "emergenc", "ses", "мчс",
    "idf", "army", "navy", "coalition", "centcom", "command",
)  # fmt: skip
ROLE_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{role}{i}>{pat})" for i, (role, pat) in enumerate(ROLE_PATTERNS)) + ")", re.I
)
# how every match of ROLE_RE starts, lowercase (see `fold`), after a character that is not a
# word character or hyphen (as in `fold(text)` too): ROLE_RE is tried only where one of these
# starts. A start spells as much of its alternatives as a plain pattern can ("air\s+force", not
# "air": "air defence", "regional" and "defence systems" made most of the starts that ROLE_RE then
# rejected), and the starts are grouped by first letter, so that a position is rejected by one
# character comparison per letter (a literal first character lets re skip a branch at once)
_SAID = r"\s+(?:said|says|reported|stated|announced|wrote|added)"  # ROLE_RE's "the army said" lookahead
_LATIN_ROLE_STARTS = (
    rf"a(?:ir\s+force|rmy{_SAID}|rmed\s+forces{_SAID})",
    rf"c(?:hief\s+of\s|ity(?:\s+military\s|'s\s+defen[cs]e\s)|oalition{_SAID}|ent(?:com|ral\s+command){_SAID})",
    # "defence ministry", "defence forces of the south", "Israel Defense Forces"
    r"defen[cs]e\s(?:\s*(?:minist|forces\s+of\s+the\s)|(?<=israel\sdefen[cs]e\s))",
    r"e(?:astern\s+defen[cs]e\s|mergenc(?:y|ies)\s+(?:services\s+)?ministry)",
    r"g(?:ov(?:ernor|\.)|eneral\s+staff)",
    r"head\s+of\s",
    "idf",
    r"leader\s+of\s",
    rf"m(?:ayor|od|inistry\s+of\s+defen|ilitary{_SAID})",
    rf"n(?:orthern\s+defen[cs]e\s|avy{_SAID})",
    r"oblast\s+military\s",
    r"p(?:resident|utin)",
    r"r(?:egion(?:al\s+(?:military\s|leader|state\s|administration)|'s\s)|epublic's\s|ais)",
    r"s(?:outhern\s+defen[cs]e\s|tate\s+emergency\s|es)",
    rf"the\s+(?:ministry|(?:army|military|armed\s+forces|navy|coalition|centcom|central\s+command){_SAID})",
    "zelensk",
)
_CYRILLIC_ROLE_STARTS = (
    r"г(?:лав[аеуы]\s|убернатор|енштаб|енеральн)",
    "м(?:эр|инобороны|инистерств|чс)",
    "сити",
    "в(?:едомств|вс|кс)",
    "п(?:овітряні|резидент)",
)
ROLE_STARTS_RE = re.compile(r"[^\w-](?:" + "|".join(_LATIN_ROLE_STARTS + _CYRILLIC_ROLE_STARTS) + ")")
# the same, for a folded text that is all ASCII (most of them): there [^\w-] is [^a-zA-Z0-9_-], which
# re tests in a table of bits (a Unicode \w asks the character database up to four times at each
# space), and no Cyrillic start can match
_ASCII_ROLE_STARTS_RE = re.compile(r"[^a-zA-Z0-9_-](?:" + "|".join(_LATIN_ROLE_STARTS) + ")")


def _role_matches(sentence: str) -> Iterator[re.Match[str]]:
    folded = padded_fold(sentence)
    starts = _ASCII_ROLE_STARTS_RE if folded.isascii() else ROLE_STARTS_RE
    return matches_at_starts(ROLE_RE, starts, sentence, folded)


NATIONAL = {"defence_ministry", "air_force", "general_staff", "president", "emergency_service", "military"}
DEFAULT_COUNTRY = {
    "air_force": "UA",
    "general_staff": "UA",
    "president": "UA",
    "emergency_service": "UA",
    "military": "UA",
    "defence_ministry": "RU",
}

SPEECH = (
    r"said|says|say|saying|reported|reports|report|reporting|wrote|writes|announced|announces|announcement|confirmed|"
    r"confirms|confirming|stated|states|stating|added|adds|told|tells|posted|noted|noting|claimed|claims|informed|"
    r"warned|specified|revealed|revealing|emphasi[sz]ed|insisted|published|issued|"
    r"сообщил\w*|написал\w*|заявил\w*|уточнил\w*|рассказал\w*|подчеркнул\w*"
)
SPEECH_RE = re.compile(
    rf"\b(?:{SPEECH})\b|according\s+to|citing|cited|as\s+per|по\s+(?:его|её|ее|их)\s+словам|"
    r"(?<!\w)(?:по\s+(?:данным|информации|сведениям)|согласно)(?!\w)|"
    r"statement|summary|update|data|figures|post|telegram|video\s+address|сообщили\s+в|"
    # "the Defence Ministry put the number at 9": a reporter giving its own figure
    r"\bput\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:number|figure|tally|count|toll)\b",
    re.I,
)
# how every match of SPEECH_RE starts, lowercase (see `fold`): SPEECH_RE is tried only there (a
# case-insensitive search tries all its alternatives at every character of the window; this plain
# one rejects a position on its first letter, and its alternatives grouped by first letter make
# fewer to reject: a third less time than one flat alternation)
_SPEECH_STARTS_RE = re.compile(
    first_letter_alternation(
        (
            *("said", "say", "report", "wrote", "writes", "announc", "confirm", "state", "stating", "add", "told"),
            *("tells", "telegram", "post", "noted", "noting", "claim", "inform", "warned", "specified", "reveal"),
            *("emphasi", "insisted", "published", "issued", "accord", "citing", "cited", r"as\s+per", "summary"),
            *("update", "data", "figures", r"video\s+address", r"put\s"),
            *("сообщил", "написал", "заявил", "уточнил", "рассказал", "подчеркнул", r"по\s", "согласно"),
        )
    )
)


def _found(pattern: re.Pattern[str], starts: re.Pattern[str], text: str, folded: str) -> bool:
    """`bool(pattern.search(text))`, given `folded`: `fold(text)`, or that piece of a longer text's fold."""
    return next(matches_at_starts(pattern, starts, text, folded), None) is not None


# a speech verb or "according to" near a reporter's surname, or a colon right after it ("Kalitin: ...")
SPEECH_NEAR_RE = re.compile(rf"\b(?:{SPEECH})\b|according\s+to|^\s*:", re.I)


def speech_near(text: str, lo: int, hi: int) -> bool:
    """`bool(SPEECH_NEAR_RE.search(text[lo:hi]))`, with SPEECH_NEAR_RE tried only where
    `_SPEECH_STARTS_RE` finds a start (every word of SPEECH and "according" is one), or at the colon."""
    window = text[lo:hi]
    if window.lstrip().startswith(":"):
        return True  # (the pattern's "^\s*:", which no start search finds)
    return _found(SPEECH_NEAR_RE, _SPEECH_STARTS_RE, window, fold(text)[lo:hi])


# a reporter that is only an actor's owner ("forces of the Defence Ministry") or the agent of a
# passive ("shot down by the Israeli Air Force, the military said") is not the speaker
ACTOR_OWNER_RE = re.compile(
    r"(?i:(?:forces|units|systems|assets|troops|groups|defen[cs]es?)\s+of|"
    r"(?:down|destroyed|intercepted|downed|repelled|neutrali[sz]ed|eliminated|suppressed)\s+by)"
    r"\s+(?i:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$"
)
# how every match of ACTOR_OWNER_RE starts (see `_SPEECH_STARTS_RE`)
_ACTOR_OWNER_STARTS_RE = re.compile(
    first_letter_alternation(
        (
            *("forces", "units", "systems", "assets", "troops", "groups", "defen", "down", "destroyed"),
            *("intercepted", "repelled", "neutrali", "eliminated", "suppressed"),
        )
    )
)
UNKNOWN_RE = re.compile(
    # ("according to preliminary data" qualifies a reporter's own figure, it names no other source)
    r"according\s+to\s+(?:(?:official|local|media|unofficial)\w*\s+(?:sources|reports|data|media|information)"
    r"|(?:preliminary|initial)\s+(?:media\s+)?reports)"
    r"|\b(?:authorities|officials|sources|local\s+media|media\s+reports?)\s+(?:said|say|reported|report|confirmed|cited)"
    r"|\bwas\s+reported\b|\breportedly\b"
    r"|\boperational\s+(?:headquarters|HQ|staff)\s+(?:said|says|reported|reports)"
    # an outlet relaying eyewitnesses ("Astra reported ..., citing local residents")
    r"|citing\s+(?:local\s+)?(?:residents|witnesses|eyewitnesses|sources|people|users|social\s+media|"
    r"(?:Telegram|local)\s+channels)",
    re.I,
)
# how every match of UNKNOWN_RE starts (see `_SPEECH_STARTS_RE`: a case-insensitive search of a
# sentence tries every alternative at each character, ~10 times the time of this plain one)
_UNKNOWN_STARTS_RE = re.compile(
    first_letter_alternation(
        (
            *(r"according\s+to\s", "authorities", "officials", "sources", r"local\s+media", r"media\s+report"),
            *(r"was\s+reported", "reportedly", r"operational\s", r"citing\s"),
        )
    )
)


def has_unknown_marker(sentence: str) -> bool:
    """`bool(UNKNOWN_RE.search(sentence))`: does the sentence credit its figure to no one in particular?"""
    return _found(UNKNOWN_RE, _UNKNOWN_STARTS_RE, sentence, fold(sentence))


PRONOUN_RE = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|wrote|writes|added|adds|reported|stated|noted|told)\b|"
    r"according\s+to\s+(?:him|her|them)|\bhis\s+(?:telegram|post|statement)|"
    r"по\s+(?:его|её|ее)\s+словам|написал\w*\s+глава",
    re.I,
)


# not frozen (a frozen one costs 3× to build, by object.__setattr__); never mutated, hashed by value
@dataclass(unsafe_hash=True)
class Reporter:
    start: int
    end: int
    role: str
    jurisdiction: str  # ISO code, or "" when the text leaves it to context
    speaker: bool
    name: str | None = None

    @property
    def authority(self) -> str:
        return f"{self.role}:{self.jurisdiction}" if self.jurisdiction else "unknown"


# bodies whose name fixes their country
NAMED_JURISDICTION = {"idf": "IL", "centcom": "US", "central command": "US"}


_ROLE_OF_GROUP = {f"{role}{i}": role for i, (role, _) in enumerate(ROLE_PATTERNS)}


def _role_of(m: re.Match[str]) -> str:
    return _ROLE_OF_GROUP[str(m.lastgroup)]  # the one group of ROLE_RE that took part


# (patterns of the hot paths below are compiled once, not looked up in re's cache on every call)
_TITLE_BEFORE_RE = re.compile(r"(?:'s)?\s*(?:region(?:al)?|oblast|krai)?(?:'s)?\s*", re.I)
_TITLE_AFTER_RE = re.compile(
    rf"\s*(?:of\s+(?:the\s+)?(?:republic\s+of\s+)?|(?:of\s+)?the\s+|,\s*|\s+|\s*\w*\s*|,?\s*{_NAME}\s+of\s+(?:the\s+)?)"
)
_COUNTRY_BEFORE_RE = re.compile(r"(?:'s?|-led)?\s*(?:the\s+)?", re.I)
_COUNTRY_AFTER_RE = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:armed\s+forces\s+of\s+)?|\s)", re.I)


def _adjacent_place(places: list[Place], start: int, end: int, sentence: str) -> Place | None:
    """A region/city written right before the role ("Tula region governor") or after it
    ("governor of the Kursk region", "head of Bashkortostan", "Мэр Москвы")."""
    for p in places:
        if p.kind not in ("region", "city"):
            continue
        if start <= p.start and p.end <= end:
            return p  # "head of the Kyiv City Military Administration"
        # (the patterns read the text between place and role in place, with no slice; a place
        # that runs past the role's start leaves no text between, which the first one takes)
        if (
            p.start < start
            and start - p.end <= 12
            and (p.end > start or _TITLE_BEFORE_RE.fullmatch(sentence, p.end, start))
        ):
            return p
        if 0 <= p.start - end <= 40 and _TITLE_AFTER_RE.fullmatch(sentence, end, p.start):
            return p
    return None


def _adjacent_country(countries: list[Place], start: int, end: int, sentence: str) -> str | None:
    for c in countries:
        # "Russia's", "the United Arab Emirates'" (a plural name takes a bare apostrophe), "the Saudi-led coalition"
        if 0 <= start - c.end <= 6 and _COUNTRY_BEFORE_RE.fullmatch(sentence[c.end : start]):
            return c.code
        if 0 <= c.start - end <= 45 and _COUNTRY_AFTER_RE.fullmatch(sentence[end : c.start]):
            return c.code
    return None


_FULL_NAME = r"[A-ZА-ЯЁ][a-zа-яё'\-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё'\-]+){1,2}"
_NAME_AFTER_RE = re.compile(rf",?\s+(?:and\s+)?({_NAME})")
_NOT_NAME_RE = re.compile(r"(?:Region|Oblast|Krai|Republic|Territory|Said|Says|On|The|In|City|Military)\b")
_NAME_LATER_RE = re.compile(
    rf"[^.;:]{{0,60}}?,\s+({_FULL_NAME})(?:,|\s+(?:said|says|wrote|writes|told|added|reported))"
)
_NAME_BEFORE_RE = re.compile(rf"({_NAME}),\s+(?:the\s+|who\s+heads\s+the\s+)?$")
# what follows the comma of a match of _NAME_BEFORE_RE, up to the role (with no comma in it)
_AFTER_NAME_COMMA_RE = re.compile(r"\s+(?:the\s+|who\s+heads\s+the\s+)?")


def _name_near(sentence: str, start: int, end: int) -> str | None:
    # (the patterns match from `end`, or up to `start`, in place: no copy of the sentence's rest)
    after = _NAME_AFTER_RE.match(sentence, end)
    if after and not _NOT_NAME_RE.match(after.group(1)):
        return after.group(1)
    later = _NAME_LATER_RE.match(sentence, end)
    if later:
        return later.group(1)
    # a name before the role ends at the last comma before it: the search, which tries every
    # position of the text before the role, runs only when that comma is followed by what it needs
    comma = sentence.rfind(",", 0, start)
    if comma < 0 or not _AFTER_NAME_COMMA_RE.fullmatch(sentence, comma + 1, start):
        return None
    before = _NAME_BEFORE_RE.search(sentence, 0, start)
    if before:
        return before.group(1)
    return None


def title_places(sentence: str, places: list[Place], reporters: list[Reporter]) -> list[Place]:
    """Places that only name a reporter's office ("Tula region governor", "mayor of Moscow")."""
    if not reporters:
        return []  # (most sentences name no reporter)
    return [
        p
        for r in reporters
        if r.role in ("governor", "mayor") and (p := _adjacent_place(places, r.start, r.end, sentence))
    ]


def _signature(sentence: str) -> bool:
    """A post signed on its own line ("- Acting governor of Rostov region Yuri Slesarev", "Ivan
    Petrov, head of the regional military administration"): a title and a name, no sentence."""
    words = sentence.split(maxsplit=10)  # (11 pieces: more than 10 words)
    return 0 < len(words) <= 10 and not sentence.rstrip().endswith((".", "?", "!", ":", ";", ",", '"'))


# long-serving officials whom aggregators cite by surname alone ("Sobyanin: air defence repelled
# ..."); only those who have held the post for a decade, so that the table does not go stale
NAMED_OFFICIALS = {"sobyanin": ("mayor", "RU-MOW"), "собянин": ("mayor", "RU-MOW")}
NAMED_OFFICIAL_NAMES = ("Sobyanin", "Собянин")
NAMED_OFFICIAL_RE = re.compile(
    r"(?<![\w-])(?:Sergei\s+|Sergey\s+|Сергей\s+)?(?P<surname>" + "|".join(NAMED_OFFICIAL_NAMES) + r")(?![\w-])"
)


def _names_official(sentence: str) -> bool:
    """The quick test before NAMED_OFFICIAL_RE (case-sensitive: every match spells a name as written)."""
    # (a plain `in` per name: a fast scan, where a search of the alternation tries each position)
    for name in NAMED_OFFICIAL_NAMES:  # noqa: SIM110 - a loop builds no generator
        if name in sentence:
            return True
    return False


def find_reporters(sentence: str, places: list[Place], countries: Callable[[], list[Place]]) -> list[Reporter]:
    """Reporters named in a sentence; `countries` gives the sentence's country names (found only
    when a national body needs its country)."""
    # (most sentences name no reporter: the role search runs only where a role word is spelt)
    found = _find_role_reporters(sentence, places, countries) if spells_any(sentence, ROLE_WORDS) else []
    if not found and _names_official(sentence) and (n := NAMED_OFFICIAL_RE.search(sentence)):
        role, jurisdiction = NAMED_OFFICIALS[n.group("surname").lower()]
        window = sentence[n.start() : n.end() + 80]
        speaker = bool(SPEECH_RE.search(window)) or sentence[n.end() :].lstrip().startswith(":")
        found.append(Reporter(n.start(), n.end(), role, jurisdiction, speaker, n.group(0)))
    return found


_VICE_RE = re.compile(r"vice[\s-]*$", re.I)
_LEADING_THE_RE = re.compile(r"^the\s+")
_NAME_COLON_RE = re.compile(rf"\s*(?:{_NAME})?\s*:")


def _find_role_reporters(sentence: str, places: list[Place], countries: Callable[[], list[Place]]) -> list[Reporter]:
    found = []
    folded = fold(sentence)
    for m in _role_matches(sentence):
        role = _role_of(m)
        start, end = m.span()
        if role == "president" and folded.find("vice", 0, start) >= 0 and _VICE_RE.search(sentence, 0, start):
            continue
        if role in NATIONAL:
            jurisdiction = _adjacent_country(countries(), start, end, sentence) or NAMED_JURISDICTION.get(
                _LEADING_THE_RE.sub("", m.group(0).lower()), ""
            )
        else:
            place = _adjacent_place(places, start, end, sentence)
            jurisdiction = place.code if place else ""
        speaker = _speaker(sentence, folded, start, end)
        found.append(Reporter(start, end, role, jurisdiction, speaker, _name_near(sentence, start, end)))
    return found


def _speaker(sentence: str, folded: str, start: int, end: int) -> bool:
    """Does the reporter at sentence[start:end] give the figure (and not only own the actors)?"""
    lo = max(0, start - 40)
    # (the owner's start search first, in place: most roles have no owner's word before them)
    if _ACTOR_OWNER_STARTS_RE.search(folded, lo, start) and _found(
        ACTOR_OWNER_RE, _ACTOR_OWNER_STARTS_RE, sentence[lo:start], folded[lo:start]
    ):
        return False
    return (
        _found(SPEECH_RE, _SPEECH_STARTS_RE, sentence[lo : end + 80], folded[lo : end + 80])
        or bool(_NAME_COLON_RE.match(sentence, end))
        or _signature(sentence)
    )


def surname(name: str) -> str:
    return name.split()[-1]
