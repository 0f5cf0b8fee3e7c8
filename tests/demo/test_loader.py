"""The formats of the demo content files."""

from pathlib import Path

import pytest

from demo.loader import parts_of, read_markdown, slug_of, tidy


def test_lines_of_a_paragraph_are_joined_by_spaces_and_headings_stand_alone():
    body = "## Ist-Situation\n\nDie Warteschlange reichte\nbis auf die Straße.\n\nZweiter Absatz.\n"

    assert parts_of(body) == [
        ("heading", "Ist-Situation"),
        ("text", "Die Warteschlange reichte bis auf die Straße."),
        ("text", "Zweiter Absatz."),
    ]


def test_line_breaks_between_tags_and_after_br_are_layout_only():
    html = "<ul>\n<li>Lernen:<br/>\nEs gibt <b>Kurse</b>\nim Internet.</li>\n</ul>"

    assert tidy(" ".join(html.splitlines())) == (
        "<ul><li>Lernen:<br/>Es gibt <b>Kurse</b> im Internet.</li></ul>"
    )


def test_the_order_number_is_not_part_of_the_slug():
    assert slug_of(Path("08-3d-stadtmodell-bauleitplanung-ulm.md")) == (
        "3d-stadtmodell-bauleitplanung-ulm"
    )


def test_a_markdown_file_needs_front_matter(tmp_path):
    page = tmp_path / "01-impressum.md"
    page.write_text("## Anbieter\n\n<p>Beispielstraße 1</p>\n", encoding="utf-8")

    with pytest.raises(ValueError, match="01-impressum.md"):
        read_markdown(page)
