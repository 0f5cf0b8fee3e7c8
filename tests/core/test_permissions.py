"""Wagtail pages ask the permission module when they are served, like every view."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from bestpractice.models import CaseStudyIndexPage, CaseStudyPage
from core import permissions
from learning.models import CourseIndexPage, CoursePage, LearningPathPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("page_type", "action"),
    [
        (CaseStudyIndexPage, "bestpractice.view"),
        (CaseStudyPage, "bestpractice.view"),
        (CourseIndexPage, "learning.view_catalogue"),
        (CoursePage, "learning.view_course"),
        (LearningPathPage, "learning.view_course"),
    ],
)
def test_a_tightened_rule_reaches_the_page_types_serve(rf, monkeypatch, page_type, action):
    monkeypatch.setitem(permissions._rules, action, lambda user, obj: False)
    request = rf.get("/")
    request.user = AnonymousUser()

    response = page_type.serve(page_type(title="Seite", slug="seite"), request)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
