"""Bytes to text: encodings seen in the wild (UTF-8, UTF-16 with BOM, Windows-1251), HTML."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser


class DecodeError(ValueError):
    """The bytes are not a text document; the message says why, for the rejects table."""


def decode_bytes(data: bytes) -> str:
    if not data.strip():
        raise DecodeError("empty file" if not data else "whitespace only")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM shows every other byte as NUL in Latin text; anything else is binary
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return text
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1251")
        except UnicodeDecodeError:
            raise DecodeError(f"invalid UTF-8 at byte {e.start} and not Windows-1251 either") from None
        if not _looks_cyrillic(text):
            raise DecodeError(f"invalid UTF-8 at byte {e.start}") from None
    if not _mostly_text(text):
        raise DecodeError("binary content (control characters), not text")
    return text


CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r


def _mostly_text(text: str) -> bool:
    sample = text[:20000]
    return len(CONTROL_RE.findall(sample)) <= max(2, len(sample) // 200)


def _looks_cyrillic(text: str) -> bool:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    return bool(letters) and sum("\u0400" <= ch <= "\u04ff" for ch in letters) / len(letters) > 0.3


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "article", "section", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(?:<!doctype html|<html|<head|<body)", text[:500], re.I))


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        raise DecodeError("HTML page without readable text")
    return text
