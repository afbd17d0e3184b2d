"""A text of one endless "sentence" is cut into bounded units (no real sentence is longer than
`text.MAX_SENTENCE`), so the per-sentence steps stay linear in the text's length."""

from pipelines.extraction import extract_document
from pipelines.extraction.text import MAX_SENTENCE, split_sentences


def test_a_long_run_on_sentence_is_cut_into_bounded_units() -> None:
    text = "Governor Ivanov said 5 drones were downed over the Kursk region, " * 400
    units = split_sentences(text)
    assert len(units) > 1
    assert all(u.end - u.start <= MAX_SENTENCE for u in units)
    assert "".join(u.text for u in units) == text.rstrip()


def test_claims_of_a_long_list_are_all_found() -> None:
    item = "5 drones were downed over the Kursk region, "
    text = "The Russian defence ministry said: " + item * 300
    claims = extract_document("long", text, "2025-01-01")
    assert {(c.event_type, c.region_code, c.count) for c in claims} == {("intercept", "RU-KRS", 5)}
