"""Notification mails: rendered in German from an app's templates and sent as background work
once the current transaction commits, so that a rolled-back action sends nothing and a slow
mail server never holds up a request."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .plugins import notification_kinds


@task()
def send_notification_mail(subject: str, body: str, recipients: list[str]) -> int:
    return send_mail(subject, body, None, recipients)


def notify(kind: str, context: dict, recipients: list[str]) -> None:
    """Mail the notification `kind` (declared through `NOTIFICATION_KINDS`) to `recipients`."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    try:
        prefix = notification_kinds()[kind].template_prefix
    except KeyError:
        raise LookupError(f"No notification kind {kind!r} is declared.") from None
    context = {**context, "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")}
    # Mails go out in German, the portal's first language, whatever the sender's language.
    with translation.override("de"):
        subject = render_to_string(f"{prefix}_subject.txt", context).strip()
        body = render_to_string(f"{prefix}_body.txt", context)
    transaction.on_commit(
        lambda: send_notification_mail.enqueue(subject=subject, body=body, recipients=recipients)
    )
