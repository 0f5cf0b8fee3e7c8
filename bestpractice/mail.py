"""German notification mails about case studies, sent as background work after the commit."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from network.tasks import send_notification_mail


def send_mail_to(template: str, context: dict, recipients: list[str]) -> None:
    """Render `bestpractice/mail/<template>_subject.txt` and `..._body.txt` and send them once
    the current transaction commits: a rolled-back action sends nothing."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    context = {**context, "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")}
    # Mails go out in German, the portal's first language, whatever the sender's language.
    with translation.override("de"):
        subject = render_to_string(f"bestpractice/mail/{template}_subject.txt", context).strip()
        body = render_to_string(f"bestpractice/mail/{template}_body.txt", context)
    transaction.on_commit(
        lambda: send_notification_mail.enqueue(subject=subject, body=body, recipients=recipients)
    )
