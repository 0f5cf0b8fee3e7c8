import pytest
from django.core.cache import cache

from core.factories import UserFactory
from core.permissions import NETZWERKKOORDINATION, REDAKTION
from network.factories import KommuneFactory, MembershipFactory
from network.models import Role
from tests.helpers import RolePeople


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and per-request caches live in the cache; no test may inherit another's.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def kommune(db):
    return KommuneFactory(name="Musterstadt", ags="12069999")


@pytest.fixture
def other_kommune(db):
    return KommuneFactory(name="Andersdorf", ags="01003999")


@pytest.fixture
def people(kommune, other_kommune, django_user_model) -> RolePeople:
    """One person per role in domain.md, all in relation to `kommune`.

    The Kommunen-Admin of `other_kommune` is there to prove that rights stop at the border
    of one's own Kommune.
    """
    return RolePeople(
        besucher=None,
        mitglied=MembershipFactory(kommune=kommune, role=Role.MITGLIED).user,
        digitallotse=MembershipFactory(kommune=kommune, role=Role.DIGITALLOTSE).user,
        kommunen_admin=MembershipFactory(kommune=kommune, role=Role.ADMIN).user,
        fremder_admin=MembershipFactory(kommune=other_kommune, role=Role.ADMIN).user,
        redaktion=UserFactory(groups=[REDAKTION]),
        netzwerkkoordination=UserFactory(groups=[NETZWERKKOORDINATION]),
    )


@pytest.fixture
def holder(people):
    """The member who takes courses and holds certificates: a name with characters that
    must survive the PDF, and a job title that must not appear where only the name may."""
    person = people.mitglied
    person.first_name, person.last_name = "Jürgen", "Weiß-Öztürk"
    person.job_title = "Sachgebietsleiter Digitalisierung"
    person.save()
    return person
