from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import plugins
from core.permissions import has_perm
from core.taxonomy import Topic

from .catalogue import COURSE_KIND, courses_for_need, courses_for_topics
from .privacy import export_learning
from .views.my_courses import MY_COURSES_LABEL

MAX_RELATED_COURSES = 6


class ReportsMenuItem(MenuItem):
    """The learning reports are a portal page; the CMS links to them for the roles that
    may read them."""

    def is_shown(self, request):
        return has_perm(request.user, "learning.view_reports")


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(
        gettext_lazy("Lernberichte"),
        reverse_lazy("learning_reports:overview"),
        name="lernberichte",
        icon_name="table",
        order=900,
    )


# Lernen's places in the portal (see core/plugins.py).


@hooks.register(plugins.HEADER_AREAS, order=20)
def learning_area():
    return plugins.HeaderArea(gettext_lazy("Lernen"), "/lernen/")


# Before the case studies' personal pages, where "Meine Kurse" always stood.
@hooks.register(plugins.USER_MENU, order=10)
def my_courses_link():
    return [plugins.MenuLink(MY_COURSES_LABEL, "learning:my_courses", "learning.my_courses")]


@hooks.register(plugins.DATA_EXPORT, order=20)
def learning_export():
    return "lernen", export_learning


@hooks.register(plugins.RELATED_CONTENT, order=20)
def courses_on_the_topic(slugs, exclude):
    if exclude == COURSE_KIND:
        return None
    courses = courses_for_topics(slugs)[:MAX_RELATED_COURSES]
    # `url` without a request: the site's root paths come from the cache, not one query a page.
    items = [plugins.RelatedItem(c.title, c.url, text=c.teaser) for c in courses]
    return plugins.Related(kind=COURSE_KIND, heading=_("Kurse zum Thema"), items=items)


@hooks.register(plugins.RECOMMENDERS, order=20)
def courses_for_a_need(need):
    return [
        plugins.Recommendation(
            kind=COURSE_KIND,
            title=course.title,
            url=course.url,
            reason=_("Kurs zum Handlungsfeld %(topic)s") % {"topic": Topic(topic).label},
        )
        for course, topic in courses_for_need(need.topics, need.phase, need.limit)
    ]


@hooks.register(plugins.MEMBER_OFFERS, order=20)
def learning_offer():
    return _("Online-Kurse belegen und Bescheinigungen erhalten")
