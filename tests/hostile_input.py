"""Machinery of the hostile-input test (tests/test_hostile_input.py): the routes to attack,
generated from the URL conf and the page models; the odd values; a sender that isolates
every request and notes which parameters the code read; and a parser of the HTML forms
whose fields are posted.

Nothing here names a view: a new route, page type, filter or form field is attacked without
editing the test.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

# What people (and scanners) send instead of the expected id, slug or choice. Each is one
# request per parameter, never combined with another.
HOSTILE_VALUES: dict[str, str] = {
    "nul": "\x00",
    "superscript": "²",  # str.isdigit() says yes, int() raises ValueError
    "30-digits": "9" * 30,
    "negative": "-1",
    "megabyte": "x" * (1 << 20),
    # A literal "%00" (not a NUL), a right-to-left override and SQL quotes in one string.
    "odd-text": "%00\u202egnp.exe' OR '1'='1\"; --",
}

# The Wagtail admin and the Django admin are Wagtail's and Django's, tested by them: only a
# smoke subset is attacked here, through its path parameters.
ADMIN_PREFIXES = ("cms/", "django-admin/")
ADMIN_SMOKE = frozenset(
    {
        "wagtailadmin_home",
        "wagtailadmin_explore_root",
        "wagtailadmin_explore",
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:search",
        "wagtailimages:index",
        "wagtaildocs:index",
        "wagtailusers_users:index",
        "admin:index",
    }
)
# Wagtail's catch-all serves the page tree: attacked through the fixture's pages instead.
PAGE_TREE_ROUTE = "wagtail_serve"


# --- what to attack ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One route: a path template with %(name)s placeholders and the names of its parameters.
    For page routes, `page_type` names the page model whose fixture page the path starts at."""

    label: str
    template: str
    params: tuple[str, ...] = ()
    converters: tuple[tuple[str, str], ...] = ()  # (parameter, its converter's regex)
    admin: bool = False
    page_type: str = ""

    def path(self, values: dict[str, str], page_url: str = "") -> str:
        return page_url + self.template % {name: values[name] for name in self.params}

    def placeholder(self, name: str) -> str:
        """A value of the right form for a parameter the world has no value for."""
        regex = dict(self.converters).get(name, "")
        return "1" if regex and re.fullmatch(regex, "1") else "x"


def _template(pattern, level: int) -> tuple[str, list[str], dict[str, str]]:
    """The format string of one level of a URL pattern and its parameters; unnamed groups get
    a name unique to their level."""
    template, params = normalize(pattern.regex.pattern)[0]
    names = []
    for name in params:
        if name.startswith("_"):
            unique = f"_{level}{name}"
            template = template.replace(f"%({name})s", f"%({unique})s")
            name = unique
        names.append(name)
    converters = {name: converter.regex for name, converter in pattern.converters.items()}
    return template, names, converters


def _walk(patterns, prefix: str, params: list, converters: dict, namespace: str, level: int):
    for entry in patterns:
        template, names, entry_converters = _template(entry.pattern, level)
        if isinstance(entry, URLResolver):
            inner = ":".join(filter(None, [namespace, entry.namespace]))
            yield from _walk(
                entry.url_patterns,
                prefix + template,
                params + names,
                {**converters, **entry_converters},
                inner,
                level + 1,
            )
        elif isinstance(entry, URLPattern):
            name = ":".join(filter(None, [namespace, entry.name])) or prefix + template
            yield name, prefix + template, params + names, {**converters, **entry_converters}


def url_targets() -> list[Target]:
    """Every route of the URL conf outside the page tree; of the admins only the smoke set."""
    targets = []
    for name, template, params, converters in _walk(get_resolver().url_patterns, "", [], {}, "", 0):
        admin = template.startswith(ADMIN_PREFIXES)
        if name == PAGE_TREE_ROUTE or (admin and name not in ADMIN_SMOKE):
            continue
        targets.append(
            Target(
                label=name,
                template="/" + template,
                params=tuple(params),
                converters=tuple(sorted(converters.items())),
                admin=admin,
            )
        )
    return targets


def page_types() -> list[type[Page]]:
    return [model for model in get_page_models() if model is not Page]


def page_targets() -> list[Target]:
    """Each page type's own address and, for routable pages, each of their sub-routes."""
    targets = []
    for model in page_types():
        label = model._meta.label
        targets.append(Target(label=label, template="", page_type=label))
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                template, names, converters = _template(pattern.pattern, 0)
                if not template:
                    continue  # the page's own address, attacked above
                targets.append(
                    Target(
                        label=f"{label}:{pattern.name}",
                        template=template,
                        params=tuple(names),
                        converters=tuple(sorted(converters.items())),
                        page_type=label,
                    )
                )
    return targets


def path_value(value: str) -> str:
    """A value as one path segment: percent-encoded, so that "%00" arrives as a NUL byte and
    "%25" as a per cent sign."""
    return quote(value, safe="")


# --- sending, isolated and observed ------------------------------------------------------------


class ReadRecorder:
    """Which parameters the code asked of request data (GET, POST, any QueryDict) while a
    request ran: the parameters a view reads, found by watching it rather than by a list."""

    def __init__(self):
        self.reads: set[str] | None = None

    def wrap(self, method):
        recorder = self

        def recording(query_dict, key, *args, **kwargs):
            if recorder.reads is not None and isinstance(key, str):
                recorder.reads.add(key)
            return method(query_dict, key, *args, **kwargs)

        return recording

    def install(self, monkeypatch) -> None:
        # Not __getitem__: iterating over all parameters (a cache key, a link) uses it, and
        # would make every parameter sent look read.
        for name in ("get", "getlist", "__contains__"):
            monkeypatch.setattr(QueryDict, name, self.wrap(getattr(QueryDict, name)))


@dataclass
class Answer:
    status: int
    reads: set[str]
    html: str = ""
    location: str = ""

    def signature(self) -> tuple:
        """What tells one audience's answer from another's: a role whose answer has the same
        status, redirect target and parameters read takes the same path through the code."""
        return self.status, self.location, frozenset(self.reads)


@dataclass
class Sender:
    """Sends requests as one client; each runs in a savepoint that is rolled back, with the
    client's cookies and the cache restored, so that no request changes what the next one
    finds (and a database error cannot poison the rest of the test)."""

    client: object
    recorder: ReadRecorder
    role: str
    failures: list[str] = field(default_factory=list)
    count: int = 0

    def send(self, method: str, path: str, data=None, note: str = "") -> Answer:
        self.count += 1
        self.recorder.reads = set()
        try:
            response, error = self._isolated(method, path, data)
        finally:
            reads, self.recorder.reads = self.recorder.reads, None
        status = 500 if response is None else response.status_code
        if status >= 500:
            shown = path if len(path) < 120 else path[:100] + f"…({len(path)} chars)"
            self.failures.append(f"{self.role} {method.upper()} {shown} {note} → {status} {error}")
        if response is None:
            return Answer(status, reads)
        html = ""
        if "html" in response.get("Content-Type", ""):
            html = response.content.decode(errors="replace")
        return Answer(status, reads, html, urlsplit(response.get("Location", "")).path)

    def _isolated(self, method: str, path: str, data) -> tuple[object, str]:
        """The response (None if the database refused the savepoint) and the error raised."""
        cookies = copy.deepcopy(self.client.cookies)
        try:
            with transaction.atomic():
                response = getattr(self.client, method)(path, data or {})
                transaction.set_rollback(True)
        except DatabaseError as raised:
            return None, f"{type(raised).__name__}: {raised}"
        finally:
            self.client.cookies = cookies
            cache.clear()
        raised = response.exc_info[1] if response.exc_info else None
        return response, f"{type(raised).__name__}: {str(raised)[:200]}" if raised else ""


# --- the forms of a page -----------------------------------------------------------------------


@dataclass
class HtmlForm:
    method: str
    action: str
    fields: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, value: str) -> None:
        self.fields.setdefault(name, []).append(value)


class FormParser(HTMLParser):
    """The forms of a page with what a browser would send unchanged: text values, checked
    boxes, the selected (or first) option, the first submit button."""

    def __init__(self, page_path: str):
        super().__init__(convert_charrefs=True)
        self.page_path = page_path
        self.forms: list[HtmlForm] = []
        self.links: list[str] = []
        self._form: HtmlForm | None = None
        self._select: tuple[str, list[str], list[str]] | None = None
        self._textarea: tuple[str, list[str]] | None = None
        self._submitted = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        elif tag == "option" and self._select is not None:
            self._option(attributes)
        elif tag == "form":
            action = urlsplit(attributes.get("action") or self.page_path).path or self.page_path
            self._form = HtmlForm(attributes.get("method", "get").lower(), action)
            self._submitted = False
            self.forms.append(self._form)
        elif self._form is not None and attributes.get("name"):
            self._field(tag, attributes)

    def _field(self, tag, attributes):
        name = attributes["name"]
        kind = attributes.get("type", "submit" if tag == "button" else "text").lower()
        if tag == "input" and kind in ("checkbox", "radio"):
            if "checked" in attributes:
                self._form.add(name, attributes.get("value", "on"))
            else:
                self._form.fields.setdefault(name, [])
        elif kind in ("submit", "image"):
            if not self._submitted:
                self._form.add(name, attributes.get("value", ""))
                self._submitted = True
        elif tag == "input" and kind not in ("file", "button", "reset"):
            self._form.add(name, attributes.get("value", ""))
        elif tag == "select":
            self._select = (name, [], [])
        elif tag == "textarea":
            self._textarea = (name, [])

    def _option(self, attributes):
        _name, options, selected = self._select
        options.append(attributes.get("value", ""))
        if "selected" in attributes:
            selected.append(attributes.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select and self._form is not None:
            name, options, selected = self._select
            chosen = selected or options[:1]
            self._form.fields.setdefault(name, []).extend(chosen)
            self._select = None
        elif tag == "textarea" and self._textarea and self._form is not None:
            name, parts = self._textarea
            self._form.add(name, "".join(parts).lstrip("\n"))
            self._textarea = None

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def forms_and_links(path: str, html: str) -> tuple[list[HtmlForm], list[str]]:
    if not html:
        return [], []
    parser = FormParser(path)
    parser.feed(html)
    parser.close()
    return parser.forms, parser.links


def local_paths(links: list[str]) -> Iterator[str]:
    for link in links:
        parts = urlsplit(link)
        if not parts.scheme and not parts.netloc and parts.path.startswith("/"):
            yield parts.path
