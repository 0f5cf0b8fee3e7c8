"""No route answers a server error to odd input.

Generated, not listed: every route of the URL conf, every page type of the page tree (through
a page of each type in the world below) and every sub-route of routable pages. Each is visited
as a visitor, a member and an admin; then

- each path parameter gets each hostile value (tests/hostile_input.py), as the role that got
  furthest;
- GET: every parameter the portal declares (case study facets, search facets, the fields of
  the portal's forms, paging, `next`…) at once per value, as the role that got furthest; then
  one request per (parameter, value) for each parameter the view was seen to read, or its own
  GET form offers, for each role that met a different answer;
- POST, to what answers only POST or what a page has a form for: that form as the base (or
  nothing), then one request per (field, value) for each field of the form or read by the
  view, for each role that met a different answer.

The Wagtail admin and the Django admin are Wagtail's and Django's: a smoke subset of their
routes, attacked through their path parameters only.

Each request runs in a savepoint that is rolled back: requests do not depend on each other.
"""

import contextlib
import importlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction
from django.forms import BaseForm
from django.test import Client
from django.urls import Resolver404, resolve

from bestpractice.factories import FoerderprogrammFactory, case_study_index, create_case_study
from bestpractice.models import Status
from bestpractice.queries import FACETS
from bestpractice.submission import save_submission
from core.factories import UserFactory
from core.pagination import PAGE_PARAM
from core.permissions import NETZWERKKOORDINATION, REDAKTION
from core.taxonomy import Phase
from learning import factories as learning_factories
from learning.certificates import issue_certificate
from learning.models import CertificateKind, LessonPage
from network.factories import KommuneFactory, MembershipFactory
from network.models import Handlungsfeld, Invitation, MembershipState, Role
from portal.models import StandardPage
from search.backends import get_backend
from search.facets import FACET_NAMES
from tests.helpers import give_totp
from tests.hostile_input import (
    ADMIN_SMOKE,
    HOSTILE_VALUES,
    Answer,
    ReadRecorder,
    Sender,
    Target,
    forms_and_links,
    local_paths,
    page_targets,
    page_types,
    path_value,
    url_targets,
)
from tests.learning.certificate_helpers import finished_course

ROLES = ("besucher", "mitglied", "admin")
# Parameters that lists, redirects and searches read besides their forms' fields.
COMMON_PARAMETERS = {PAGE_PARAM, "q", "ids", "next", "sortierung", "sort", "code", "kurs", "p"}
# A megabyte in every declared parameter at once is 50 MB of URL: it is sent one parameter
# at a time only.
AT_ONCE_VALUES = {label: v for label, v in HOSTILE_VALUES.items() if label != "megabyte"}
# The CSRF token is not checked in this test; varying it finds nothing.
NOT_FORM_FIELDS = {"csrfmiddlewaretoken"}


def _project_packages() -> set[str]:
    """The top-level packages of the portal's own apps (not those installed from PyPI)."""
    return {
        config.name.split(".")[0]
        for config in django_apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and "site-packages" not in config.path
    }


def _project_forms() -> list[type[BaseForm]]:
    packages = _project_packages()
    for package in packages:
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"{package}.forms")
    found, todo = [], [BaseForm]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.split(".")[0] in packages:
            found.append(cls)
    return found


def declared_parameters() -> set[str]:
    """Every parameter name the portal declares: the case study facets, the search facets,
    the fields of its own forms, and the common list parameters."""
    names = {spec.name for spec in FACETS} | set(FACET_NAMES) | COMMON_PARAMETERS
    for form_class in _project_forms():
        names |= set(form_class.base_fields)
    return names


# --- the world attacked: one of everything, built once per module -----------------------------


@dataclass
class Crawl:
    answers: dict[str, Answer] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)  # route name: a path that exists
    post_forms: dict[str, dict] = field(default_factory=dict)  # path: the form's fields

    def read(self, path: str, answer: Answer) -> None:
        self.answers[path] = answer
        forms, links = forms_and_links(path, answer.html)
        for form in forms:
            if form.method == "post":
                self.post_forms.setdefault(form.action, form.fields)
        for found in [*local_paths(links), *(form.action for form in forms)]:
            try:
                self.known.setdefault(resolve(found).view_name, found)
            except Resolver404:
                continue


@dataclass
class World:
    pages: dict[str, object]
    clients: dict[str, Client]
    values: dict[str, str]  # valid values of named path parameters
    ids: list[str]  # candidates for integer path parameters
    _crawled: dict[str, Crawl] = field(default_factory=dict)
    found_ids: dict[str, tuple[str, str]] = field(default_factory=dict)  # by target label

    def page_url(self, target: Target) -> str:
        if not target.page_type:
            return ""
        page = self.pages.get(target.page_type)
        assert page is not None, f"The world has no {target.page_type}: add one to build_world()"
        return page.url

    def path_values(self, target: Target) -> dict[str, str]:
        """The world's value of each path parameter, or one of the right form."""
        return {name: self.values.get(name) or target.placeholder(name) for name in target.params}

    def crawl(self, sender: Sender) -> Crawl:
        """What the role's pages answer, link to and post to, read from the pages reachable
        without guessing ids; once per role."""
        if sender.role not in self._crawled:
            crawl = Crawl()
            starts = [page.url for page in self.pages.values()]
            for target in url_targets():
                if not target.admin and all(name in self.values for name in target.params):
                    starts.append(target.path(self.values))
            for start in starts:
                crawl.read(start, sender.send("get", start, note="(crawl)"))
            self._crawled[sender.role] = crawl
        return self._crawled[sender.role]


def build_world() -> World:
    kommune = KommuneFactory(
        name="Musterstadt", ags="12069999", latitude="52.39886", longitude="13.06566"
    )
    KommuneFactory(name="Andersdorf", ags="01003999")
    member = MembershipFactory(kommune=kommune, role=Role.DIGITALLOTSE).user
    admin = UserFactory(groups=[REDAKTION, NETZWERKKOORDINATION], is_superuser=True, is_staff=True)
    give_totp(admin)
    MembershipFactory(user=admin, kommune=kommune, role=Role.ADMIN)
    applicant = MembershipFactory(kommune=kommune, state=MembershipState.REQUESTED)
    invitation = Invitation.objects.create(
        kommune=kommune, email="neu@kommune.example", role=Role.MITGLIED, invited_by=admin
    )

    index = case_study_index()
    case_study = create_case_study(
        index,
        kommunen=[kommune],
        tags=["open-data"],
        foerderprogramm=FoerderprogrammFactory(),
        cost_one_off=12_000,
    )
    fields = Handlungsfeld.objects.filter(slug="ki")
    draft = save_submission(
        member,
        {
            "title": "Entwurf",
            "teaser": "Kurz",
            "phase": Phase.START,
            "status": Status.PILOT,
            "transferability": 3,
            "kommunen": [kommune],
            "handlungsfelder": fields,
        },
    )
    course, lessons, _enrollment = finished_course(member, title="OZG-Grundlagen")
    certificate = issue_certificate(member, course, CertificateKind.TEILNAHME)
    course_index = course.get_parent().specific
    path = learning_factories.learning_path(course_index, "Einstieg", 1, [course])
    home = course_index.get_parent().specific
    standard = StandardPage(title="Impressum", slug="impressum")
    home.add_child(instance=standard)
    get_backend().rebuild()

    lesson = LessonPage.objects.get(pk=lessons[-1].pk)
    pages = {
        page.specific_class._meta.label: page.specific
        for page in [home, index, case_study, course_index, course, lesson, path, standard]
    }
    clients = {}
    for role, user in (("besucher", None), ("mitglied", member), ("admin", admin)):
        client = Client(raise_request_exception=False)
        if user is not None:
            EmailAddress.objects.get_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            client.force_login(user)
        clients[role] = client
    return World(
        pages=pages,
        clients=clients,
        values={
            "ags": kommune.ags,
            "token": invitation.token,
            "code": certificate.code,
            "quiz_key": next(iter(lesson.quizzes())),
            "number": "1",
        },
        ids=[
            str(pk)
            for pk in dict.fromkeys(
                [case_study.pk, draft.pk, course.pk, applicant.pk, invitation.pk]
                + [m.pk for m in member.memberships.all()]
                + [m.pk for m in admin.memberships.all()]
            )
        ],
    )


# Every test here reads the module's database world: marked as database tests, pytest-django
# runs them before the browser tests, whose transactional flush would have emptied the tables
# the migrations fill (role groups, content types).
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once and rolled back after the module; each test runs in a savepoint of it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def recorder():
    with pytest.MonkeyPatch.context() as monkeypatch:
        recorder = ReadRecorder()
        recorder.install(monkeypatch)
        yield recorder


# --- the attack ---------------------------------------------------------------------------------


def valid_path(target: Target, world: World, sender: Sender) -> str:
    """The target's address with values that lead somewhere: a link or form of the role's
    pages, else the world's named values, else the first id that is not 404."""
    page_url = world.page_url(target)
    known = world.crawl(sender).known
    if not page_url and target.label in known:
        return known[target.label]
    values = world.path_values(target)
    unknown = [name for name in target.params if name not in world.values]
    if not unknown:
        return target.path(values, page_url)
    # The id another role found is tried first, with the method that route answers.
    found, method = world.found_ids.get(target.label, ("", "get"))
    for candidate in [id_ for id_ in dict.fromkeys([found, *world.ids]) if id_]:
        path = target.path({**values, unknown[0]: candidate}, page_url)
        answer = sender.send(method, path, note="(probe)")
        if answer.status == 405 and method == "get":
            method, answer = "post", sender.send("post", path, note="(probe)")
        if answer.status != 404:
            world.found_ids[target.label] = candidate, method
            return path
    return target.path(values, page_url)


def attack_path(target: Target, world: World, sender: Sender, method: str) -> None:
    page_url = world.page_url(target)
    values = world.path_values(target)
    for label, value in HOSTILE_VALUES.items():
        if target.page_type and not target.params:
            # An unknown child page or sub-route below the page.
            sender.send(method, page_url + path_value(value) + "/", note=f"(path {label})")
        for name in target.params:
            path = target.path({**values, name: path_value(value)}, page_url)
            sender.send(method, path, note=f"(path {name}={label})")


@dataclass
class Visit:
    """What one role met at the target's address before the attack."""

    sender: Sender
    path: str
    got: Answer
    posted: Answer | None = None
    base: dict = field(default_factory=dict)


def attack_all_at_once(visit: Visit, declared: set[str]) -> None:
    for label, value in AT_ONCE_VALUES.items():
        values = {name: value for name in declared}
        visit.sender.send("get", visit.path, values, note=f"(all={label})")


def attack_query(visit: Visit) -> None:
    """One request per (parameter, value) for what the view asked for while no parameter was
    given (names looked up on purpose, not met while iterating over whatever was sent) and
    what its own GET forms offer."""
    forms, _links = forms_and_links(visit.path, visit.got.html)
    own = [form for form in forms if form.method == "get" and form.action == visit.path]
    offered = {name for form in own for name in form.fields}
    for name in sorted(visit.got.reads | offered):
        for label, value in HOSTILE_VALUES.items():
            visit.sender.send("get", visit.path, {name: value}, note=f"(?{name}={label})")


def attack_form(visit: Visit) -> None:
    """One POST per (field, value): the form as the page renders it, one field changed. The
    fields are the form's and those the view read when posted but not on GET (a filter
    page answers a POST too, reading its URL parameters)."""
    read_on_post = visit.posted.reads - visit.got.reads
    for name in sorted((read_on_post | set(visit.base)) - NOT_FORM_FIELDS):
        for label, value in HOSTILE_VALUES.items():
            data = {**visit.base, name: [value]}
            visit.sender.send("post", visit.path, data, note=f"({name}={label})")


def first_visit(target: Target, world: World, sender: Sender) -> Visit:
    path = valid_path(target, world, sender)
    crawl = world.crawl(sender)
    got = crawl.answers.get(path)
    if got is None or got.status >= 500:  # a failure is reported by the test of its route
        got = sender.send("get", path)
        crawl.read(path, got)  # its own forms are the base of what is posted to it
    # Posted to: what only answers POST and what a page offers a form for. Wagtail's and
    # Django's own forms are not posted.
    if target.admin or (got.status != 405 and path not in crawl.post_forms):
        return Visit(sender, path, got)
    base = crawl.post_forms.get(path, {})
    return Visit(sender, path, got, sender.send("post", path, base, "(form as rendered)"), base)


def distinct(visits: list[Visit], answer: str) -> list[Visit]:
    """One visit per signature: a role whose answer has the same status, redirect and
    parameters read as another's takes the same path through the code."""
    seen, chosen = set(), []
    for one in visits:
        signature = getattr(one, answer).signature()
        if signature not in seen:
            seen.add(signature)
            chosen.append(one)
    return chosen


def deepest(visits: list[Visit], answer: str) -> Visit:
    """The visit that got furthest: a success over a refusal, then the most parameters read,
    then the later (more privileged) role."""

    def depth(indexed):
        index, one = indexed
        got = getattr(one, answer)
        return 200 <= got.status < 300, len(got.reads), index

    return max(enumerate(visits), key=depth)[1]


def attack(target: Target, visits: list[Visit], world: World, declared: set[str]) -> None:
    """Path values and all declared parameters once, as the role that got furthest; the
    parameters and form fields one by one for each distinct audience."""
    gets = [one for one in visits if one.got.status != 405]
    posts = [one for one in visits if one.posted and one.posted.status != 405]
    if gets:
        widest = deepest(gets, "got")
        attack_path(target, world, widest.sender, "get")
        if not target.admin:  # the admins' parameters are Wagtail's and Django's
            attack_all_at_once(widest, declared)
            for one in distinct(gets, "got"):
                attack_query(one)
    if posts and not gets:
        attack_path(target, world, deepest(posts, "posted").sender, "post")
    for one in distinct(posts, "posted"):
        attack_form(one)


TARGETS = url_targets() + page_targets()


@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.label)
def test_odd_input_never_causes_a_server_error(target, world, recorder, db):
    roles = ("admin",) if target.admin else ROLES
    senders = [Sender(world.clients[role], recorder, role) for role in roles]
    attack(
        target,
        [first_visit(target, world, sender) for sender in senders],
        world,
        declared_parameters(),
    )
    failures = [failure for sender in senders for failure in sender.failures]
    sent = sum(sender.count for sender in senders)
    assert not failures, f"{len(failures)} of {sent} requests failed:\n" + "\n".join(failures)


def test_the_world_has_a_page_of_every_type(world):
    """Page routes are attacked through the world's pages: a new page type needs one."""
    assert {model._meta.label for model in page_types()} <= set(world.pages)


def test_every_admin_smoke_route_exists():
    """A route renamed by a Wagtail upgrade would otherwise leave the smoke subset silently."""
    assert {target.label for target in url_targets() if target.admin} == ADMIN_SMOKE
