"""Bytes to text: UTF-8, UTF-16 with BOM, legacy single-byte encodings (Windows-1251 and
Windows-1252, told apart by charset-normalizer), HTML.

Decoding goes line by line, so one bad byte costs at most the byte, never the file: a line that
is not UTF-8 is read in the legacy encoding detected for such lines, or, when the rest of the
line is UTF-8, has its bad bytes replaced by U+FFFD. Every guess and every loss is a `Note`
for the rejects table; the text is kept.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import charset_normalizer

# legacy encodings tried on lines that are not UTF-8 (KOI8-R is left out: on short Russian
# lines charset-normalizer prefers it over Windows-1251 and gets it wrong)
LEGACY = {"cp1252": "Windows-1252", "cp1251": "Windows-1251"}
UTF8_MULTIBYTE_RE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
LINES_LISTED = 5


class DecodeError(ValueError):
    """The bytes are not a text document; the message says why, for the rejects table."""


@dataclass(frozen=True)
class Note:
    """What decoding guessed or lost, kept with the text: `line` is None for the whole file."""

    line: int | None
    reason: str


@dataclass(frozen=True)
class Decoded:
    text: str
    notes: tuple[Note, ...] = ()


def decode_bytes(data: bytes) -> str:
    return decode_text(data).text


def decode_text(data: bytes) -> Decoded:
    if not data.strip():
        raise DecodeError("empty file" if not data else "whitespace only")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-16 at byte {e.start}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    notes: list[Note] = []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return Decoded(utf16)
        nuls = data.count(b"\x00")
        if nuls > max(2, len(data) // 1000):
            raise DecodeError("binary content (NUL bytes), not text")
        # a stray NUL or two in text (a bad copy, a truncated write): dropped, not the file
        data = data.replace(b"\x00", b"")
        notes.append(Note(None, f"{nuls} NUL byte{'s' * (nuls > 1)} removed"))
    text, line_notes = _decode_lines(data)
    if not _mostly_text(text):
        raise DecodeError("binary content (control characters), not text")
    return Decoded(text, (*notes, *line_notes))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 shows NUL as every other byte of ASCII letters, spaces and digits, on one side of
    each pair only; a stray NUL in 8-bit text does not look like that."""
    sample = data[:4096]
    pairs = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for enc, nul_side, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if pairs and nul_side >= 0.2 * pairs and other <= 0.01 * pairs:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return text
    return None


def _decode_lines(data: bytes) -> tuple[str, list[Note]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        first_bad = e.start
    lines = data.split(b"\n")
    out: list[str] = []
    legacy: list[int] = []  # indexes of lines in a legacy encoding
    notes: list[Note] = []
    for i, line in enumerate(lines):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError as e:
            at = e.start
        replaced = line.decode("utf-8", errors="replace")
        invalid = replaced.count("\ufffd") - line.decode("utf-8", errors="ignore").count("\ufffd")
        if len(UTF8_MULTIBYTE_RE.findall(line)) > invalid:  # UTF-8 with a few damaged bytes
            out.append(replaced)
            notes.append(
                Note(i + 1, f"invalid UTF-8 at byte {at} of line {i + 1}: {invalid} byte(s) replaced by U+FFFD")
            )
        else:
            out.append("")
            legacy.append(i)
    if legacy:
        encoding = _legacy_encoding(b"\n".join(lines[i] for i in legacy))
        undefined = 0
        for i in legacy:
            out[i] = lines[i].decode(encoding, errors="replace")
            undefined += out[i].count("\ufffd") - lines[i].decode("utf-8", errors="ignore").count("\ufffd")
        listed = ", ".join(str(i + 1) for i in legacy[:LINES_LISTED]) + (", ..." if len(legacy) > LINES_LISTED else "")
        lost = f"; {undefined} byte(s) undefined there, replaced by U+FFFD" if undefined else ""
        notes.insert(
            0,
            Note(
                None,
                f"invalid UTF-8 at byte {first_bad}: {len(legacy)} line(s) read as {LEGACY[encoding]} "
                f"(detected by charset-normalizer), line {listed}{lost}",
            ),
        )
    return "\n".join(out), notes


def _legacy_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None or best.encoding not in LEGACY:
        return "cp1252"
    # (the two share their punctuation: curly quotes alone are named Windows-1252)
    same = data.decode("cp1251", errors="replace") == data.decode("cp1252", errors="replace")
    return "cp1252" if same else best.encoding


CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r


def _mostly_text(text: str) -> bool:
    sample = text[:20000]
    return len(CONTROL_RE.findall(sample)) <= max(2, len(sample) // 200)


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
