"""Who takes which course, which lessons they finished, and every quiz attempt."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import belongs_to, optional_link, person


class Enrollment(models.Model):
    user = person("enrollments")
    course = belongs_to("learning.CoursePage", _("Kurs"), "enrollments")
    enrolled_at = models.DateTimeField(_("angemeldet am"), auto_now_add=True)
    # Where "Weiterlernen" continues: the lesson opened last.
    last_lesson = optional_link("learning.LessonPage", _("zuletzt geöffnete Lektion"), "+")
    completed_at = models.DateTimeField(_("abgeschlossen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Kursanmeldung")
        verbose_name_plural = _("Kursanmeldungen")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="learning_one_enrollment")
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} – {self.course}"


class LessonCompletion(models.Model):
    enrollment = belongs_to(Enrollment, _("Kursanmeldung"), "completions")
    lesson = belongs_to("learning.LessonPage", _("Lektion"), "completions")
    completed_at = models.DateTimeField(_("erledigt am"), auto_now_add=True)

    class Meta:
        verbose_name = _("erledigte Lektion")
        verbose_name_plural = _("erledigte Lektionen")
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson"], name="learning_lesson_done_once"
            )
        ]

    def __str__(self):
        return f"{self.enrollment} – {self.lesson}"


class QuizAttempt(models.Model):
    """One graded submission. `answers` keeps question id -> chosen choice ids as submitted
    (after validation), so that the result page can be shown again later."""

    user = person("quiz_attempts")
    course = belongs_to("learning.CoursePage", _("Kurs"), "quiz_attempts")
    lesson = belongs_to("learning.LessonPage", _("Lektion"), "quiz_attempts")
    quiz_key = models.CharField(_("Quiz"), max_length=36)
    number = models.PositiveSmallIntegerField(_("Versuch"))
    score = models.PositiveSmallIntegerField(_("Ergebnis (Prozent)"))
    passed = models.BooleanField(_("bestanden"))
    answers = models.JSONField(_("Antworten"), default=dict)
    created_at = models.DateTimeField(_("abgegeben am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Quizversuch")
        verbose_name_plural = _("Quizversuche")
        ordering = ["created_at"]
        constraints = [
            # Also what stops two parallel submissions from both taking the last attempt.
            models.UniqueConstraint(
                fields=["user", "lesson", "quiz_key", "number"], name="learning_attempt_number"
            )
        ]
        indexes = [models.Index(fields=["user", "course", "passed"])]

    def __str__(self):
        return f"{self.user} – {self.quiz_key} #{self.number}"
