"""Every mail leaves through the task queue, so that a request never waits for the mail server
and never fails because it is away.

`QueuedEmailBackend` is the `EMAIL_BACKEND` of production: it hands each message, allauth's
and Wagtail's included, to the task `deliver_mail`, which the worker (`manage.py db_worker`)
sends with `EMAIL_DELIVERY_BACKEND` (SMTP). With the database task backend the message is
queued in the request's transaction: an action that is rolled back mails nothing, one that
is committed cannot lose its mail.

django-tasks has no retries of its own. When the mail server cannot be reached or answers
with a temporary error, `deliver_mail` enqueues itself again to run after the next of
`RETRY_DELAYS` (about nine hours in all) and ends successfully; only a mail that could not be
delivered at the last attempt, or that the server refused for good (5xx), ends as a failed
task, with the message in its arguments, where an operator can find and enqueue it again.
"""

import logging
from datetime import timedelta
from smtplib import SMTPRecipientsRefused, SMTPResponseException

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import TaskContext, task

logger = logging.getLogger(__name__)

# Seconds to wait before the second, third, … attempt.
RETRY_DELAYS = (60, 5 * 60, 30 * 60, 2 * 60 * 60, 6 * 60 * 60)
QUEUED_BACKEND = f"{__name__}.QueuedEmailBackend"


def message_data(message: EmailMessage) -> dict:
    """The message as the task's JSON arguments."""
    if message.attachments:
        # Nothing the portal sends has any; queuing them would need their bytes encoded.
        raise ValueError("Mails with attachments cannot be queued.")
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "content_subtype": message.content_subtype,
    }


def message_from(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        bcc=data["bcc"],
        cc=data["cc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    message.content_subtype = data["content_subtype"]
    return message


def _delivery_connection():
    backend = settings.EMAIL_DELIVERY_BACKEND
    if backend == QUEUED_BACKEND:
        raise ImproperlyConfigured("EMAIL_DELIVERY_BACKEND must send mails, not queue them.")
    return get_connection(backend, fail_silently=False)


def _is_permanent(error: OSError) -> bool:
    """Whether the mail server refused for good (5xx): sending again would change nothing."""
    if isinstance(error, SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
    elif isinstance(error, SMTPResponseException):
        codes = [error.smtp_code]
    else:
        return False  # refused or lost connections, timeouts: the server may come back
    return all(code >= 500 for code in codes)


def _try_again_later(context: TaskContext, data: dict, attempt: int, error: OSError) -> None:
    delay = RETRY_DELAYS[attempt - 1]
    # The task's id, not the subject or addresses: those may name people.
    logger.warning(
        "Mail task %s: not delivered at attempt %d (%s: %s); trying again in %d s.",
        context.task_result.id,
        attempt,
        type(error).__name__,
        error,
        delay,
    )
    later = deliver_mail.using(run_after=timezone.now() + timedelta(seconds=delay))
    later.enqueue(data, attempt=attempt + 1)


@task(takes_context=True)
def deliver_mail(context: TaskContext, data: dict, attempt: int = 1) -> None:
    try:
        _delivery_connection().send_messages([message_from(data)])
    except OSError as error:  # smtplib's errors are OSErrors
        if _is_permanent(error) or attempt > len(RETRY_DELAYS):
            logger.error(
                "Mail task %s: not delivered, giving up at attempt %d.",
                context.task_result.id,
                attempt,
            )
            raise
        _try_again_later(context, data, attempt, error)


class QueuedEmailBackend(BaseEmailBackend):
    """Queues each message for `deliver_mail` instead of talking to a mail server."""

    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            if message.recipients():
                deliver_mail.enqueue(message_data(message))
                queued += 1
        return queued
