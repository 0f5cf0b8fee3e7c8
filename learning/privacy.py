"""What Lernen stores about a person, for the DSGVO export (registered in wagtail_hooks.py)."""

from core.export import iso

from .models import Certificate, Enrollment, QuizAttempt


def export_learning(user) -> dict:
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .prefetch_related("completions__lesson")
    )
    attempts = QuizAttempt.objects.filter(user=user).select_related("course", "lesson")
    return {
        "kurse": [
            {
                "kurs": enrollment.course.title,
                "angemeldet_am": iso(enrollment.enrolled_at),
                "zuletzt_geoeffnet": enrollment.last_lesson.title
                if enrollment.last_lesson
                else None,
                "erledigte_lektionen": [c.lesson.title for c in enrollment.completions.all()],
                "abgeschlossen_am": iso(enrollment.completed_at),
            }
            for enrollment in enrollments
        ],
        "quizversuche": [
            {
                "kurs": attempt.course.title if attempt.course else None,
                "lektion": attempt.lesson.title if attempt.lesson else None,
                "versuch": attempt.number,
                "ergebnis_prozent": attempt.score,
                "bestanden": attempt.passed,
                "antworten": attempt.answers,
                "abgegeben_am": iso(attempt.created_at),
            }
            for attempt in attempts
        ],
        "bescheinigungen": [
            {
                "art": certificate.get_kind_display(),
                "code": certificate.code,
                "name": certificate.holder_name,
                "kurs": certificate.course_title,
                "ausgestellt_am": iso(certificate.issued_at),
                "ergebnis_prozent": certificate.score,
            }
            for certificate in Certificate.objects.filter(user=user)
        ],
    }
