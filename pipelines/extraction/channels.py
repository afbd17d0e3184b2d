"""The authority whose own Telegram channel a document comes from, if any.

A post on the defence ministry's or a governor's channel names nobody in its text: the channel is
the reporter (ANNOTATION.md, "The authority's own channel"). The channels are reviewed data
(`data/channels.toml`); a document is matched by its URL (t.me / telegram.me and the username,
case-insensitive) or else by its title (the channel's display title, whole).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from pipelines.extraction.model import ROLES

DATA = Path(__file__).parent / "data" / "channels.toml"
HOSTS = {"t.me", "telegram.me"}
# "t.me/s/<name>" is the channel's web preview, the same channel
_PREVIEW = "s"
_AUTHORITY_RE = re.compile(r"(?P<role>[a-z_]+):(?P<where>[A-Z]{2}(?:-[A-Z0-9]{1,3})?)")
_USERNAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")


@dataclass(frozen=True)
class Channel:
    authority: str
    since: date | None = None  # a personal channel speaks for the office from this day on


@dataclass(frozen=True)
class Registry:
    by_username: dict[str, Channel]  # casefolded username
    by_title: dict[str, Channel]  # normal_title()


def normal_title(title: str) -> str:
    """Case, runs of spaces and ё do not distinguish two titles."""
    return " ".join(title.split()).casefold().replace("ё", "е")


def load_registry(path: Path = DATA) -> Registry:
    """The channels of the data file; a malformed or ambiguous entry raises ValueError naming it."""
    with path.open("rb") as f:
        entries = tomllib.load(f).get("channel", [])
    by_username: dict[str, Channel] = {}
    by_title: dict[str, Channel] = {}
    for n, entry in enumerate(entries, 1):
        authority = entry.get("authority", "")
        m = _AUTHORITY_RE.fullmatch(authority)
        if not m or m["role"] not in ROLES:
            raise ValueError(f"{path.name}: channel {n}: authority {authority!r} is not role:ISO-code")
        if not entry.get("source"):
            raise ValueError(f"{path.name}: channel {n} ({authority}) names no source")
        since = entry.get("since")
        if since is not None and not isinstance(since, date):
            raise ValueError(f"{path.name}: channel {n} ({authority}): since must be a date")
        channel = Channel(authority, since)
        for name in entry.get("usernames", []):
            if not _USERNAME_RE.fullmatch(name):
                raise ValueError(f"{path.name}: channel {n} ({authority}): {name!r} is not a Telegram username")
            _add(by_username, name.casefold(), channel, path.name)
        for title in entry.get("titles", []):
            _add(by_title, normal_title(title), channel, path.name)
        if not entry.get("usernames") and not entry.get("titles"):
            raise ValueError(f"{path.name}: channel {n} ({authority}) has neither usernames nor titles")
    return Registry(by_username, by_title)


def _add(table: dict[str, Channel], key: str, channel: Channel, file: str) -> None:
    if key in table and table[key] != channel:
        raise ValueError(f"{file}: {key!r} is given to both {table[key].authority} and {channel.authority}")
    table[key] = channel


@cache
def registry() -> Registry:
    return load_registry()


def username_of(url: str) -> str | None:
    """The channel username of a t.me / telegram.me link (scheme optional), casefolded; else None."""
    raw = url.strip()
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:  # a malformed URL is no channel
        return None
    if host not in HOSTS:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if segments[:1] == [_PREVIEW]:
        segments = segments[1:]
    return segments[0].casefold() if segments and _USERNAME_RE.fullmatch(segments[0]) else None


def channel_authority(url: str | None, title: str | None, published: date | None = None) -> str | None:
    """The authority whose own channel the document comes from, else None.

    The URL's channel when the registry has it, else the title's. A personal channel (`since`)
    published before its holder took office speaks for nobody."""
    reg = registry()
    channel = None
    if url and (name := username_of(url)):
        channel = reg.by_username.get(name)
    if channel is None and title:
        channel = reg.by_title.get(normal_title(title))
    if channel is None or (published and channel.since and published < channel.since):
        return None
    return channel.authority
