import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from core.taxonomy import SizeClass, size_class_for
from network.ags import kreis_ags, normalise_ags, validate_ags
from network.factories import KommuneFactory


@pytest.mark.parametrize("ags", ["01003000", "12069656", "16055000", "09162000", "11000000"])
def test_valid_ags_passes(ags):
    validate_ags(ags)


@pytest.mark.parametrize(
    "ags",
    ["", "1234567", "123456789", "0100300A", "01 003 000", "-1003000", "０１００３０００"],
)
def test_malformed_ags_is_rejected_with_german_message(ags):
    with pytest.raises(ValidationError) as error:
        validate_ags(ags)
    assert error.value.code == "ags_format"
    expected = _("Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern, z. B. 01003000.")
    assert error.value.messages == [expected]


@pytest.mark.parametrize("ags", ["00123000", "17000000", "99123456"])
def test_ags_outside_the_16_laender_is_rejected(ags):
    with pytest.raises(ValidationError) as error:
        validate_ags(ags)
    assert error.value.code == "ags_land"


def test_spaces_copied_with_the_ags_are_removed():
    assert normalise_ags(" 12 0 69 656 ") == "12069656"


def test_kreis_of_a_gemeinde():
    assert kreis_ags("12069656") == "12069000"


@pytest.mark.django_db
def test_land_and_size_class_are_derived_on_save():
    kommune = KommuneFactory(ags="12069656", population=27_000)
    assert kommune.land == "12"
    assert kommune.land_name == "Brandenburg"
    assert kommune.size_class == SizeClass.FROM_20K


@pytest.mark.django_db
def test_full_clean_reports_duplicate_ags_in_german():
    KommuneFactory(ags="01003000")
    duplicate = KommuneFactory.build(ags="01003000", name="Lübeck")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert _("Eine Kommune mit diesem AGS ist bereits eingetragen.") in error.value.messages


@pytest.mark.parametrize(
    ("population", "expected"),
    [
        (4_999, SizeClass.UNDER_5K),
        (5_000, SizeClass.FROM_5K),
        (19_999, SizeClass.FROM_5K),
        (20_000, SizeClass.FROM_20K),
        (100_000, SizeClass.FROM_20K),
        (100_001, SizeClass.OVER_100K),
        (None, ""),
    ],
)
def test_size_classes_follow_german_statistics(population, expected):
    assert size_class_for(population) == expected


@pytest.mark.django_db
def test_kreis_must_match_the_first_five_digits():
    potsdam_mittelmark = KommuneFactory(ags="12069000", kind="landkreis")
    lubeck = KommuneFactory.build(ags="01003000", kreis=potsdam_mittelmark)
    with pytest.raises(ValidationError) as error:
        lubeck.full_clean()
    assert "12069000" not in error.value.message_dict["kreis"][0]
    assert "01003000" in error.value.message_dict["kreis"][0]
    werder = KommuneFactory.build(ags="12069656", kreis=potsdam_mittelmark, name="Werder")
    werder.full_clean()
