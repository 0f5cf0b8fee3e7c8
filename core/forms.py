from django.core.exceptions import ValidationError


def error_text(error: ValidationError) -> str:
    """A domain error's messages as one sentence for a message box or status line."""
    return " ".join(error.messages)
