import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from core.factories import UserFactory
from learning import reports
from learning.models import Certificate, CertificateKind, Enrollment, QuizAttempt
from network.factories import KommuneFactory, MembershipFactory
from network.models import MembershipState
from tests.helpers import RolePeople, login_as
from tests.learning.certificate_helpers import course_with_lessons

TEILNAHME, LEISTUNG = CertificateKind.TEILNAHME, CertificateKind.LEISTUNG


def _enrol(user, course, *, completed=False):
    return Enrollment.objects.create(
        user=user, course=course, completed_at=timezone.now() if completed else None
    )


def _attempts(user, course, lesson, *scores):
    key = next(iter(lesson.quizzes()))
    for number, score in enumerate(scores, start=1):
        QuizAttempt.objects.create(
            user=user,
            course=course,
            lesson=lesson,
            quiz_key=key,
            number=number,
            score=score,
            passed=score >= course.pass_mark,
        )


def _certificate(user, course, kind):
    return Certificate.objects.create(
        user=user,
        course=course,
        kind=kind,
        holder_name=str(user),
        course_title=course.title,
        score=90 if kind == LEISTUNG else None,
    )


@pytest.fixture
def data(kommune, other_kommune):
    """Two courses; people in Musterstadt, Andersdorf and without a (confirmed) Kommune."""
    course_a, lessons_a = course_with_lessons(2, title="OZG-Grundlagen")
    course_b, lessons_b = course_with_lessons(2, title="Agile Projektarbeit")
    a1 = MembershipFactory(kommune=kommune).user
    a2 = MembershipFactory(kommune=kommune).user
    b1 = MembershipFactory(kommune=other_kommune).user
    # Andersdorf only as a second, non-primary membership: counts for Musterstadt.
    MembershipFactory(kommune=other_kommune, user=a2, is_primary=False)
    staff = UserFactory()
    requested = MembershipFactory(kommune=other_kommune, state=MembershipState.REQUESTED).user

    for person, completed in [(a1, True), (a2, False), (b1, True), (staff, False)]:
        _enrol(person, course_a, completed=completed)
    _enrol(requested, course_a)
    _enrol(a1, course_b)

    _attempts(a1, course_a, lessons_a[-1], 40, 80)  # the best attempt counts: 80
    _attempts(a2, course_a, lessons_a[-1], 60)
    _attempts(b1, course_a, lessons_a[-1], 100)
    _attempts(a1, course_b, lessons_b[-1], 50, 50)  # a tie counts once

    _certificate(a1, course_a, TEILNAHME)
    _certificate(b1, course_a, TEILNAHME)
    _certificate(b1, course_a, LEISTUNG)
    return course_a, course_b


def _figures(row):
    average = None if row.average_score is None else round(row.average_score, 1)
    return (row.label, row.enrolled, row.completed, average, row.teilnahme, row.leistung)


def test_per_course(data):
    rows = reports.course_report()
    assert [_figures(row) for row in rows] == [
        ("OZG-Grundlagen", 5, 2, 80.0, 2, 1),
        ("Agile Projektarbeit", 1, 0, 50.0, 0, 0),
    ]
    assert rows[0].completion_rate == 40


def test_a_course_nobody_took_shows_zeros(data):
    course_with_lessons(1, title="Informationssicherheit und Datenschutz")
    row = reports.course_report()[-1]
    assert _figures(row) == ("Informationssicherheit und Datenschutz", 0, 0, None, 0, 0)
    assert row.completion_rate is None


def test_per_kommune_over_all_courses(data):
    assert [_figures(row) for row in reports.kommune_report()] == [
        ("Andersdorf", 1, 1, 100.0, 1, 1),
        ("Musterstadt", 3, 1, 63.3, 1, 0),  # best scores 80, 60 and 50
        ("ohne Kommune", 2, 0, None, 0, 0),
    ]


def test_per_kommune_for_one_course(data):
    _, course_b = data
    assert [_figures(row) for row in reports.kommune_report(course_b)] == [
        ("Musterstadt", 1, 0, 50.0, 0, 0)
    ]


def test_totals_add_up_without_averaging_averages(data):
    total = reports.totals(reports.kommune_report())
    assert (total.enrolled, total.completed, total.teilnahme, total.leistung) == (6, 2, 2, 1)
    assert total.average_score is None


# The page and the CSV files


def _staff(client, people):
    login_as(client, people.redaktion)


def test_the_page_shows_both_tables(client, people, data):
    _staff(client, people)
    text = client.get(reverse("learning_reports:overview")).content.decode()
    assert "Nach Kurs" in text
    assert "OZG-Grundlagen" in text
    assert "80,0 %" in text
    assert "Nach Kommune: alle Kurse" in text
    assert "Andersdorf" in text
    assert "ohne Kommune" in text


def test_the_page_filters_the_kommune_table_by_course(client, people, data):
    _, course_b = data
    _staff(client, people)
    response = client.get(reverse("learning_reports:overview"), {"kurs": course_b.pk})
    text = response.content.decode()
    assert "Nach Kommune: Agile Projektarbeit" in text
    assert f"kommunen.csv?kurs={course_b.pk}" in text
    table = text.split('id="by-kommune"')[1]
    assert "Andersdorf" not in table


def test_the_course_csv_opens_in_german_excel(client, people, data):
    _staff(client, people)
    response = client.get(reverse("learning_reports:courses_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="lernbericht-kurse-')
    assert response.content.startswith(b"\xef\xbb\xbf")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines == [
        "Kurs;Angemeldet;Abgeschlossen;Abschlussquote (%);Ø bestes Quizergebnis (%);"
        "Teilnahmebestätigungen;Leistungsnachweise",
        "OZG-Grundlagen;5;2;40;80,0;2;1",
        "Agile Projektarbeit;1;0;0;50,0;0;0",
    ]


def test_the_kommune_csv(client, people, data):
    _staff(client, people)
    response = client.get(reverse("learning_reports:kommunen_csv"))
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Kommune;Angemeldet;")
    assert lines[1:] == [
        "Andersdorf;1;1;100;100,0;1;1",
        "Musterstadt;3;1;33;63,3;1;0",
        "ohne Kommune;2;0;0;;0;0",
    ]


def test_a_title_that_looks_like_a_formula_is_not_run_by_excel(client, people, db):
    course_with_lessons(1, title='=HYPERLINK("http://example.org";"Kurs")')
    _staff(client, people)
    content = client.get(reverse("learning_reports:courses_csv")).content.decode("utf-8-sig")
    _, row = csv.reader(io.StringIO(content), delimiter=";")
    assert row[0] == '\'=HYPERLINK("http://example.org";"Kurs")'


@pytest.mark.parametrize("role", RolePeople.role_names())
@pytest.mark.parametrize("name", ["overview", "courses_csv", "kommunen_csv"])
def test_only_redaktion_and_koordination_see_reports(client, people, role, name):
    login_as(client, getattr(people, role))
    response = client.get(reverse(f"learning_reports:{name}"))
    if role in ("redaktion", "netzwerkkoordination"):
        assert response.status_code == 200
    elif role == "besucher":
        assert response.status_code == 302
        assert response.url.startswith(reverse("account_login"))
    else:
        assert response.status_code == 403


# Links to the reports


def test_the_cms_menu_links_the_reports_for_redaktion(client, people):
    login_as(client, people.redaktion)
    response = client.get("/cms/")
    assert response.status_code == 200
    assert reverse("learning_reports:overview") in response.content.decode()


def test_my_courses_links_the_reports_only_for_those_who_may_read_them(client, people):
    url = reverse("learning:my_courses")
    login_as(client, people.netzwerkkoordination)
    assert reverse("learning_reports:overview") in client.get(url).content.decode()
    login_as(client, people.kommunen_admin)
    assert reverse("learning_reports:overview") not in client.get(url).content.decode()


# Query counts


def _grow(course_a, course_b, n: int) -> None:
    """n more Kommunen, each with two learners, attempts and certificates."""
    lesson = course_a.get_children().last().specific
    for _ in range(n):
        kommune = KommuneFactory()
        for course in (course_a, course_b):
            person = MembershipFactory(kommune=kommune).user
            _enrol(person, course, completed=True)
            if course == course_a:
                _attempts(person, course, lesson, 30, 90)
                _certificate(person, course, TEILNAHME)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["overview", "courses_csv", "kommunen_csv"])
def test_query_counts_do_not_grow_with_the_data(client, people, data, name):
    _staff(client, people)
    url = reverse(f"learning_reports:{name}")
    client.get(url)  # the first page of a site also creates its footer settings
    small = _queries(client, url)
    _grow(*data, n=8)
    assert _queries(client, url) == small


def test_the_overview_counts_with_a_few_grouped_queries(
    client, people, data, django_assert_num_queries
):
    _staff(client, people)
    url = reverse("learning_reports:overview")
    client.get(url)
    # 8 of the report: enrolments, best attempts and certificates grouped per course and
    # again per Kommune, the courses and the Kommune names; 1 for the filter's course choices.
    # 11 of every signed-in page: session, user, groups, MFA, CMS rights, layout, user bar,
    # and the person's memberships for the user menu.
    with django_assert_num_queries(20):
        client.get(url)


def test_old_attempts_before_a_better_one_do_not_count(data):
    course_a, _ = data
    assert QuizAttempt.objects.filter(course=course_a).count() == 4
    best = reports.best_attempts().filter(course=course_a)
    assert sorted(best.values_list("score", flat=True)) == [60, 80, 100]
