"""Learning reports for Redaktion and Netzwerkkoordination: per course and per Kommune.

Every figure is counted by the database in a handful of grouped queries, whatever the number
of people, attempts or certificates. A person counts for the Kommune of their primary
confirmed membership; people without one (staff of the network office, open requests) are
counted under "ohne Kommune".

The average score takes each person's best attempt at each quiz: a report on what people
learnt should not be dragged down by the first try of those who tried again.
"""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Exists, OuterRef, Q, Subquery
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from network.models import Kommune, Membership, MembershipState

from .models import Certificate, CertificateKind, CoursePage, Enrollment, QuizAttempt


@dataclass
class ReportRow:
    label: str
    key: int | None = None
    enrolled: int = 0
    completed: int = 0
    average_score: float | None = None
    certificates: dict[str, int] = field(default_factory=dict)

    @property
    def teilnahme(self) -> int:
        return self.certificates.get(CertificateKind.TEILNAHME, 0)

    @property
    def leistung(self) -> int:
        return self.certificates.get(CertificateKind.LEISTUNG, 0)

    @property
    def completion_rate(self) -> int | None:
        return round(self.completed * 100 / self.enrolled) if self.enrolled else None


def _primary_kommune(user_field: str) -> Subquery:
    """The Kommune id of the person's primary confirmed membership, for grouping by it."""
    return Subquery(
        Membership.objects.filter(
            user=OuterRef(user_field), is_primary=True, state=MembershipState.CONFIRMED
        ).values("kommune_id")[:1]
    )


def best_attempts():
    """Each person's best attempt per quiz; of equal scores the earliest, so that it counts
    once."""
    better = QuizAttempt.objects.filter(
        user=OuterRef("user_id"), lesson=OuterRef("lesson_id"), quiz_key=OuterRef("quiz_key")
    ).filter(Q(score__gt=OuterRef("score")) | Q(score=OuterRef("score"), pk__lt=OuterRef("pk")))
    return QuizAttempt.objects.filter(~Exists(better))


def _figures(group: str, enrollments, attempts, certificates) -> dict:
    """Grouped counts of three querysets whose rows each carry a `group` value."""
    figures: dict = {}

    def row(key):
        return figures.setdefault(key, {"certificates": {}})

    for item in (
        enrollments.values(group)
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by()
    ):
        row(item[group]).update(enrolled=item["enrolled"], completed=item["completed"])
    for item in attempts.values(group).annotate(average=Avg("score")).order_by():
        row(item[group])["average_score"] = item["average"]
    for item in certificates.values(group, "kind").annotate(n=Count("pk")).order_by():
        row(item[group])["certificates"][item["kind"]] = item["n"]
    return figures


def course_report() -> list[ReportRow]:
    """One row per course, in catalogue order; courses nobody took show zeros."""
    figures = _figures(
        "course_id", Enrollment.objects.all(), best_attempts(), Certificate.objects.all()
    )
    courses = CoursePage.objects.order_by("path").only("pk", "title")
    return [
        ReportRow(label=course.title, key=course.pk, **figures.get(course.pk, {}))
        for course in courses
    ]


def kommune_report(course: CoursePage | None = None) -> list[ReportRow]:
    """One row per Kommune with at least one enrolment, by name; "ohne Kommune" last."""
    enrollments = Enrollment.objects.all()
    attempts = best_attempts()
    certificates = Certificate.objects.all()
    if course is not None:
        enrollments = enrollments.filter(course=course)
        attempts = attempts.filter(course=course)
        certificates = certificates.filter(course=course)
    figures = _figures(
        "kommune",
        enrollments.annotate(kommune=_primary_kommune("user_id")),
        attempts.annotate(kommune=_primary_kommune("user_id")),
        certificates.annotate(kommune=_primary_kommune("user_id")),
    )
    names = dict(
        Kommune.objects.filter(pk__in=[key for key in figures if key is not None]).values_list(
            "pk", "name"
        )
    )
    rows = [
        ReportRow(label=names[key], key=key, **values)
        for key, values in figures.items()
        if key is not None
    ]
    rows.sort(key=lambda row: row.label.casefold())
    if None in figures:
        rows.append(ReportRow(label=_("ohne Kommune"), **figures[None]))
    return rows


def totals(rows: Iterable[ReportRow]) -> ReportRow:
    """Sums over the rows. The average is left out: an average of averages would weight
    a Kommune with two learners like one with two hundred."""
    total = ReportRow(label=_("Summe"))
    for row in rows:
        total.enrolled += row.enrolled
        total.completed += row.completed
        for kind, n in row.certificates.items():
            total.certificates[kind] = total.certificates.get(kind, 0) + n
    return total


def score_text(score: float | None) -> str:
    return "" if score is None else number_format(score, decimal_pos=1)


def _spreadsheet_safe(text: str) -> str:
    # Excel runs a cell that starts like a formula; a course title must never do that.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def report_csv(first_column: str, rows: list[ReportRow]) -> str:
    """Semicolon-separated with German headers and decimal commas, as German Excel opens
    it with a double click. The caller adds the byte order mark."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            first_column,
            _("Angemeldet"),
            _("Abgeschlossen"),
            _("Abschlussquote (%)"),
            _("Ø bestes Quizergebnis (%)"),
            _("Teilnahmebestätigungen"),
            _("Leistungsnachweise"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                _spreadsheet_safe(row.label),
                row.enrolled,
                row.completed,
                "" if row.completion_rate is None else row.completion_rate,
                score_text(row.average_score),
                row.teilnahme,
                row.leistung,
            ]
        )
    return out.getvalue()
