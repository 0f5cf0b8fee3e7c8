from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import plugins
from core.taxonomy import Topic

from . import privacy
from .models import Foerderprogramm
from .models.pages import CONTENT_KIND
from .queries import for_phase_about, newest_about


class FoerderprogrammViewSet(SnippetViewSet):
    model = Foerderprogramm
    icon = "tag"
    menu_label = _("Förderprogramme")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "funder", "funding_rate"]
    list_filter = ["funder"]
    search_fields = ["name", "description"]
    ordering = ["name"]
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("funder"), FieldPanel("funding_rate")]),
        FieldPanel("url"),
        FieldPanel("description"),
    ]


register_snippet(FoerderprogrammViewSet)


# The case study area's places in the portal (see core/plugins.py).

RELATED_MAX = 6


@hooks.register(plugins.HEADER_AREAS, order=10)
def case_studies_area():
    return plugins.HeaderArea(_("Praxisbeispiele"), "/praxisbeispiele/")


@hooks.register(plugins.USER_MENU, order=20)
def case_study_menu_links():
    return [
        plugins.MenuLink(_("Merkliste"), "bestpractice:bookmarks", "bestpractice.list_bookmarks"),
        plugins.MenuLink(
            _("Meine Einreichungen"), "bestpractice:my_submissions", "bestpractice.submit"
        ),
    ]


@hooks.register(plugins.DATA_EXPORT, order=30)
def case_study_export():
    return "praxisbeispiele", privacy.export_case_study_activity


hooks.register(plugins.DELETION_CLEANUPS, privacy.forget_interest_messages)


@hooks.register(plugins.NOTIFICATION_KINDS)
def case_study_notifications():
    return [
        plugins.NotificationKind(
            "bestpractice.submission_published", _("Eingereichtes Praxisbeispiel veröffentlicht")
        ),
        plugins.NotificationKind(
            "bestpractice.submission_rejected", _("Änderungen an einer Einreichung erbeten")
        ),
        plugins.NotificationKind(
            "bestpractice.replication_interest", _("Interesse an Nachnutzung")
        ),
    ]


@hooks.register(plugins.RELATED_CONTENT, order=10)
def related_case_studies(slugs, exclude):
    """The newest published case studies of the Handlungsfelder."""
    if exclude == CONTENT_KIND:
        return None
    case_studies = newest_about(slugs, RELATED_MAX)
    return plugins.Related(
        kind=CONTENT_KIND,
        heading=_("Praxisbeispiele zum Thema"),
        items=[plugins.RelatedItem(page.title, page.url, page.teaser) for page in case_studies],
    )


@hooks.register(plugins.RECOMMENDERS, order=10)
def recommended_case_studies(need):
    """Case studies of the Handlungsfelder a Kommune lacks, each with the first of the need's
    Handlungsfelder that it shares as the reason."""
    topics = [slug for slug in need.topics if slug in Topic.values]
    if not topics:
        return []
    case_studies = for_phase_about(topics, need.phase, need.limit, kommune=need.kommune)
    return [
        plugins.Recommendation(
            kind=CONTENT_KIND, title=page.title, url=page.url, reason=_reason(page, topics)
        )
        for page in case_studies
    ]


def _reason(page, topics: list[str]) -> str:
    own = {feld.slug for feld in page.handlungsfelder.all()}
    topic = next(slug for slug in topics if slug in own)
    return gettext("Praxisbeispiel zum Handlungsfeld %(topic)s") % {"topic": Topic(topic).label}


@hooks.register(plugins.MEMBER_OFFERS, order=10)
def case_study_offer():
    return _("Praxisbeispiele anderer Kommunen merken, bewerten und eigene einreichen")
