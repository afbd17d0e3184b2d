"""Reading the inbox: formats, metadata, encodings, and refusals with reasons."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipelines.ingestion.inbox import Document, Reject, content_hash, read_documents


def read(tmp_path: Path) -> tuple[list[Document], list[Reject]]:
    items = list(read_documents([tmp_path]))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Reject)]


def test_txt_front_matter_gives_id_and_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\nid: wire-1\nurl: https://x.test/2025/01/02/a\ntitle: T\npublished: 2025-01-02T08:00:00Z\n---\nBody text.\n"
    )
    docs, rejects = read(tmp_path)
    assert rejects == []
    assert (docs[0].doc_id, docs[0].url, docs[0].title, docs[0].published, docs[0].text) == (
        "wire-1",
        "https://x.test/2025/01/02/a",
        "T",
        date(2025, 1, 2),
        "Body text.\n",
    )


def test_txt_without_front_matter_is_named_after_the_file(tmp_path):
    (tmp_path / "story-7.txt").write_text("Just text.")
    docs, _ = read(tmp_path)
    assert docs[0].doc_id == "story-7" and docs[0].published is None


def test_jsonl_records_and_their_faults_are_reported_by_line(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": "One.", "published": "2025-03-01"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"id": "r4", "text": "Four.", "published": 20250301}),
        json.dumps({"id": "r1", "text": "Different text, same id."}),
        json.dumps({"text": "No id given."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    docs, rejects = read(tmp_path)
    assert [d.doc_id for d in docs] == ["r1", "r4", "feed-6"]  # a bad date costs the date, not the document
    assert docs[1].published is None
    reasons = {r.line: r.reason for r in rejects}
    assert set(reasons) == {2, 3, 4, 5}
    assert "not valid JSON" in reasons[2]
    assert "no 'text'" in reasons[3]
    assert "'published' must be a string" in reasons[4]
    assert "duplicate id 'r1'" in reasons[5]


def test_encodings_are_decoded_not_rejected(tmp_path):
    text = "Губернатор сообщил, что над регионом сбиты три беспилотника."
    (tmp_path / "cp1251.txt").write_bytes(text.encode("cp1251"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    docs, rejects = read(tmp_path)
    assert [d.text for d in docs] == [text, text]
    assert [(r.source, r.check) for r in rejects] == [("cp1251.txt", "decode")]  # the guess is noted
    assert "read as Windows-1251 (detected by charset-normalizer)" in rejects[0].reason
    assert rejects[0].reason.endswith("text kept")


def test_empty_whitespace_binary_and_invalid_utf8_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "broken.txt").write_bytes(b"Drones \xff\xfe\xfa over Kursk")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    docs, rejects = read(tmp_path)
    assert [d.doc_id for d in docs] == ["broken"]  # bad bytes cost a guess at three letters, not the text
    assert "over Kursk" in docs[0].text
    by_file = {r.source: r.reason for r in rejects}
    assert by_file["empty.txt"] == "empty file"
    assert by_file["blank.txt"] == "whitespace only"
    assert "binary" in by_file["image.txt"]
    assert "invalid UTF-8" in by_file["broken.txt"]
    assert "unsupported file type .docx" in by_file["notes.docx"]


def test_html_page_is_reduced_to_its_text(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>News</title><script>var x=1;</script></head><body><nav>Menu</nav>"
        "<p>Air defences destroyed five drones over the Kursk region overnight.</p></body></html>"
    )
    docs, _ = read(tmp_path)
    assert "five drones over the Kursk region" in docs[0].text
    assert "var x" not in docs[0].text and "Menu" not in docs[0].text


def test_content_hash_ignores_line_endings_and_trailing_space():
    assert content_hash("a\r\nb  \n") == content_hash("a\nb")
    assert content_hash("a b") != content_hash("a  b")


def test_one_bad_byte_or_nul_costs_no_record_of_a_jsonl_file(tmp_path):
    records = [
        json.dumps({"id": f"r{i}", "text": f"Record {i}: drones seen over the Oryol region."}) for i in range(1000)
    ]
    lines = [r.encode() for r in records]
    lines[3] = lines[3].replace(b"Record", b"Rec\x00ord")  # a NUL in the first 4 KB
    lines[500] = lines[500].replace(b"seen", b"seen at Orl\xe9ans")  # a Latin-1 byte
    (tmp_path / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    docs, rejects = read(tmp_path)
    assert len(docs) == 1000
    assert "seen at Orléans" in docs[500].text and docs[3].text.startswith("Record 3:")
    reasons = sorted(r.reason for r in rejects)
    assert len(reasons) == 2 and all(r.endswith("text kept") for r in reasons)
    assert reasons[0].startswith("1 NUL byte removed")
    assert "1 line(s) read as Windows-1252" in reasons[1] and "line 501" in reasons[1]


def test_legacy_single_byte_text_inside_english_is_detected(tmp_path):
    russian_name = "Mayor Светлана Ковалёва said air defences downed 4 drones near the Smolensk region."
    curly = "The governor said \u201cnine drones\u201d were downed \u2013 one hit a warehouse."
    (tmp_path / "name.txt").write_bytes(russian_name.encode("cp1251"))
    (tmp_path / "quotes.txt").write_bytes(curly.encode("cp1252"))
    docs, rejects = read(tmp_path)
    assert [d.text for d in docs] == [russian_name, curly]
    assert ["Windows-1251" in rejects[0].reason, "Windows-1252" in rejects[1].reason] == [True, True]


def test_a_damaged_utf8_line_loses_only_its_bad_bytes(tmp_path):
    good = "Губернатор сообщил о пяти сбитых беспилотниках."
    data = (good + "\n" + good + "\n").encode("utf-8")
    damaged = data[:-4] + b"\xff" + data[-4:]  # a stray byte before the last letter of the second line
    (tmp_path / "news.txt").write_bytes(damaged)
    docs, rejects = read(tmp_path)
    first, second = docs[0].text.split("\n")[:2]
    assert first == good and second == good[:-2] + "\ufffd" + good[-2:]
    assert [(r.line, r.check) for r in rejects] == [(2, "decode")]
    assert "1 byte(s) replaced by U+FFFD" in rejects[0].reason


def test_many_nul_bytes_are_still_binary_and_utf16_without_bom_is_read(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"text" + b"\x00" * 64 + b"more text")
    (tmp_path / "wide.txt").write_bytes("Drones over the Oryol region.".encode("utf-16-le"))
    docs, rejects = read(tmp_path)
    assert [d.text for d in docs] == ["Drones over the Oryol region."]
    assert [(r.source, r.reason) for r in rejects] == [("blob.txt", "binary content (NUL bytes), not text")]
