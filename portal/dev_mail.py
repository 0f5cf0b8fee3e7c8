"""Mail on a development machine: each message is written to `mails/` as an .eml file that any
mail program opens, and the console shows one line per message, so that mails no longer
interleave with the request log."""

import logging
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

logger = logging.getLogger("django.mail")


class MailFolderBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        folder = Path(settings.EMAIL_FILE_PATH)
        folder.mkdir(parents=True, exist_ok=True)
        for number, message in enumerate(email_messages):
            path = folder / f"{timezone.now():%Y%m%d-%H%M%S-%f}-{number}.eml"
            path.write_bytes(message.message().as_bytes())
            logger.info("Mail an %s: %s → %s", ", ".join(message.to), message.subject, path)
        return len(email_messages)
