"""The DSGVO export lists what Lernen stores about the person, and nobody else's."""

import pytest

from learning import progress
from learning.certificates import issue_certificate
from learning.models import CertificateKind
from portal.accounts.privacy import export_personal_data
from tests.learning.certificate_helpers import course_with_lessons, finished_course

pytestmark = pytest.mark.django_db


def test_export_lists_courses_attempts_and_certificates(people):
    member = people.mitglied
    course, lessons, _enrollment = finished_course(member, title="Agile Projektarbeit")
    certificate = issue_certificate(member, course, CertificateKind.LEISTUNG)

    exported = export_personal_data(member)["lernen"]

    (kurs,) = exported["kurse"]
    assert kurs["kurs"] == "Agile Projektarbeit"
    assert sorted(kurs["erledigte_lektionen"]) == sorted(lesson.title for lesson in lessons)
    (versuch,) = exported["quizversuche"]
    assert versuch["bestanden"] is True and versuch["versuch"] == 1
    (bescheinigung,) = exported["bescheinigungen"]
    assert bescheinigung["code"] == certificate.code


def test_export_holds_nothing_of_other_people(people):
    course, lessons = course_with_lessons(2)
    progress.enroll(people.digitallotse, course)

    exported = export_personal_data(people.mitglied)["lernen"]

    assert exported == {"kurse": [], "quizversuche": [], "bescheinigungen": []}
