"""What the case studies store about a person, for the DSGVO export, and what account
deletion erases of it (both registered in wagtail_hooks.py)."""

from django.conf import settings

from core.export import iso

from .models import Bookmark, CaseStudyPage, Rating, ReplicationInterest
from .submission import submissions_of


def _absolute(url: str | None) -> str | None:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url if url else None


def _address(page) -> str | None:
    """The public address of a case study; none while it is not published."""
    return _absolute(page.url) if page.live else None


def export_case_study_activity(user) -> dict:
    return {
        "merkliste": _bookmarks(user),
        "bewertungen": _ratings(user),
        "das_wollen_wir_auch": _interests(user),
        "eigene_einreichungen": _submissions(user),
        "als_ansprechperson": _contact_roles(user),
    }


def _bookmarks(user) -> list[dict]:
    bookmarks = Bookmark.objects.filter(user=user).select_related("case_study")
    return [
        {
            "praxisbeispiel": bookmark.case_study.title,
            "adresse": _address(bookmark.case_study),
            "gemerkt_am": iso(bookmark.created_at),
        }
        for bookmark in bookmarks
    ]


def _ratings(user) -> list[dict]:
    ratings = Rating.objects.filter(user=user).select_related("case_study").order_by("created_at")
    return [
        {
            "praxisbeispiel": rating.case_study.title,
            "nuetzlichkeit": rating.usefulness,
            "bewertet_am": iso(rating.created_at),
            "geaendert_am": iso(rating.updated_at),
        }
        for rating in ratings
    ]


def _interests(user) -> list[dict]:
    interests = ReplicationInterest.objects.filter(user=user).select_related(
        "case_study", "kommune"
    )
    return [
        {
            "praxisbeispiel": interest.case_study.title,
            "kommune": interest.kommune.name,
            "nachricht": interest.message,
            "bekundet_am": iso(interest.created_at),
        }
        for interest in interests
    ]


def _submissions(user) -> list[dict]:
    return [
        {
            "titel": submission.title,
            "status": str(submission.state.label),
            "zuletzt_geaendert_am": iso(submission.changed_at),
            "adresse": _absolute(submission.url),
        }
        for submission in submissions_of(user)
    ]


def _contact_roles(user) -> list[dict]:
    return [
        {
            "praxisbeispiel": page.title,
            "veroeffentlicht": page.live,
            "adresse": _address(page),
        }
        for page in CaseStudyPage.objects.filter(contact_person=user).order_by("title")
    ]


def forget_interest_messages(user) -> None:
    """A Kommune's "Das wollen wir auch" stays after the person who pressed it has gone, since
    partnering matches Kommunen; what they wrote in it, often a name and a phone number, goes."""
    ReplicationInterest.objects.filter(user=user).exclude(message="").update(message="")
