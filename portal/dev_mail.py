"""Mail on a development machine goes to the console, as readable text: Django's console
backend prints the raw MIME message, where every umlaut becomes quoted-printable and the
headers run into the request log. Each mail here is one framed block with decoded text."""

from django.core.mail.backends.console import EmailBackend as DjangoConsoleBackend

RULE = "─" * 72


class ConsoleMailBackend(DjangoConsoleBackend):
    def write_message(self, message):
        body = message.body if isinstance(message.body, str) else message.body.decode()
        lines = [
            f"── Mail {RULE[8:]}",
            f"An: {', '.join(message.to)}",
            f"Betreff: {message.subject}",
            "",
            body.rstrip(),
            RULE,
            "",
        ]
        self.stream.write("\n".join(lines) + "\n")
