"""Atom and RSS feeds of newly published case studies, optionally for one Handlungsfeld."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.taxonomy import Topic
from network.models import Handlungsfeld

from .models import CaseStudyIndexPage
from .queries import published_case_studies

FEED_LENGTH = 30


class CaseStudyAtomFeed(Feed):
    feed_type = Atom1Feed
    url_name = "bestpractice:feed_atom"

    def get_object(self, request):
        """The Handlungsfeld of `?handlungsfeld=`, or None for all case studies."""
        slug = request.GET.get("handlungsfeld", "")
        if not slug:
            return None
        if slug not in Topic.values:
            raise Http404(_("Dieses Handlungsfeld gibt es nicht."))
        return Handlungsfeld(slug=slug)

    def title(self, feld):
        if feld is None:
            return _("Neue Praxisbeispiele – Netzwerk Digitale Kommune")
        return _("Neue Praxisbeispiele: %(feld)s – Netzwerk Digitale Kommune") % {
            "feld": feld.label
        }

    def subtitle(self, feld):
        return _("Was Kommunen umgesetzt haben, was es gekostet hat und wen man fragen kann.")

    description = subtitle

    def link(self, feld):
        return CaseStudyIndexPage.live_url() + (f"?handlungsfeld={feld.slug}" if feld else "")

    def feed_url(self, feld):
        url = reverse(self.url_name)
        return url + (f"?handlungsfeld={feld.slug}" if feld else "")

    def items(self, feld):
        case_studies = published_case_studies().prefetch_related("handlungsfelder", "kommunen")
        if feld is not None:
            case_studies = case_studies.filter(handlungsfelder=feld.slug)
        return case_studies.order_by("-first_published_at", "-pk")[:FEED_LENGTH]

    def item_title(self, page):
        kommunen = ", ".join(kommune.name for kommune in page.kommunen.all())
        return f"{page.title} ({kommunen})" if kommunen else page.title

    def item_description(self, page):
        return page.teaser

    def item_link(self, page):
        return page.get_url()

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_categories(self, page):
        return [str(feld.label) for feld in page.handlungsfelder.all()]


class CaseStudyRssFeed(CaseStudyAtomFeed):
    feed_type = Rss201rev2Feed
    url_name = "bestpractice:feed_rss"
