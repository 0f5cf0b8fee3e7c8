"""Names are one line of text: a line break in a name would stop every mail that carries it
in a header (Django refuses such headers), silently."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext as _

from core.factories import UserFactory
from portal.accounts.validators import validate_single_line
from tests.helpers import login_as

pytestmark = pytest.mark.django_db

User = get_user_model()
REFUSED = _("Bitte ohne Zeilenumbrüche und Steuerzeichen eingeben.")
BROKEN_NAMES = [
    "Erika\nMustermann",
    "Erika\r\nBcc: alle@example.org",
    "Erika\tMustermann",
    "Erika\x00",
    "Erika\x85Mustermann",  # NEL, a line break to some mail and text tools
    "Erika\u2028Mustermann",  # line separator
    "\u202eannamretsuM",  # right-to-left override: shows a different name than stored
]
GOOD_NAMES = ["Jürgen", "Weiß-Öztürk", "O'Brien", "Anna Maria", "José", "Zoë", "فاطمة"]


@pytest.mark.parametrize("name", BROKEN_NAMES)
def test_the_validator_refuses_line_breaks_and_control_characters(name):
    with pytest.raises(ValidationError) as refused:
        validate_single_line(name)

    assert refused.value.messages == [REFUSED]


@pytest.mark.parametrize("name", GOOD_NAMES)
def test_the_validator_accepts_names_of_every_script(name):
    validate_single_line(name)


def single_line_fields_of_the_user():
    return [
        field.name
        for field in User._meta.get_fields()
        if isinstance(field, models.CharField)
        and not isinstance(field, models.EmailField)
        and field.name != "password"
    ]


def test_the_user_has_the_text_fields_this_rule_expects():
    assert sorted(single_line_fields_of_the_user()) == ["first_name", "job_title", "last_name"]


@pytest.mark.parametrize("field", single_line_fields_of_the_user())
def test_every_text_field_of_the_user_is_single_line(field):
    # Every form built on the model (profile, CMS, Django admin) checks it through the field.
    assert validate_single_line in User._meta.get_field(field).validators


def test_signup_refuses_a_line_break_in_the_name(client, signup_data):
    response = client.post(reverse("account_signup"), {**signup_data, "last_name": "Muster\nmann"})

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not User.objects.exists()


@pytest.mark.parametrize("field", ["first_name", "last_name", "job_title"])
def test_profile_refuses_a_line_break(client, people, field):
    login_as(client, people.mitglied)
    data = {"first_name": "Johanna", "last_name": "Neumann", "job_title": "Digitallotsin"}

    response = client.post(reverse("portal:profile"), {**data, field: "Zeile\nzwei"})

    assert REFUSED in response.content.decode()
    people.mitglied.refresh_from_db()
    assert people.mitglied.first_name != "Johanna"


def test_the_cms_user_form_refuses_a_line_break():
    from wagtail.users.forms import UserEditForm

    user = UserFactory()
    data = {"email": user.email, "first_name": "Erika\nX", "last_name": "Muster", "is_active": "on"}

    form = UserEditForm(data, instance=user)

    assert not form.is_valid()
    assert form.errors["first_name"] == [REFUSED]


def test_names_stored_before_the_rule_are_made_single_line():
    migration = importlib.import_module("portal.accounts.migrations.0002_single_line_names")
    broken = UserFactory(first_name="Erika\r\n", last_name="Muster\nmann", job_title="A\tB")
    sound = UserFactory(first_name="Jürgen", last_name="Weiß-Öztürk")

    migration.make_names_single_line(apps, schema_editor=None)

    broken.refresh_from_db()
    sound.refresh_from_db()
    cleaned = (broken.first_name, broken.last_name, broken.job_title)
    assert cleaned == ("Erika", "Muster mann", "A B")
    assert (sound.first_name, sound.last_name) == ("Jürgen", "Weiß-Öztürk")
