"""Sentence splitting: boilerplate lines found by their start search, paragraphs, headlines."""

import pytest

from pipelines.extraction.text import BOILERPLATE_RE, _mask, split_sentences

# one line per alternative of BOILERPLATE_RE
BOILERPLATE_LINES = [
    "Subscribe to our newsletter", "Sign up for alerts", "Follow us on Telegram", "Share this article", "Share:",
    "Like what you read? Donate", "Support independent journalism", "Support our work", "Read more: drones",
    "Read also", "Related: the war", "See also", "Comments", "Comment", "Leave a comment", "Leave a reply",
    "Post comment", "You must be logged in to post", "Log in", "Name *", "Email *", "Your email address",
    "Required fields are marked", "12 comments", "1 comment", "We will update this story", "We will keep updating",
    "This story will be updated", "This page is being updated", "This article was produced by",
    "This article was translated", "(Reporting by A. Smith", "Editing by B. Jones", "Advertisement",
    "Подписывайтесь на канал", "Читайте также", "Поделиться",
]  # fmt: skip


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_every_boilerplate_line_is_blanked(line: str) -> None:
    assert BOILERPLATE_RE.match(line)
    for variant in (line, line.upper(), "  " + line):
        for text in (f"{variant}\nDrones were shot down.", f"Drones were shot down.\n\n{variant}\nMore."):
            masked = _mask(text)
            assert len(masked) == len(text)
            assert variant not in masked and "Drones were shot down." in masked


def test_links_under_a_header_are_blanked_up_to_an_empty_line() -> None:
    text = "Ten drones were downed.\nRead more:\n- Drones over Kursk\n• Subscribe\n- Strike on a depot\n\n- A list"
    kept = [s.text for s in split_sentences(text)]
    assert kept == ["Ten drones were downed.", "- A list"]


def test_paragraphs_sentences_and_headlines() -> None:
    text = "Drones hit Kursk overnightThe governor said 5 were downed. St. Petersburg was calm.\n\nTotal:\n- 3 in A;\n- 2 in B\n"
    got = [(s.text, s.paragraph, s.headline) for s in split_sentences(text)]
    assert got == [
        ("Drones hit Kursk overnight", 0, True),
        ("The governor said 5 were downed.", 0, False),
        ("St. Petersburg was calm.", 0, False),
        ("Total:\n- 3 in A;\n- 2 in B", 1, False),
    ]
