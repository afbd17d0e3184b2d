"""Telegram Desktop's channel export (`result.json`) read as inbox documents, and through `uav-etl extract`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.ingestion.inbox import Document, Reject, read_documents

CHANNEL = "Минобороны России"
NIGHT = "Минувшей ночью средствами противовоздушной обороны сбиты 7 беспилотников над территорией Тульской области."
EVENING = [
    "Вечером дежурные средства ПВО ",
    {"type": "bold", "text": "уничтожили 12 беспилотных летательных аппаратов"},
    ": 8 над Смоленской областью и 4 над Калужской областью. ",
    {"type": "hashtag", "text": "#сводка"},
]
RELAYED = "Над территорией Курской области сбиты 3 беспилотника."


def message(msg_id: object, text: object, day: str = "2024-10-04T07:15:00", **extra: object) -> dict:
    return {"id": msg_id, "type": "message", "date": day, "from": CHANNEL, "text": text, **extra}


def export(**top: object) -> dict:
    """An invented export of five kinds of message, and five faults."""
    return {
        "name": CHANNEL,
        "type": "public_channel",
        "id": 1234500001,
        "messages": [
            {"id": 1, "type": "service", "date": "2024-10-01T09:00:00", "action": "create_channel", "text": ""},
            message(101, NIGHT),
            message(102, EVENING, "2024-10-05T21:40:00", text_entities=[]),
            message(103, "", photo="photos/photo_1.jpg"),  # media only
            message(104, RELAYED, "2024-10-06T08:00:00", forwarded_from="Губернатор Тестовой области"),
            message(105, "Сегодня без происшествий.", "вчера"),  # a date that is no date
            "not a message",
            message("x7", "Текст."),
            message(107, 42),
            message(108, ["Текст ", 7]),
            {"id": 109, "type": "story", "date": "2024-10-06T10:00:00", "text": "Текст."},
        ],
        **top,
    }


def write(tmp_path: Path, content: object, name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read(*paths: Path) -> tuple[list[Document], list[Reject]]:
    items = list(read_documents(paths))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Reject)]


def test_each_message_with_text_is_a_document_named_after_the_channel(tmp_path):
    write(tmp_path, export())
    docs, _ = read(tmp_path)  # an inbox folder: .json is among the files it reads
    got = [(d.doc_id, d.title, d.url, d.published) for d in docs]
    assert got == [
        ("1234500001-101", CHANNEL, None, date(2024, 10, 4)),
        ("1234500001-102", CHANNEL, None, date(2024, 10, 5)),
        ("1234500001-104", "Губернатор Тестовой области", None, date(2024, 10, 6)),  # the origin speaks
        ("1234500001-105", CHANNEL, None, None),
    ]
    assert docs[0].text == NIGHT
    assert docs[1].text == (
        "Вечером дежурные средства ПВО уничтожили 12 беспилотных летательных аппаратов: "
        "8 над Смоленской областью и 4 над Калужской областью. #сводка"
    )
    assert {d.source for d in docs} == {"result.json"}


def test_faults_are_refused_message_by_message_and_the_rest_is_read(tmp_path):
    _, rejects = read(write(tmp_path, export()))
    got = [(r.doc_id, r.check, r.reason) for r in rejects]
    assert [(doc_id, check) for doc_id, check, _ in got] == [
        ("1234500001-105", "published"),
        (None, "json"),
        (None, "json"),
        ("1234500001-107", "text"),
        ("1234500001-108", "text"),
        ("1234500001-109", "json"),
    ]
    reasons = [reason for _, _, reason in got]
    assert reasons[1] == "message 7: must be a JSON object, got str"
    assert reasons[2].startswith("message 8: 'id' must be an integer")
    assert reasons[3] == "message 9 (id 107): 'text' must be a string or a list, got int"
    assert reasons[4].startswith("message 10 (id 108): a part of 'text' is neither a string nor an entity")
    assert reasons[5] == "message 11 (id 109): unknown message type 'story'"


def test_an_export_with_a_username_links_each_message_and_names_it_by_the_username(tmp_path):
    docs, _ = read(write(tmp_path, export(username="@test_defence_channel")))
    assert [(d.doc_id, d.url) for d in docs[:2]] == [
        ("test_defence_channel-101", "https://t.me/test_defence_channel/101"),
        ("test_defence_channel-102", "https://t.me/test_defence_channel/102"),
    ]
    assert docs[2].url is None  # a forward is not this channel's post


def test_text_entities_serve_when_there_is_no_text(tmp_path):
    entities = [{"type": "plain", "text": "Сбиты "}, {"type": "bold", "text": "2 беспилотника"}]
    record = {"name": "Канал", "id": 77, "messages": [{"id": 5, "type": "message", "text_entities": entities}]}
    docs, rejects = read(write(tmp_path, record))
    assert [(d.doc_id, d.text, d.title, d.published) for d in docs] == [("77-5", "Сбиты 2 беспилотника", "Канал", None)]
    assert rejects == []


@pytest.mark.parametrize(
    "content, check, reason",
    [
        ({"id": "r1", "text": "Одна запись."}, "file_type", "read only as a Telegram Desktop chat export"),
        ([{"id": 1, "text": "Текст."}], "file_type", "read only as a Telegram Desktop chat export"),
        ({"name": "Канал", "messages": {"1": "Текст."}}, "json", "'messages' must be a list, got dict"),
    ],
)
def test_any_other_json_is_refused_with_a_reason(tmp_path, content, check, reason):
    docs, rejects = read(write(tmp_path, content, "other.json"))
    assert docs == []
    assert [(r.source, r.check) for r in rejects] == [(str(tmp_path / "other.json"), check)]
    assert reason in rejects[0].reason


def test_broken_json_and_empty_files_are_refused(tmp_path):
    (tmp_path / "cut.json").write_text('{"name": "Канал", "messages": [', encoding="utf-8")
    (tmp_path / "empty.json").write_bytes(b"")
    docs, rejects = read(tmp_path)
    assert docs == []
    assert sorted((r.source, r.check) for r in rejects) == [("cut.json", "json"), ("empty.json", "decode")]
    assert rejects[0].reason.startswith("not valid JSON")


def test_extract_on_an_export_yields_the_claims_of_its_messages(tmp_path, capsys):
    path = write(tmp_path, export(username="test_defence_channel"))
    assert main(["extract", str(path), "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    got = sorted((r["doc"], r["event_type"], r["region_code"], r["count"], r["date"], r["is_total"]) for r in rows)
    assert got == [
        ("test_defence_channel-101", "intercept", "RU-TUL", 7, "2024-10-04", False),
        ("test_defence_channel-102", "intercept", "RU", 12, "2024-10-05", True),
        ("test_defence_channel-102", "intercept", "RU-KLU", 4, "2024-10-05", False),
        ("test_defence_channel-102", "intercept", "RU-SMO", 8, "2024-10-05", False),
        ("test_defence_channel-104", "intercept", "RU-KRS", 3, None, False),
    ]
    assert "4 documents" in err and "6 inputs rejected" in err
