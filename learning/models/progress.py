"""Who takes which course, which lessons they finished, and every quiz attempt."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("Kurs"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    enrolled_at = models.DateTimeField(_("angemeldet am"), auto_now_add=True)
    # Where "Weiterlernen" continues: the lesson opened last.
    last_lesson = models.ForeignKey(
        "learning.LessonPage",
        verbose_name=_("zuletzt geöffnete Lektion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    enrollment = models.ForeignKey(
        Enrollment,
        verbose_name=_("Kursanmeldung"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
    lesson = models.ForeignKey(
        "learning.LessonPage",
        verbose_name=_("Lektion"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
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

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("Kurs"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    lesson = models.ForeignKey(
        "learning.LessonPage",
        verbose_name=_("Lektion"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
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
