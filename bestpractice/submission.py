"""Case studies submitted by Kommunen through the portal's form.

A submission is a CaseStudyPage below the index that is not live: its content lives in the
page's revisions, its owner is the submitter. "Zur Prüfung einreichen" hands the latest
revision to Wagtail's moderation workflow, where the Redaktion approves (which publishes it)
or asks for changes. The state shown to the submitter is derived from the page and its
workflow states, so that it never disagrees with what the CMS shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

import nh3
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState
from wagtail.users.models import UserProfile

from core.permissions import has_perm, may_use_cms

from .models import (
    SECTIONS,
    SUBMITTED_FIELDS,
    CaseStudyDocument,
    CaseStudyImage,
    CaseStudyIndexPage,
    CaseStudyPage,
)
from .uploads import submissions_collection, unguessable_name

REVIEW_WORKFLOW_NAME = "Prüfung von Praxisbeispielen"

# Paths below /praxisbeispiele/ that the portal's own views answer (bestpractice/urls.py): a
# case study with one of these slugs could never be reached.
RESERVED_SLUGS = frozenset(
    {"einreichen", "meine-einreichungen", "merkliste", "vergleich", "feed", "aktionen"}
)


class SubmissionState(models.TextChoices):
    DRAFT = "entwurf", gettext_lazy("Entwurf")
    IN_REVIEW = "pruefung", gettext_lazy("in Prüfung")
    PUBLISHED = "veroeffentlicht", gettext_lazy("veröffentlicht")
    REJECTED = "zurueckgewiesen", gettext_lazy("zurückgewiesen")


# --- user text -------------------------------------------------------------------------------


def plain_text(value: str) -> str:
    """Text fields hold text, not markup: tags are removed, everything else stays as typed
    (templates escape it on output)."""
    return strip_tags(value or "").strip()


# Typed lists: a line starting with a bullet, or lines numbered 1., 2., … in a row (a single
# "1. Januar" at the start of a line stays text).
BULLET = re.compile(r"^[-*•–]\s+(?P<text>\S.*)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
# The tags a section may hold, all of them in Wagtail's editor (SECTION_FEATURES "ol", "ul").
SECTION_TAGS = {"p", "br", "ul", "ol", "li"}


def _numbered_run(lines: list[str], start: int) -> list[str]:
    """The texts of the lines numbered 1, 2, 3, … from `start` on; empty unless two or more."""
    texts: list[str] = []
    for line in lines[start:]:
        match = NUMBERED.match(line)
        if not match or int(match["number"]) != len(texts) + 1:
            break
        texts.append(match["text"])
    return texts if len(texts) >= 2 else []


def _bullet_run(lines: list[str], start: int) -> list[str]:
    texts: list[str] = []
    for line in lines[start:]:
        match = BULLET.match(line)
        if not match:
            break
        texts.append(match["text"])
    return texts


def _list_html(tag: str, texts: list[str]) -> str:
    return f"<{tag}>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + f"</{tag}>"


def _paragraph_html(lines: list[str]) -> str:
    # Wagtail's database format writes a line break as <br/>; its editor cannot read <br>.
    return "<p>" + "<br/>".join(escape(line) for line in lines) + "</p>"


def _blocks_html(lines: list[str]) -> str:
    """One typed paragraph: runs of list lines become lists, the lines between them a
    paragraph with line breaks."""
    html, text_lines, position = [], [], 0
    while position < len(lines):
        bullets = _bullet_run(lines, position)
        numbered = [] if bullets else _numbered_run(lines, position)
        if not (bullets or numbered):
            text_lines.append(lines[position])
            position += 1
            continue
        if text_lines:
            html.append(_paragraph_html(text_lines))
            text_lines = []
        html.append(_list_html("ul", bullets) if bullets else _list_html("ol", numbered))
        position += len(bullets or numbered)
    if text_lines:
        html.append(_paragraph_html(text_lines))
    return "".join(html)


def text_to_rich_text(text: str) -> str:
    """A textarea's content as rich text in Wagtail's database format, so that the CMS editor
    opens it: blank lines separate paragraphs, single line breaks stay line breaks, typed
    lists become lists. The text is escaped first, so whatever was typed stays visible text;
    nh3 then guarantees that no other tag and no attribute can be in the stored HTML."""
    normalised = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [
        [line.strip() for line in paragraph.strip().split("\n")]
        for paragraph in re.split(r"\n\s*\n", normalised)
        if paragraph.strip()
    ]
    html = "".join(_blocks_html(lines) for lines in paragraphs)
    cleaned = nh3.clean(html, tags=SECTION_TAGS, attributes={})
    # nh3 writes HTML5's <br>. With no attributes allowed and every "<" of the text escaped,
    # "<br>" can only be the tag, so it is put back as Wagtail writes it.
    return cleaned.replace("<br>", "<br/>")


class _SectionText(HTMLParser):
    """Rich text back to what one would type: paragraphs apart by a blank line, list items as
    "- " or "1. " lines."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.lists: list[list] = []  # [tag, items so far] of each open list

    def _end_block(self) -> None:
        block = "".join(self.current).strip()
        if block:
            self.blocks.append(block)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.current.append("\n")
        elif tag in ("ul", "ol"):
            self._end_block()
            self.lists.append([tag, 0])
        elif tag == "li":
            if self.current and self.lists and self.lists[-1][1]:
                self.current.append("\n")
            kind = self.lists[-1] if self.lists else ["ul", 0]
            kind[1] += 1
            self.current.append(f"{kind[1]}. " if kind[0] == "ol" else "- ")
        elif tag in self.BLOCKS:
            self._end_block()

    def handle_endtag(self, tag):
        if tag in ("ul", "ol"):
            self._end_block()
            if self.lists:
                self.lists.pop()
        elif tag in self.BLOCKS:
            self._end_block()

    def handle_data(self, data):
        self.current.append(data)

    def text(self) -> str:
        self.close()
        self._end_block()
        return "\n\n".join(self.blocks)


def rich_text_to_text(html: str) -> str:
    """The other way round, to continue editing a draft in a textarea."""
    parser = _SectionText()
    parser.feed(html or "")
    return parser.text()


def parse_tags(value: str) -> list[str]:
    """Comma-separated tags, each stripped of markup, without duplicates (case-insensitive)."""
    seen: dict[str, str] = {}
    for raw in (value or "").split(","):
        tag = plain_text(raw)[:100]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


# --- where submissions go -----------------------------------------------------------------


def case_study_index() -> CaseStudyIndexPage:
    index = CaseStudyIndexPage.objects.first()
    if index is None:
        raise ValidationError(
            _(
                "Es gibt noch keine Übersichtsseite für Praxisbeispiele. Bitte wenden Sie sich "
                "an die Redaktion."
            )
        )
    return index


def review_workflow_for(index: Page) -> Workflow:
    """The workflow that reviews submissions below `index`. Wagtail's default workflow sits on
    the root with an approval group the portal removed, so only superusers could approve;
    the index gets the Redaktion's workflow unless editors chose another one for it."""
    assignment = WorkflowPage.objects.filter(page=index).select_related("workflow").first()
    if assignment and assignment.workflow.active:
        return assignment.workflow
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME, active=True).first()
    if workflow is None:
        raise ValidationError(
            _(
                "Für Praxisbeispiele ist kein Prüfablauf eingerichtet. Bitte informieren Sie "
                "die Redaktion."
            )
        )
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


# --- states ---------------------------------------------------------------------------------


def _latest_workflow_status(pages: models.QuerySet) -> models.QuerySet:
    page_type = ContentType.objects.get_for_model(Page)
    latest = (
        WorkflowState.objects.filter(
            base_content_type=page_type, object_id=Cast(OuterRef("pk"), CharField())
        )
        .order_by("-created_at", "-pk")
        .values("status")[:1]
    )
    return pages.annotate(workflow_status=Subquery(latest))


def _state_from(live: bool, workflow_status: str | None) -> SubmissionState:
    if live:
        return SubmissionState.PUBLISHED
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return SubmissionState.IN_REVIEW
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return SubmissionState.REJECTED
    return SubmissionState.DRAFT


def submission_state(page: CaseStudyPage) -> SubmissionState:
    status = getattr(page, "workflow_status", None)
    if not hasattr(page, "workflow_status"):
        status = (
            _latest_workflow_status(CaseStudyPage.objects.filter(pk=page.pk))
            .values_list("workflow_status", flat=True)
            .first()
        )
    return _state_from(page.live, status)


@dataclass(frozen=True)
class Submission:
    page_id: int
    title: str
    state: SubmissionState
    changed_at: datetime | None
    url: str | None

    @property
    def editable(self) -> bool:
        return self.state in (SubmissionState.DRAFT, SubmissionState.REJECTED)


def submissions_of(user) -> list[Submission]:
    """The person's submissions with their state, newest change first, in one query."""
    pages = _latest_workflow_status(
        CaseStudyPage.objects.filter(owner=user).order_by("-latest_revision_created_at", "-pk")
    ).only("pk", "draft_title", "live", "latest_revision_created_at", "url_path", "path", "depth")
    return [
        Submission(
            page_id=page.pk,
            title=page.draft_title,
            state=_state_from(page.live, page.workflow_status),
            changed_at=page.latest_revision_created_at,
            url=page.url if page.live else None,
        )
        for page in pages
    ]


# --- saving -----------------------------------------------------------------------------------

PLAIN_TEXT_FIELDS = ("title", "teaser", "transferability_reason")


@dataclass
class Upload:
    file: UploadedFile
    label: str  # the image's alternative text or the document's display name


def _check_kommunen(user, kommunen) -> None:
    # The form offers only the person's own Kommunen; checked again here, because a service
    # must not trust its caller (a forged POST, a future API).
    if not kommunen:
        raise ValidationError(_("Bitte wählen Sie mindestens eine Kommune."))
    for kommune in kommunen:
        if not has_perm(user, "bestpractice.submit", kommune):
            raise PermissionDenied


def _apply(page: CaseStudyPage, data: dict) -> None:
    for name in SUBMITTED_FIELDS:
        if name in data:
            value = data[name]
            setattr(page, name, plain_text(value) if name in PLAIN_TEXT_FIELDS else value)
    for name, _label in SECTIONS:
        if name in data:
            setattr(page, name, text_to_rich_text(data[name]))
    page.kommunen = list(data["kommunen"])
    page.handlungsfelder = list(data["handlungsfelder"])
    page.tags.set(parse_tags(data.get("tags", "")))


def _store_image(upload: Upload, user, stored: list) -> CaseStudyImage:
    upload.file.name = unguessable_name(upload.file.name)
    image = get_image_model()(
        title=upload.label[:255],
        file=upload.file,
        uploaded_by_user=user,
        collection=submissions_collection(),
    )
    image._set_image_file_metadata()
    image.save()
    stored.append(image.file)
    return CaseStudyImage(image=image, alt_text=upload.label[:250])


def _store_document(upload: Upload, user, stored: list) -> CaseStudyDocument:
    document = get_document_model()(
        title=upload.label[:255] or upload.file.name,
        file=upload.file,
        uploaded_by_user=user,
        collection=submissions_collection(),
    )
    document._set_document_file_metadata()
    document.save()
    stored.append(document.file)
    return CaseStudyDocument(document=document, title=upload.label[:200])


def _new_page(user, data: dict, index: CaseStudyIndexPage) -> CaseStudyPage:
    slug = slugify(plain_text(data["title"]))[:80] or "praxisbeispiel"
    if slug in RESERVED_SLUGS:
        slug = f"{slug}-praxisbeispiel"
    page = CaseStudyPage(
        title=plain_text(data["title"]),
        slug=find_available_slug(index, slug),
        owner=user,
        live=False,
        contact_person=user,
    )
    _apply(page, data)
    index.add_child(instance=page)
    return page


def _require_complete(page: CaseStudyPage) -> None:
    missing = page.missing_sections()
    if missing:
        raise ValidationError(
            {
                name: _("Bitte füllen Sie diesen Abschnitt aus, bevor Sie einreichen.")
                for name, _label in missing
            }
        )


def save_submission(
    user,
    data: dict,
    *,
    page: CaseStudyPage | None = None,
    image: Upload | None = None,
    document: Upload | None = None,
    submit: bool = False,
) -> CaseStudyPage:
    """Create or update a submitted case study as a draft revision; with `submit`, hand it to
    the Redaktion's review. Either everything is stored or nothing: uploaded files of a failed
    attempt are removed again, since file storage is not part of the transaction."""
    _check_kommunen(user, data.get("kommunen"))
    if page is not None and not has_perm(user, "bestpractice.edit_submission", page):
        raise PermissionDenied
    stored_files: list = []
    try:
        with transaction.atomic():
            if page is None:
                page = _new_page(user, data, case_study_index())
                draft = page
            else:
                draft = page.get_latest_revision_as_object()
                _apply(draft, data)
            if image:
                draft.images = [*draft.images.all(), _store_image(image, user, stored_files)]
            if document:
                draft.documents = [
                    *draft.documents.all(),
                    _store_document(document, user, stored_files),
                ]
            if submit:
                _require_complete(draft)
            draft.save_revision(user=user, log_action=True)
            if submit:
                _portal_mails_instead_of_wagtails(user)
                _start_review(draft, user)
    except BaseException:
        for file in stored_files:
            file.delete(save=False)
        raise
    return page


def _start_review(page: CaseStudyPage, user) -> None:
    current = page.current_workflow_state
    if current and current.status == WorkflowState.STATUS_NEEDS_CHANGES:
        # Changes were asked for: the same review continues with the new revision.
        current.resume(user=user)
        return
    if current:
        raise ValidationError(_("Dieses Praxisbeispiel wird bereits geprüft."))
    review_workflow_for(page.get_parent()).start(page, user)


def _portal_mails_instead_of_wagtails(user) -> None:
    """Wagtail mails the requester of a review on approval and rejection with links into the
    CMS, which submitters from the Kommunen cannot open; the portal's own mails
    (notifications.py) tell them instead, so Wagtail's are switched off for them."""
    if may_use_cms(user):
        return
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = False
        profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


def missing_sections_of(page: CaseStudyPage) -> list[tuple[str, str]]:
    return page.get_latest_revision_as_object().missing_sections()
