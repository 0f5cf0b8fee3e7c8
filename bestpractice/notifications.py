"""Mails to submitters when the Redaktion decides on their case study in the CMS."""

from django.dispatch import receiver
from wagtail.models import WorkflowState
from wagtail.signals import page_published, workflow_rejected

from core.mail import notify

from .models import CaseStudyPage


def _reviewed_submission(page: CaseStudyPage) -> bool:
    """Whether the owner handed the page to the review, i.e. it came through the portal's
    submission form; pages the Redaktion writes itself send nobody a mail."""
    return (
        page.owner_id is not None
        and WorkflowState.objects.for_instance(page).filter(requested_by_id=page.owner_id).exists()
    )


@receiver(page_published, sender=CaseStudyPage)
def tell_submitter_of_publication(sender, instance, revision=None, alias=False, **kwargs):
    # Only the first publication: later corrections by the Redaktion are no news to them.
    first_publication = instance.first_published_at == instance.last_published_at
    if alias or not first_publication or not _reviewed_submission(instance):
        return
    owner = instance.owner
    if owner.is_active:
        notify("bestpractice.submission_published", {"page": instance}, [owner.email])


@receiver(workflow_rejected)
def tell_submitter_of_rejection(sender, instance, user=None, **kwargs):
    page = instance.content_object.specific
    if not isinstance(page, CaseStudyPage) or instance.requested_by is None:
        return
    submitter = instance.requested_by
    if not submitter.is_active:
        return
    task_state = instance.current_task_state
    comment = task_state.specific.get_comment() if task_state else ""
    notify(
        "bestpractice.submission_rejected", {"page": page, "comment": comment}, [submitter.email]
    )
