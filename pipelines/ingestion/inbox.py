"""Read an inbox of `.txt`, `.html`, `.jsonl` and Telegram export `.json` files; say why anything is refused.

Reading is a generator so a large inbox streams through in bounded memory. Nothing raises
for bad input: a file or record that cannot be used becomes a `Reject` with its file, line
and a reason a person understands.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as dateparser

from pipelines.extraction.dates import parse_published
from pipelines.ingestion.decode import Decoded, DecodeError, decode_text, html_to_text, looks_like_html

SUFFIXES = {".txt", ".jsonl", ".json", ".html", ".htm"}
MAX_FILE_BYTES = 256 * 1024 * 1024
FRONT_MATTER_RE = re.compile(r"\A\s*---\s*\n(?P<body>.*?)\n---\s*\n", re.S)


@dataclass(frozen=True)
class Document:
    doc_id: str
    content_hash: str
    text: str
    title: str | None
    url: str | None
    published: date | None
    source: str  # file name (relative to the inbox)
    line: int | None = None  # line of a .jsonl record


@dataclass(frozen=True)
class Reject:
    source: str
    line: int | None
    reason: str
    doc_id: str | None = None
    stage: str = "ingest"
    check: str = "readable"


def content_hash(text: str) -> str:
    """Same words, same hash: line endings and surrounding whitespace do not matter."""
    canonical = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _relative(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root)) if root else str(path)
    except ValueError:
        return str(path)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end() :]


def _published(raw: object) -> date | None:
    """ISO first; other written dates ("March 9, 2025", "09.03.2025") through dateutil."""
    found = parse_published(raw)
    if found or not isinstance(raw, str) or not raw.strip():
        return found
    dayfirst = bool(re.match(r"\d{1,2}[./]\d{1,2}[./]\d{4}", raw.strip()))
    try:
        # dateutil fills what the text leaves out from a default (today): parsed against two defaults
        # that differ in every field, a date that names its day, month and year comes out the same
        first = dateparser.parse(raw, dayfirst=dayfirst, default=datetime(2001, 1, 1))
        second = dateparser.parse(raw, dayfirst=dayfirst, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None  # "2024-07": no day, no date


def _document(doc_id: str, text: str, meta: dict, source: str, line: int | None) -> Iterator[Document | Reject]:
    """The document, preceded by a note in `rejects` for metadata it had to ignore.

    A bad `published` costs the document its publication date, not its claims."""
    if not text.strip():
        yield Reject(source, line, "no text (empty or whitespace only)", doc_id, check="text")
        return
    published_raw = meta.get("published")
    published = _published(published_raw)
    if published_raw not in (None, "") and published is None:
        yield Reject(
            source,
            line,
            f"'published' is not a date: {str(published_raw)[:40]!r}; document kept without a publication date",
            doc_id,
            check="published",
        )
    yield Document(
        doc_id, content_hash(text), text, meta.get("title") or None, meta.get("url") or None, published, source, line
    )


def read_file(path: Path, root: Path | None = None) -> Iterator[Document | Reject]:
    source = _relative(path, root)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Reject(
            source,
            None,
            f"unsupported file type {suffix or '(none)'}; expected .txt, .html, .jsonl or a Telegram export .json",
            check="file_type",
        )
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Reject(source, None, f"file too large ({size} bytes > {MAX_FILE_BYTES})", check="size")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield Reject(source, None, "file disappeared before it could be read")
        return
    except PermissionError:
        yield Reject(source, None, "cannot read file: permission denied")
        return
    except OSError as e:
        yield Reject(source, None, f"cannot read file: {e.strerror or e}")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(data, source)
        return
    if suffix == ".json":
        from pipelines.ingestion.telegram import read_export  # imported here: it builds on this module

        yield from read_export(data, source)
        return
    try:
        decoded = decode_text(data)
        text = decoded.text
        if suffix in (".html", ".htm") or looks_like_html(text):
            text = html_to_text(text)
    except (DecodeError, UnicodeDecodeError) as e:
        yield Reject(source, None, str(e), path.stem, check="decode")
        return
    yield from _decode_notes(decoded, source, path.stem)
    meta, body = _front_matter(text)
    yield from _document(meta.get("id") or path.stem, body, meta, source, None)


def _decode_notes(decoded: Decoded, source: str, doc_id: str | None = None) -> Iterator[Reject]:
    """What decoding guessed or replaced, noted in `rejects`; the text itself is kept."""
    for note in decoded.notes:
        yield Reject(source, note.line, f"{note.reason}; text kept", doc_id, check="decode")


def _read_jsonl(data: bytes, source: str) -> Iterator[Document | Reject]:
    try:
        decoded = decode_text(data)
    except DecodeError as e:
        yield Reject(source, None, str(e), check="decode")
        return
    yield from _decode_notes(decoded, source)
    text = decoded.text
    stem = Path(source).stem
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            yield Reject(source, n, f"not valid JSON: {e.msg} at column {e.colno}", check="json")
            continue
        if not isinstance(rec, dict):
            yield Reject(source, n, f"a record must be a JSON object, got {type(rec).__name__}", check="json")
            continue
        doc_id = rec.get("id")
        doc_id = str(doc_id) if isinstance(doc_id, (str, int)) and str(doc_id).strip() else f"{stem}-{n}"
        body = rec.get("text")
        if not isinstance(body, str):
            reason = (
                "record has no 'text' field" if body is None else f"'text' must be a string, got {type(body).__name__}"
            )
            yield Reject(source, n, reason, doc_id, check="text")
            continue
        meta = {}
        for key in ("url", "title", "published"):
            value = rec.get(key)
            if value is not None and not isinstance(value, str):
                yield Reject(
                    source,
                    n,
                    f"'{key}' must be a string, got {type(value).__name__}; ignored, document kept",
                    doc_id,
                    check=key,
                )
                value = None
            meta[key] = value
        yield from _document(doc_id, body, meta, source, n)


def iter_paths(paths: Iterable[Path]) -> Iterator[tuple[Path, Path | None]]:
    """Files to read, in a stable order; directories are walked (hidden files skipped)."""
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                # a dangling link is a file that vanished: read it so the loss is recorded
                if (f.is_file() or f.is_symlink()) and not any(part.startswith(".") for part in rel.parts):
                    yield f, p
        else:
            yield p, None


def duplicate_id(doc_id: str, source: str, line: int | None, first_source: str) -> Reject:
    """The refusal of a text whose id an earlier file gave to another text (ids must name one text)."""
    where = f"{source}:{line}" if line else source
    return Reject(
        source,
        line,
        f"duplicate id {doc_id!r} with different text (first in {first_source}; this one in {where})",
        doc_id,
        check="duplicate_id",
    )


def read_documents(
    paths: Iterable[Path], skip: Callable[[str, os.stat_result], bool] | None = None, check_ids: bool = True
) -> Iterator[Document | Reject]:
    """Documents from files and directories, the same text under two names kept once.

    A repeated id with different text is refused (`duplicate_id`; ingest, whose inbox may not
    fit in memory, checks ids itself and passes `check_ids=False`); the same text under another
    name is yielded as a `Document` whose hash was already seen, so callers can record it as a
    second source. `skip(source, stat)` may pass over files found in a directory (e.g. ones read
    before and unchanged since).
    """
    ids: dict[str, tuple[str, str]] = {}
    for path, root in iter_paths(paths):
        if not path.exists() and root is None:
            yield Reject(str(path), None, "no such file")
            continue
        if skip and root is not None:
            try:
                if skip(_relative(path, root), path.stat()):
                    continue
            except OSError:
                pass  # read it anyway: read_file records why it cannot be read
        for item in read_file(path, root):
            if check_ids and isinstance(item, Document):
                seen = ids.get(item.doc_id)
                if seen and seen[0] != item.content_hash:
                    yield duplicate_id(item.doc_id, item.source, item.line, seen[1])
                    continue
                ids.setdefault(item.doc_id, (item.content_hash, item.source))
            yield item
