"""Queued mails arrive as they were sent; what cannot be queued or delivered says so."""

from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.test import override_settings

from core import mail_backend

pytestmark = pytest.mark.django_db

queued = override_settings(
    EMAIL_BACKEND=mail_backend.QUEUED_BACKEND,
    EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
)


@queued
def test_a_mail_with_an_html_part_arrives_as_it_was_sent():
    sent = EmailMultiAlternatives(
        "Bitte bestätigen Sie Ihre Adresse",
        "Hallo Jürgen,\nbitte bestätigen Sie.",
        "Netzwerk <noreply@example.org>",
        ["juergen@musterstadt.example"],
        cc=["kopie@musterstadt.example"],
        reply_to=["redaktion@example.org"],
        headers={"X-Portal": "ja"},
    )
    sent.attach_alternative("<p>Hallo Jürgen</p>", "text/html")
    assert sent.send() == 1
    [arrived] = mail.outbox
    for part in ("subject", "body", "from_email", "to", "cc", "reply_to", "extra_headers"):
        assert getattr(arrived, part) == getattr(sent, part)
    assert [tuple(part) for part in arrived.alternatives] == [tuple(sent.alternatives[0])]


@queued
def test_a_mail_without_recipients_is_not_queued():
    assert EmailMessage("Betreff", "Text", None, []).send() == 0
    assert mail.outbox == []


@queued
def test_attachments_are_refused_rather_than_lost():
    message = EmailMessage("Bescheinigung", "Anbei.", None, ["a@musterstadt.example"])
    message.attach("bescheinigung.pdf", b"%PDF-1.7", "application/pdf")
    with pytest.raises(ValueError):
        message.send()


@override_settings(EMAIL_DELIVERY_BACKEND=mail_backend.QUEUED_BACKEND)
def test_the_delivery_backend_cannot_be_the_queue_itself():
    data = mail_backend.message_data(EmailMessage("B", "T", None, ["a@musterstadt.example"]))
    with pytest.raises(ImproperlyConfigured):
        mail_backend.deliver_mail.call(mock.Mock(), data)


@pytest.mark.parametrize(
    "error, permanent",
    [
        (ConnectionRefusedError(111, "Connection refused"), False),
        (SMTPServerDisconnected("weg"), False),
        (SMTPRecipientsRefused({"a@x.example": (450, b"mailbox busy")}), False),
        (SMTPRecipientsRefused({"a@x.example": (550, b"no such user")}), True),
    ],
    ids=["refused", "disconnected", "busy", "unknown-recipient"],
)
def test_only_a_refusal_for_good_is_not_tried_again(error, permanent):
    assert mail_backend._is_permanent(error) is permanent
