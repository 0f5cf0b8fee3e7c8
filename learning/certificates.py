"""Who may have which certificate, and issuing it.

A certificate is issued when the person asks for it ("Bescheinigung ausstellen"), not behind
their back the moment a condition is met: it prints the name from their profile, so they
check that name first, and someone who only browses a course ends up with no document
carrying their name. Asking again returns the certificate already issued.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Certificate, CertificateKind, CoursePage, Enrollment, QuizAttempt
from .models.certificates import normalise_code
from .progress import (
    enrollment_for,
    lesson_share_done,
    passed_courses,
    quiz_keys_by_course,
)


class CertificateRefused(ValidationError):
    """The person cannot have this certificate (yet); the message says why in German."""


@dataclass(frozen=True)
class CertificateOffer:
    """One kind of certificate for one enrolment: issued, ready to be issued, or not yet."""

    kind: str
    label: str
    certificate: Certificate | None
    eligible: bool
    requirement: str

    @property
    def issued(self) -> bool:
        return self.certificate is not None


def duration_label(minutes: int | None) -> str:
    """ "45 Minuten", "1 Stunde", "2,5 Stunden": the estimated duration as printed."""
    if not minutes:
        return ""
    if minutes < 60:
        return ngettext("%(n)s Minute", "%(n)s Minuten", minutes) % {"n": minutes}
    hours = round(minutes / 60 * 2) / 2  # half hours are precise enough for an estimate
    shown = number_format(hours, decimal_pos=0 if hours.is_integer() else 1)
    return ngettext("%(n)s Stunde", "%(n)s Stunden", 1 if hours == 1 else 2) % {"n": shown}


def holder_name_of(user) -> str:
    return user.get_full_name().strip()


def requirement_text(course: CoursePage, kind: str) -> str:
    if kind == CertificateKind.TEILNAHME:
        return _("Erledigen Sie mindestens %(share)s %% der Lektionen.") % {
            "share": course.participation_share
        }
    return _("Bestehen Sie jedes Quiz des Kurses mit mindestens %(mark)s %%.") % {
        "mark": course.pass_mark
    }


def _certificates_of(user) -> dict[tuple[int, str], Certificate]:
    # Cached on the user object like the roles: "Meine Kurse" asks once per course.
    if not hasattr(user, "_learning_certificates"):
        user._learning_certificates = {
            (certificate.course_id, certificate.kind): certificate
            for certificate in Certificate.objects.filter(user=user)
        }
    return user._learning_certificates


def _passed_course_ids(user, enrollment: Enrollment) -> set[int]:
    """Ids of the user's passed courses, worked out for all their enrolments at once and
    cached on the user object, so that a list of courses asks the database twice, not twice
    per course."""
    if not hasattr(user, "_learning_passed_courses"):
        courses = [e.course for e in Enrollment.objects.filter(user=user).select_related("course")]
        if enrollment.course_id not in {c.pk for c in courses}:
            courses.append(enrollment.course)
        user._learning_passed_courses = passed_courses(user, courses)
    return user._learning_passed_courses


def forget_cached(user) -> None:
    for attribute in ("_learning_certificates", "_learning_passed_courses"):
        if hasattr(user, attribute):
            delattr(user, attribute)


def is_eligible(user, enrollment: Enrollment, kind: str) -> bool:
    """`user` is the enrolment's person, passed in because lists of enrolments do not load
    it with each one."""
    if kind == CertificateKind.TEILNAHME:
        return lesson_share_done(enrollment) >= enrollment.course.participation_share
    if kind == CertificateKind.LEISTUNG:
        return enrollment.course_id in _passed_course_ids(user, enrollment)
    return False


def offers_for(user, enrollment: Enrollment) -> list[CertificateOffer]:
    """What "Meine Kurse" and the course page show about certificates for this enrolment of
    `user`."""
    issued = _certificates_of(user)
    offers = []
    for kind, label in CertificateKind.choices:
        certificate = issued.get((enrollment.course_id, kind))
        offers.append(
            CertificateOffer(
                kind=kind,
                label=str(label),
                certificate=certificate,
                eligible=certificate is not None or is_eligible(user, enrollment, kind),
                requirement=requirement_text(enrollment.course, kind),
            )
        )
    return offers


def best_quiz_score(user, course: CoursePage) -> int:
    """The person's result for a Leistungsnachweis: the best attempt at each of the course's
    quizzes, averaged over the quizzes and rounded to whole percent."""
    quizzes = quiz_keys_by_course([course]).get(course.pk, [])
    best = dict(
        QuizAttempt.objects.filter(user=user, course=course)
        .values("lesson_id", "quiz_key")
        .annotate(best=Max("score"))
        .values_list("quiz_key", "best")
    )
    scores = [best.get(key, 0) for _, key in quizzes]
    return round(sum(scores) / len(scores)) if scores else 0


def _missing_name_message() -> str:
    return format_html(
        _(
            "Auf der Bescheinigung steht Ihr Name. Bitte tragen Sie zuerst Vor- und Nachnamen "
            'in Ihrem <a class="kern-link" href="{url}">Profil</a> ein.'
        ),
        url=reverse("portal:profile"),
    )


def issue_certificate(user, course: CoursePage, kind: str) -> Certificate:
    """The person's certificate of this kind for this course; issued now if they qualify.

    Idempotent: a certificate once issued is returned unchanged, also when asked in two
    parallel requests.
    """
    if kind not in CertificateKind.values:
        raise CertificateRefused(_("Diese Art von Bescheinigung gibt es nicht."))
    existing = Certificate.objects.filter(user=user, course=course, kind=kind).first()
    if existing:
        return existing
    enrollment = enrollment_for(user, course)
    if enrollment is None:
        raise CertificateRefused(_("Sie sind für diesen Kurs nicht angemeldet."))
    forget_cached(user)
    if not is_eligible(user, enrollment, kind):
        raise CertificateRefused(
            _("Für diese Bescheinigung fehlt noch etwas: %(requirement)s")
            % {"requirement": requirement_text(course, kind)}
        )
    holder_name = holder_name_of(user)
    if not holder_name:
        raise CertificateRefused(_missing_name_message(), code="name_missing")
    fields = {
        "holder_name": holder_name,
        "course_title": course.title,
        "course_level": course.get_level_display(),
        "course_duration": duration_label(course.duration_minutes),
        "score": best_quiz_score(user, course) if kind == CertificateKind.LEISTUNG else None,
    }
    try:
        with transaction.atomic():
            certificate, _created = Certificate.objects.get_or_create(
                user=user, course=course, kind=kind, defaults=fields
            )
    except IntegrityError:  # issued by a parallel request a moment ago
        certificate = Certificate.objects.get(user=user, course=course, kind=kind)
    forget_cached(user)
    return certificate


def find_certificate(typed_code: str) -> Certificate | None:
    code = normalise_code(typed_code)
    if code is None:
        return None
    return Certificate.objects.filter(code=code).first()
