"""Lernen plugs itself into the portal's places through the hooks of core.plugins."""

import pytest
from wagtail import hooks

from core import plugins
from learning import factories
from learning.wagtail_hooks import courses_on_the_topic

pytestmark = pytest.mark.django_db


def test_lernen_is_a_header_area():
    assert plugins.HeaderArea("Lernen", "/lernen/") in plugins.header_areas()


def test_my_courses_is_in_the_user_menu_of_signed_in_people(people):
    def url_names(user):
        return [link.url_name for link in plugins.user_menu_links(user)]

    assert "learning:my_courses" in url_names(people.mitglied)
    assert "learning:my_courses" not in url_names(people.besucher)


def test_the_data_export_has_a_section_for_lernen(people):
    sections = plugins.data_export_sections(people.mitglied)
    assert sections["lernen"] == {"kurse": [], "quizversuche": [], "bescheinigungen": []}


def _related_courses(slugs, exclude=""):
    return [r for r in plugins.related_content(slugs, exclude) if r.kind == "learning.course"]


def test_related_content_lists_live_courses_of_the_handlungsfeld():
    course = factories.course(title="KI in der Verwaltung", handlungsfelder=["ki"])
    factories.course(title="Rufbus planen", handlungsfelder=["mobilitaet"])
    factories.course(title="KI-Entwurf", handlungsfelder=["ki"], live=False)

    (related,) = _related_courses(["ki"])

    assert related.heading == "Kurse zum Thema"
    assert [(item.title, item.url) for item in related.items] == [(course.title, course.url)]


def test_related_content_leaves_courses_out_where_courses_ask():
    factories.course(title="KI in der Verwaltung", handlungsfelder=["ki"])
    assert _related_courses(["ki"], exclude="learning.course") == []


def test_related_content_lists_at_most_six_courses_by_title():
    for n in range(8):
        factories.course(title=f"KI-Kurs {8 - n}", handlungsfelder=["ki", "organisation"])
    (related,) = _related_courses(["ki", "organisation"])
    assert [item.title for item in related.items] == [f"KI-Kurs {n}" for n in range(1, 7)]


@pytest.mark.parametrize("courses", [1, 5])
def test_related_content_costs_the_same_queries_for_more_courses(
    courses, django_assert_num_queries
):
    for n in range(courses):
        factories.course(title=f"KI-Kurs {n}", handlungsfelder=["ki"])
    courses_on_the_topic(["ki"], "")  # the site's root paths go to the cache once
    # The view restrictions, the courses.
    with django_assert_num_queries(2):
        related = courses_on_the_topic(["ki"], "")
    assert len(related.items) == courses


def test_the_course_page_shows_what_other_apps_relate_to_its_handlungsfelder(client):
    course = factories.course(title="KI in der Verwaltung", handlungsfelder=["ki"])
    factories.course(title="KI für Fortgeschrittene", handlungsfelder=["ki"])
    asked = []

    def case_studies(slugs, exclude):
        asked.append((list(slugs), exclude))
        return plugins.Related(
            kind="bestpractice.casestudy",
            heading="Praxisbeispiele zum Thema",
            items=[plugins.RelatedItem("KI-Posteingang", "/praxisbeispiele/ki-posteingang/")],
        )

    with hooks.register_temporarily(plugins.RELATED_CONTENT, case_studies):
        html = client.get(course.url).content.decode()

    assert asked == [(["ki"], "learning.course")]
    assert "Praxisbeispiele zum Thema" in html
    assert 'href="/praxisbeispiele/ki-posteingang/"' in html
    assert "KI für Fortgeschrittene" not in html  # no more courses on a course page


def _recommended(need):
    return [r for r in plugins.recommendations(need) if r.kind == "learning.course"]


def test_recommendations_name_courses_for_the_need_and_why():
    wanted = factories.course(title="KI in der Verwaltung", handlungsfelder=["ki"], phases=[2])
    factories.course(title="Rufbus planen", handlungsfelder=["mobilitaet"], phases=[2])
    factories.course(title="KI-Strategie", handlungsfelder=["ki"], phases=[4])

    recommended = _recommended(plugins.Need(topics=["ki"], phase=2))

    assert [(r.title, r.url) for r in recommended] == [(wanted.title, wanted.url)]
    assert recommended[0].reason == "Kurs zum Handlungsfeld KI & Automatisierung in der Verwaltung"


def test_recommendations_put_the_first_topics_first_and_keep_the_limit():
    factories.course(title="A: Mobilität", handlungsfelder=["mobilitaet"])
    factories.course(title="B: KI", handlungsfelder=["ki"])
    factories.course(title="C: KI und Mobilität", handlungsfelder=["ki", "mobilitaet"])

    recommended = _recommended(plugins.Need(topics=["ki", "mobilitaet"], limit=2))

    assert [r.title for r in recommended] == ["B: KI", "C: KI und Mobilität"]
