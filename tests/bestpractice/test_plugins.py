"""How case studies appear in places the case study area does not own (core/plugins.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from bestpractice.factories import create_case_study
from core import plugins
from core.plugins import Need
from core.taxonomy import Phase, Topic

pytestmark = pytest.mark.django_db

KIND = "bestpractice.casestudy"


def case_studies_in(related: list[plugins.Related]) -> plugins.Related | None:
    return next((entry for entry in related if entry.kind == KIND), None)


def recommended(need: Need) -> list[plugins.Recommendation]:
    return [item for item in plugins.recommendations(need) if item.kind == KIND]


def test_the_area_is_in_the_header():
    assert plugins.HeaderArea(_("Praxisbeispiele"), "/praxisbeispiele/") in plugins.header_areas()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("mitglied", ["bestpractice:bookmarks"]),
        ("kommunen_admin", ["bestpractice:bookmarks", "bestpractice:my_submissions"]),
        ("redaktion", ["bestpractice:bookmarks"]),
    ],
)
def test_the_user_menu_links_what_the_person_may_use(people, role, expected):
    links = plugins.user_menu_links(getattr(people, role))
    assert [link.url_name for link in links if link.url_name.startswith("bestpractice:")] == (
        expected
    )


def test_the_mails_are_declared_notification_kinds():
    kinds = plugins.notification_kinds()
    assert {
        "bestpractice.submission_published",
        "bestpractice.submission_rejected",
        "bestpractice.replication_interest",
    } <= set(kinds)


def test_related_content_lists_published_public_case_studies_newest_first(index, kommune):
    newer = create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"], title="Neuer")
    older = create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"], title="Älter")
    create_case_study(index, kommunen=[kommune], handlungsfelder=["mobilitaet"], title="Rufbus")
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"], live=False)
    restricted = create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)

    related = case_studies_in(plugins.related_content(["ki", "bildung"]))

    assert related.heading == _("Praxisbeispiele zum Thema")
    assert [(item.title, item.url) for item in related.items] == [
        (newer.title, newer.url),
        (older.title, older.url),
    ]


def test_related_content_shows_at_most_six(index, kommune):
    for _number in range(8):
        create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    assert len(case_studies_in(plugins.related_content(["ki"])).items) == 6


def test_a_case_study_page_is_not_offered_case_studies(index, kommune):
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    assert case_studies_in(plugins.related_content(["ki"], exclude=KIND)) is None


def _related_queries() -> int:
    with CaptureQueriesContext(connection) as queries:
        case_studies_in(plugins.related_content(["ki"], exclude="learning.course"))
    return len(queries)


def test_related_content_takes_the_same_queries_for_more_case_studies(
    index, kommune, django_assert_num_queries
):
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    _related_queries()  # the site's root paths are cached on first use
    small = _related_queries()
    for _number in range(5):
        create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    with django_assert_num_queries(small):
        case_studies_in(plugins.related_content(["ki"], exclude="learning.course"))


def test_recommendations_prefer_the_kommune_s_phase_or_the_next(index, kommune, other_kommune):
    later = create_case_study(
        index, kommunen=[other_kommune], handlungsfelder=["ki"], phase=Phase.WACHSTUM
    )
    next_phase = create_case_study(
        index, kommunen=[other_kommune], handlungsfelder=["ki"], phase=Phase.STRATEGIE
    )
    same_phase = create_case_study(
        index, kommunen=[other_kommune], handlungsfelder=["ki"], phase=Phase.START
    )
    create_case_study(index, kommunen=[other_kommune], handlungsfelder=["bildung"])

    items = recommended(Need(topics=["ki"], phase=Phase.START, limit=3))

    assert [item.title for item in items[:2]] == [next_phase.title, same_phase.title]
    assert [item.title for item in items[2:]] == [later.title]
    assert items[0].url == next_phase.url


def test_a_recommendation_names_the_first_handlungsfeld_of_the_need_it_shares(index, kommune):
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki", "organisation"])

    [item] = recommended(Need(topics=["bildung", "organisation", "ki"]))

    assert item.reason == _("Praxisbeispiel zum Handlungsfeld %(topic)s") % {
        "topic": Topic.ORGANISATION.label
    }


def test_recommendations_leave_out_drafts_and_the_kommune_s_own(index, kommune, other_kommune):
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    create_case_study(index, kommunen=[other_kommune], handlungsfelder=["ki"], live=False)
    foreign = create_case_study(index, kommunen=[other_kommune], handlungsfelder=["ki"])

    items = recommended(Need(topics=["ki"], kommune=kommune))

    assert [item.title for item in items] == [foreign.title]


def test_recommendations_stop_at_the_limit(index, kommune):
    for _number in range(4):
        create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"])
    assert len(recommended(Need(topics=["ki"], limit=2))) == 2
