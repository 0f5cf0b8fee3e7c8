"""Notification mails: rendered in German from an app's templates and sent once the current
transaction commits, so that a rolled-back action sends nothing. Like every mail, they leave
through the task queue (core/mail_backend.py), so that a slow or absent mail server never
holds up or fails a request."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .plugins import notification_kinds


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
    # Robust: the action is committed by then; a mail that cannot be handed on must not fail it.
    transaction.on_commit(lambda: send_mail(subject, body, None, recipients), robust=True)
