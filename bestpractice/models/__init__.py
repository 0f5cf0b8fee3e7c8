"""Case studies (Praxisbeispiele): the pages, the funding programmes they name, and what
members do with them (bookmarks, ratings, "Das wollen wir auch")."""

from .engagement import Bookmark, Rating, ReplicationInterest
from .pages import (
    SECTIONS,
    SUBMITTED_FIELDS,
    CaseStudyDocument,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
    Status,
)
from .programmes import Foerderprogramm, Funder

__all__ = [
    "SECTIONS",
    "SUBMITTED_FIELDS",
    "Bookmark",
    "CaseStudyDocument",
    "CaseStudyImage",
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "CaseStudyTag",
    "Foerderprogramm",
    "Funder",
    "Rating",
    "ReplicationInterest",
    "Status",
]
