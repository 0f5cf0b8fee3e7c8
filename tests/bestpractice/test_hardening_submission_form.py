"""The submission form says which sections the submission needs instead of "optional"."""

import pytest
from django.urls import reverse

from bestpractice.factories import case_study_index
from tests.helpers import login_as

pytestmark = pytest.mark.django_db


def test_sections_are_marked_as_needed_to_submit_not_optional(client, people):
    case_study_index()
    login_as(client, people.kommunen_admin)
    html = client.get(reverse("bestpractice:submission_create")).content.decode()
    assert html.count("zum Einreichen nötig") == 7
    sections = html.split("Anwendungsfall</legend>", 1)[1].split("Kosten, Förderung", 1)[0]
    assert "– optional" not in sections
