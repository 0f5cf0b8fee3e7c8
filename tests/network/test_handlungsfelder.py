import pytest

from core.taxonomy import Topic
from network.models import Handlungsfeld

pytestmark = pytest.mark.django_db


def test_every_topic_has_its_row_in_display_order():
    assert list(Handlungsfeld.objects.values_list("slug", flat=True)) == list(Topic.values)


def test_label_follows_the_topic_list():
    feld = Handlungsfeld.objects.get(slug=Topic.KI)
    assert str(feld) == str(Topic.KI.label)
