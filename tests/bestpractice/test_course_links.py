"""Case studies and courses lead to each other through their Handlungsfelder."""

import pytest

from bestpractice.factories import create_case_study
from learning import factories as learning_factories

pytestmark = pytest.mark.django_db


def test_case_study_page_lists_courses_of_its_handlungsfeld(client, index, kommune):
    case_study = create_case_study(index, kommunen=[kommune], handlungsfelder=["buergerdienste"])
    learning_factories.course(title="OZG-Grundlagen", handlungsfelder=["buergerdienste"])
    learning_factories.course(title="Smarte Straßenbeleuchtung", handlungsfelder=["nachhaltigkeit"])
    learning_factories.course(title="Entwurfskurs", handlungsfelder=["buergerdienste"], live=False)

    html = client.get(case_study.url).content.decode()

    assert "Kurse zum Thema" in html
    assert "OZG-Grundlagen" in html
    assert "Smarte Straßenbeleuchtung" not in html
    assert "Entwurfskurs" not in html


def test_course_page_lists_published_case_studies_of_its_handlungsfeld(client, index, kommune):
    create_case_study(index, kommunen=[kommune], handlungsfelder=["ki"], title="KI-Posteingang")
    create_case_study(index, kommunen=[kommune], handlungsfelder=["mobilitaet"], title="Rufbus")
    create_case_study(
        index, kommunen=[kommune], handlungsfelder=["ki"], title="Chatbot-Entwurf", live=False
    )
    course = learning_factories.course(title="KI in der Verwaltung", handlungsfelder=["ki"])

    html = client.get(course.url).content.decode()

    assert "KI-Posteingang" in html
    assert "Rufbus" not in html
    assert "Chatbot-Entwurf" not in html
