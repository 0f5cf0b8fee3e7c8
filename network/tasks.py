from django.core.mail import send_mail
from django_tasks import task


@task()
def send_notification_mail(subject: str, body: str, recipients: list[str]) -> int:
    """Mails go out as background work: a slow mail server never holds up a request."""
    return send_mail(subject, body, None, recipients)
