"""Telegram Desktop's channel export (`result.json`) as inbox documents, one per message with text.

The export is one JSON object: the chat's `name`, `type`, `id` and its `messages`, each with an
`id`, a `type` ("message" or "service"), a `date` (the exporting machine's local time) and a
`text` that is a string or a list of strings and entity objects (`{"type": "bold", "text": ...}`),
repeated as `text_entities`. Telegram Desktop does not write the channel's username; an export
that carries one (`"username"`) gets t.me links for its messages.

A message's title is the channel's name, so that the registry of official channels
(`pipelines/extraction/channels.py`) can name its reporter. A message forwarded from elsewhere
speaks for its origin, not for this channel: its title is the origin's name and it gets no link.
Service messages and messages without text (media only) are skipped; a malformed message is
refused with a reason and the rest of the export is still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from pipelines.ingestion.decode import DecodeError, decode_bytes
from pipelines.ingestion.inbox import Document, Reject, _document

USERNAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
NOT_AN_EXPORT = (
    "a .json file is read only as a Telegram Desktop chat export (an object with a 'messages' list); "
    "records go in .jsonl files"
)


def read_export(data: bytes, source: str) -> Iterator[Document | Reject]:
    """The documents of a `result.json`, and a reject for anything that cannot be used."""
    try:
        export = json.loads(decode_bytes(data))
    except DecodeError as e:
        yield Reject(source, None, str(e), check="decode")
        return
    except json.JSONDecodeError as e:
        yield Reject(source, None, f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}", check="json")
        return
    if not isinstance(export, dict) or "messages" not in export:
        yield Reject(source, None, NOT_AN_EXPORT, check="file_type")
        return
    messages = export["messages"]
    if not isinstance(messages, list):
        yield Reject(source, None, f"'messages' must be a list, got {type(messages).__name__}", check="json")
        return
    name = export.get("name") if isinstance(export.get("name"), str) else None
    username = _username(export.get("username"))
    chat = username or _chat_id(export.get("id")) or Path(source).stem
    for n, message in enumerate(messages, 1):
        yield from _message(message, n, chat, name, username, source)


def _message(
    message: object, n: int, chat: str, name: str | None, username: str | None, source: str
) -> Iterator[Document | Reject]:
    where = f"message {n}"
    if not isinstance(message, dict):
        yield Reject(source, None, f"{where}: must be a JSON object, got {type(message).__name__}", check="json")
        return
    kind = message.get("type", "message")
    if kind == "service":
        return
    msg_id = message.get("id")
    if isinstance(msg_id, bool) or not isinstance(msg_id, int):
        yield Reject(source, None, f"{where}: 'id' must be an integer, got {msg_id!r:.40}", check="json")
        return
    doc_id = f"{chat}-{msg_id}"
    where = f"{where} (id {msg_id})"
    if kind != "message":
        yield Reject(source, None, f"{where}: unknown message type {kind!r:.40}", doc_id, check="json")
        return
    text, fault = _text(message)
    if fault:
        yield Reject(source, None, f"{where}: {fault}", doc_id, check="text")
        return
    if not text.strip():
        return  # a photo, a sticker, a poll: nothing to read
    forwarded = "forwarded_from" in message
    origin = message.get("forwarded_from")
    meta = {
        "title": (origin if isinstance(origin, str) else None) if forwarded else name,
        "url": f"https://t.me/{username}/{msg_id}" if username and not forwarded else None,
        "published": message.get("date"),
    }
    yield from _document(doc_id, text, meta, source, None)


def _text(message: dict) -> tuple[str, str | None]:
    """The message's plain text, or why it has none that can be read."""
    raw = message.get("text", message.get("text_entities", ""))
    if isinstance(raw, str):
        return raw, None
    if not isinstance(raw, list):
        return "", f"'text' must be a string or a list, got {type(raw).__name__}"
    parts = []
    for part in raw:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return "", f"a part of 'text' is neither a string nor an entity with a text: {part!r:.60}"
    return "".join(parts), None


def _username(raw: object) -> str | None:
    name = raw.strip().lstrip("@") if isinstance(raw, str) else ""
    return name if USERNAME_RE.fullmatch(name) else None


def _chat_id(raw: object) -> str | None:
    if isinstance(raw, bool) or not isinstance(raw, (int, str)) or not str(raw).strip():
        return None
    return str(raw).strip()
