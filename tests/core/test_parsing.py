"""The parsing helpers and path converters that stand between typed input and the database."""

import pytest
from django.urls import reverse

from core.converters import IdConverter, PageIdConverter
from core.parsing import (
    BIGINT_MAX,
    INT_MAX,
    has_control_characters,
    parse_choice,
    parse_id,
    parse_ids,
    parse_text,
)
from core.taxonomy import Phase

THIRTY_DIGITS = "9" * 30
ODD_NUMBERS = ["²", "١٢", "７", " ", "", "-1", "0", "+5", "1_000", "1.5", "0x10", "\x00", "1\x00"]


@pytest.mark.parametrize("raw", ODD_NUMBERS)
def test_an_id_is_ascii_digits_only(raw):
    assert parse_id(raw) is None


def test_an_id_is_within_the_database_range():
    assert parse_id(str(BIGINT_MAX)) == BIGINT_MAX
    assert parse_id(str(BIGINT_MAX + 1)) is None
    assert parse_id("9" * 30) is None
    assert parse_id("9" * 100_000) is None
    assert parse_id(str(INT_MAX + 1), maximum=INT_MAX) is None


def test_an_id_may_carry_surrounding_spaces():
    assert parse_id(" 42 ") == 42


def test_ids_keep_their_order_without_repeats_and_junk():
    assert parse_ids(["3,1", "²", "3", "x,2", "9" * 30]) == [3, 1, 2]


def test_ids_are_read_up_to_a_limit():
    assert parse_ids([",".join(str(n) for n in range(1, 10_000))], limit=5) == [1, 2, 3, 4, 5]


def test_a_choice_is_one_of_the_given_values_compared_as_text():
    assert parse_choice("2", Phase.values) == Phase.START
    assert parse_choice("²", Phase.values) is None
    assert parse_choice("ki", ["ki", "bildung"]) == "ki"
    assert parse_choice("KI", ["ki"]) is None
    assert parse_choice(None, ["ki"]) is None


@pytest.mark.parametrize(
    "text", ["a\x00b", "zwei\nZeilen", "tab\there", "del\x7f", "c1\x85c1", "line\u2028separator"]
)
def test_control_characters_are_found(text):
    assert has_control_characters(text)
    assert parse_text(text, 100) is None


def test_a_text_is_stripped_and_bounded():
    assert parse_text("  Open Data ", 100) == "Open Data"
    assert parse_text("x" * 101, 100) is None
    # Right-to-left marks and umlauts are text, not control characters.
    assert parse_text("Bürger\u202egnp", 100) == "Bürger\u202egnp"


@pytest.mark.parametrize(
    ("converter", "value"),
    [(IdConverter(), str(BIGINT_MAX + 1)), (PageIdConverter(), str(INT_MAX + 1))],
)
def test_an_id_beyond_the_column_is_no_match(converter, value):
    with pytest.raises(ValueError):
        converter.to_python(value)


@pytest.mark.parametrize(
    "path",
    [
        "/kommunen/%00/",
        "/kommunen/1206999%C2%B2/",
        "/kommunen/einladung/%00/",
        "/zertifikate/%00/pdf/",
        "/zertifikate/%00/",
        f"/praxisbeispiele/einreichen/{THIRTY_DIGITS}/",
        f"/praxisbeispiele/aktionen/{THIRTY_DIGITS}/merken/",
        f"/api/praxisbeispiele/{THIRTY_DIGITS}/",
        f"/lernen/meine-kurse/anmelden/{THIRTY_DIGITS}/",
        f"/kommunen/mitgliedschaft/{THIRTY_DIGITS}/austreten/",
    ],
)
def test_paths_that_cannot_name_anything_answer_not_found(client, db, path):
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


def test_url_names_and_addresses_are_unchanged():
    assert reverse("network:kommune_detail", args=["12069999"]) == "/kommunen/12069999/"
    assert reverse("network:invitation", args=["a-Z_9"]) == "/kommunen/einladung/a-Z_9/"
    assert reverse("certificates:verify", args=["ABCD-EFGH-JKLM"]) == "/zertifikate/ABCD-EFGH-JKLM/"
    assert (
        reverse("certificates:download", args=["ABCD-EFGH-JKLM"])
        == "/zertifikate/ABCD-EFGH-JKLM/pdf/"
    )
    assert reverse("bestpractice:submission_edit", args=[7]) == "/praxisbeispiele/einreichen/7/"
    assert reverse("api:case_study_detail", args=[7]) == "/api/praxisbeispiele/7/"
    assert reverse("learning:enrol", args=[7]) == "/lernen/meine-kurse/anmelden/7/"
    assert (
        reverse("network:membership_remove", args=["12069999", 7])
        == "/kommunen/12069999/mitglieder/7/entfernen/"
    )
