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
    assert rejects == []
    assert [d.text for d in docs] == [text, text]


def test_empty_whitespace_binary_and_invalid_utf8_are_rejected_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "broken.txt").write_bytes(b"Drones \xff\xfe\xfa over Kursk")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    docs, rejects = read(tmp_path)
    assert docs == []
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
