import pytest

from bestpractice.factories import case_study_index


@pytest.fixture
def index(db):
    return case_study_index()
