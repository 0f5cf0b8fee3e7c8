import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse

from learning import progress
from learning.certificates import (
    CertificateRefused,
    duration_label,
    issue_certificate,
    offers_for,
)
from learning.models import Certificate, CertificateKind, Level
from learning.models.certificates import CODE_ALPHABET, new_verification_code, normalise_code
from portal.accounts.privacy import delete_account
from tests.helpers import login_as
from tests.learning.certificate_helpers import answer_quiz, complete_lessons, course_with_lessons

TEILNAHME = CertificateKind.TEILNAHME
LEISTUNG = CertificateKind.LEISTUNG
CODE_PATTERN = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")


@pytest.fixture
def taken(holder):
    """A five-lesson course (share for the confirmation: 80 %) the holder enrolled in."""
    course, lessons = course_with_lessons(5, participation_share=80, pass_mark=70)
    return course, lessons, progress.enroll(holder, course)


# Verification codes


def test_codes_are_three_groups_of_four_unambiguous_characters():
    codes = {new_verification_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(CODE_PATTERN.match(code) for code in codes)
    assert not set("01OI") & set("".join(codes))
    assert not set("01OI") & set(CODE_ALPHABET)


@pytest.mark.parametrize(
    "typed",
    ["abcd-efgh-jkmn", "ABCDEFGHJKMN", "abcd efgh jkmn", " Abcd–Efgh–Jkmn ", "abcd.efgh.jkmn"],
)
def test_typed_codes_are_normalised(typed):
    assert normalise_code(typed) == "ABCD-EFGH-JKMN"


@pytest.mark.parametrize(
    "typed",
    ["", "ABCD-EFGH-JKM", "ABCD-EFGH-JKMNP", "ABCD-EFGH-JK0N", "ABCD-EFGH-JKIN", "ÄBCD-EFGH-JKMN"],
)
def test_what_cannot_be_a_code_is_refused(typed):
    assert normalise_code(typed) is None


# Conditions


def test_below_the_share_there_is_no_teilnahmebestaetigung(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons[:3])  # 60 %
    with pytest.raises(CertificateRefused) as refusal:
        issue_certificate(holder, course, TEILNAHME)
    assert "80 %" in refusal.value.message
    assert not Certificate.objects.exists()


def test_at_the_share_the_teilnahmebestaetigung_is_issued(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons[:4])  # 80 %
    certificate = issue_certificate(holder, course, TEILNAHME)
    assert certificate.kind == TEILNAHME
    assert certificate.holder_name == "Jürgen Weiß-Öztürk"
    assert certificate.course_title == course.title
    assert certificate.course_level == Level(course.level).label
    assert certificate.course_duration == "1,5 Stunden"
    assert certificate.score is None
    assert CODE_PATTERN.match(certificate.code)


def test_a_failed_quiz_gives_no_leistungsnachweis(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    answer_quiz(enrollment, lessons[-1], right=False)
    with pytest.raises(CertificateRefused):
        issue_certificate(holder, course, LEISTUNG)


def test_a_passed_quiz_gives_a_leistungsnachweis_with_the_best_score(taken, holder):
    course, lessons, enrollment = taken
    answer_quiz(enrollment, lessons[-1], right=False)
    answer_quiz(enrollment, lessons[-1], right=True)
    certificate = issue_certificate(holder, course, LEISTUNG)
    assert certificate.kind == LEISTUNG
    assert certificate.score == 100


def test_the_leistungsnachweis_does_not_need_the_lesson_share(taken, holder):
    course, lessons, enrollment = taken
    answer_quiz(enrollment, lessons[-1], right=True)
    issue_certificate(holder, course, LEISTUNG)
    with pytest.raises(CertificateRefused):
        issue_certificate(holder, course, TEILNAHME)


def test_a_course_without_a_quiz_has_no_leistungsnachweis(holder):
    course, lessons = course_with_lessons(3, with_quiz=False)
    enrollment = progress.enroll(holder, course)
    complete_lessons(enrollment, lessons)
    with pytest.raises(CertificateRefused):
        issue_certificate(holder, course, LEISTUNG)


def test_issuing_is_idempotent(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    first = issue_certificate(holder, course, TEILNAHME)
    holder.first_name = "Anna"
    holder.save()
    again = issue_certificate(holder, course, TEILNAHME)
    assert again.pk == first.pk
    assert again.code == first.code
    assert again.holder_name == "Jürgen Weiß-Öztürk"  # as issued, not as renamed
    assert Certificate.objects.count() == 1


def test_without_a_name_the_person_is_sent_to_the_profile(taken, holder):
    course, lessons, enrollment = taken
    holder.first_name = holder.last_name = ""
    holder.save()
    complete_lessons(enrollment, lessons)
    with pytest.raises(CertificateRefused) as refusal:
        issue_certificate(holder, course, TEILNAHME)
    assert refusal.value.code == "name_missing"
    assert reverse("portal:profile") in refusal.value.message
    assert not Certificate.objects.exists()


def test_without_an_enrolment_nothing_is_issued(holder):
    course, _ = course_with_lessons(2)
    with pytest.raises(CertificateRefused):
        issue_certificate(holder, course, TEILNAHME)


def test_an_unknown_kind_is_refused(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    with pytest.raises(CertificateRefused):
        issue_certificate(holder, course, "ehrenurkunde")


@pytest.mark.parametrize(
    ("minutes", "label"),
    [(45, "45 Minuten"), (60, "1 Stunde"), (90, "1,5 Stunden"), (240, "4 Stunden"), (None, "")],
)
def test_duration_labels(minutes, label):
    assert duration_label(minutes) == label


# Offers on "Meine Kurse" and the course page


def test_offers_say_what_is_issued_possible_or_missing(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    issue_certificate(holder, course, TEILNAHME)
    enrollment = progress.enrollments_for(holder).get()
    holder = type(holder).objects.get(pk=holder.pk)  # no cached certificates
    teilnahme, leistung = offers_for(holder, enrollment)
    assert teilnahme.issued and teilnahme.eligible
    assert not leistung.issued and not leistung.eligible
    assert "70 %" in leistung.requirement


def _render_links(user, enrollments):
    request = RequestFactory().get("/lernen/meine-kurse/")
    request.user = user
    return "".join(
        render_to_string(
            "learning/includes/certificate_links.html", {"enrollment": e}, request=request
        )
        for e in enrollments
    )


def test_the_links_include_offers_a_button_and_a_download(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    html = _render_links(holder, progress.enrollments_for(holder))
    assert reverse("certificates:issue") in html
    assert "Teilnahmebestätigung ausstellen" in html
    certificate = issue_certificate(holder, course, TEILNAHME)
    holder = type(holder).objects.get(pk=holder.pk)
    html = _render_links(holder, progress.enrollments_for(holder))
    assert reverse("certificates:download", args=[certificate.code]) in html
    assert "Leistungsnachweis: noch nicht erreicht" in html


def test_the_links_include_asks_for_the_name_first(taken, holder):
    course, lessons, enrollment = taken
    holder.first_name = holder.last_name = ""
    holder.save()
    complete_lessons(enrollment, lessons)
    html = _render_links(holder, progress.enrollments_for(holder))
    assert reverse("portal:profile") in html
    assert reverse("certificates:issue") not in html


@pytest.mark.parametrize("courses", [1, 4])
def test_the_links_of_a_list_of_courses_cost_the_same_queries(
    courses, holder, django_assert_num_queries
):
    for n in range(courses):
        course, lessons = course_with_lessons(2, title=f"Kurs {n}")
        enrollment = progress.enroll(holder, course)
        complete_lessons(enrollment, lessons[:1])
        answer_quiz(enrollment, lessons[-1], right=True)
        issue_certificate(holder, course, LEISTUNG)
    enrollments = list(progress.enrollments_for(holder))
    holder = type(holder).objects.get(pk=holder.pk)
    # The context processors' CMS check (the person's and their groups' permissions) and the
    # person's certificates; with every certificate issued, no quiz results are needed.
    with django_assert_num_queries(3):
        html = _render_links(holder, enrollments)
    assert html.count("PDF herunterladen") == courses


# The "Bescheinigung ausstellen" button


def _press_issue(client, course, follow=False, **fields):
    """What pressing "Teilnahmebestätigung ausstellen" for `course` sends."""
    data = {"course": course.pk, "kind": TEILNAHME, **fields}
    return client.post(reverse("certificates:issue"), data, follow=follow)


def test_the_button_issues_and_offers_the_download(client, taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    login_as(client, holder)
    response = _press_issue(client, course, follow=True, next="/lernen/meine-kurse/")
    certificate = Certificate.objects.get()
    assert response.redirect_chain[-1][0] == "/lernen/meine-kurse/"
    assert f"Teilnahmebestätigung für „{course.title}“ ausgestellt." in response.content.decode()
    assert reverse("certificates:download", args=[certificate.code]) in response.content.decode()


def test_the_button_explains_a_refusal(client, taken, holder):
    course, lessons, enrollment = taken
    login_as(client, holder)
    response = _press_issue(client, course, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "Für diese Bescheinigung fehlt noch etwas" in response.content.decode()
    assert not Certificate.objects.exists()


def test_the_button_never_redirects_elsewhere(client, taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    login_as(client, holder)
    response = _press_issue(client, course, next="https://example.org/")
    assert response.url == course.url


def test_anonymous_visitors_are_sent_to_the_login(client, taken):
    course, _, _ = taken
    response = _press_issue(client, course)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_issuing_needs_a_post(client, holder):
    login_as(client, holder)
    assert client.get(reverse("certificates:issue")).status_code == 405


# Lifetime


def test_deleting_the_account_deletes_its_certificates(taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    code = issue_certificate(holder, course, TEILNAHME).code
    delete_account(holder)
    assert not Certificate.objects.filter(code=code).exists()


def test_a_deleted_course_leaves_the_certificate_verifiable(client, taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    certificate = issue_certificate(holder, course, TEILNAHME)
    title = course.title
    course.delete()
    certificate.refresh_from_db()
    assert certificate.course is None
    response = client.get(certificate.get_absolute_url())
    assert response.status_code == 200
    assert title in response.content.decode()


def test_the_course_page_offers_the_certificates(client, taken, holder):
    course, lessons, enrollment = taken
    complete_lessons(enrollment, lessons)
    login_as(client, holder)
    text = client.get(course.url).content.decode()
    assert "Teilnahmebestätigung ausstellen" in text
    assert "Leistungsnachweis: noch nicht erreicht" in text
