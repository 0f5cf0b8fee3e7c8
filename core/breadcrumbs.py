"""Breadcrumbs: the trail from the home page to the current page, for orientation (WCAG 2.4.8)."""

from dataclasses import dataclass

from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Crumb:
    label: str
    url: str = ""


HOME = Crumb(pgettext_lazy("Startseite", "Start"), "/")


def trail(*crumbs: Crumb) -> list[Crumb]:
    """Home first; the last crumb is the current page and is not linked."""
    return [HOME, *crumbs]


def page_trail(page) -> list[Crumb]:
    """For a Wagtail page: its ancestors below the site root, then the page itself."""
    ancestors = page.get_ancestors().filter(depth__gt=2).specific(defer=True)
    return trail(*(Crumb(a.title, a.url) for a in ancestors), Crumb(page.title))
