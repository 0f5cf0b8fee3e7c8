"""Who may do what in Lernen.

Catalogue and course overviews are public (Kommunen should see what they could learn).
Lessons and quizzes need sign-in. Enrolling needs a verified address and a confirmed
membership of a Kommune: courses are for the staff of the network's Kommunen, and a
certificate names a person the network knows. Redaktion and Netzwerkkoordination may
enrol without one, to check the courses they build and report on. Certificates are verified
by anyone and downloaded by their holder; the reports are for those two roles.
"""

from core.permissions import is_coordinator, is_editor, is_signed_in, rule


def has_verified_address(user) -> bool:
    if not hasattr(user, "_learning_verified"):
        from allauth.account.models import EmailAddress

        user._learning_verified = EmailAddress.objects.filter(user=user, verified=True).exists()
    return user._learning_verified


def is_enrolled(user, course) -> bool:
    if not is_signed_in(user) or course is None:
        return False
    cache = user.__dict__.setdefault("_learning_enrolled", {})
    if course.pk not in cache:
        from .models import Enrollment

        cache[course.pk] = Enrollment.objects.filter(user=user, course_id=course.pk).exists()
    return cache[course.pk]


@rule("learning.view_catalogue")
def can_view_catalogue(user, obj=None) -> bool:
    return True


@rule("learning.view_course")
def can_view_course(user, course=None) -> bool:
    return True


@rule("learning.view_lesson")
def can_view_lesson(user, lesson=None) -> bool:
    return is_signed_in(user)


@rule("learning.enrol")
def can_enrol(user, course=None) -> bool:
    from network.permissions import confirmed_roles

    if not is_signed_in(user) or not has_verified_address(user):
        return False
    return bool(confirmed_roles(user)) or is_editor(user) or is_coordinator(user)


@rule("learning.take_part")
def can_take_part(user, course) -> bool:
    """Mark lessons done and submit quizzes: only within one's own enrolment."""
    return is_enrolled(user, course)


@rule("learning.my_courses")
def can_see_my_courses(user, obj=None) -> bool:
    return is_signed_in(user)


@rule("learning.view_attempt")
def can_view_attempt(user, attempt) -> bool:
    return is_signed_in(user) and attempt is not None and attempt.user_id == user.pk


@rule("learning.verify_certificate")
def can_verify_certificate(user, obj=None) -> bool:
    """Anyone: an employer checks a certificate without an account. The 60-bit code is the
    key, and the page shows only what the paper shows anyway."""
    return True


@rule("learning.request_certificate")
def can_request_certificate(user, obj=None) -> bool:
    """Asking is open to every signed-in person; whether they qualify is the certificate
    service's decision, which explains what is missing."""
    return is_signed_in(user)


@rule("learning.download_certificate")
def can_download_certificate(user, certificate) -> bool:
    """The holder; Redaktion and Netzwerkkoordination to answer questions about it."""
    if not is_signed_in(user) or certificate is None:
        return False
    return certificate.user_id == user.pk or is_editor(user) or is_coordinator(user)


@rule("learning.view_reports")
def can_view_reports(user, obj=None) -> bool:
    return is_editor(user) or is_coordinator(user)
