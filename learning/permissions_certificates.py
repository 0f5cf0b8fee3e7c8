"""Who may do what with certificates and the learning reports."""

from core.permissions import is_coordinator, is_editor, is_signed_in, rule


@rule("learning.verify_certificate")
def can_verify_certificate(user, obj=None) -> bool:
    """Anyone: an employer checks a certificate without an account. The 60-bit code is the
    key, and the page shows only what the paper shows anyway."""
    return True


@rule("learning.request_certificate")
def can_request_certificate(user, obj=None) -> bool:
    """Asking is open to every signed-in person; whether they qualify is the certificate
    service's decision, which explains what is missing."""
    return is_signed_in(user)


@rule("learning.download_certificate")
def can_download_certificate(user, certificate) -> bool:
    """The holder; Redaktion and Netzwerkkoordination to answer questions about it."""
    if not is_signed_in(user) or certificate is None:
        return False
    return certificate.user_id == user.pk or is_editor(user) or is_coordinator(user)


@rule("learning.view_reports")
def can_view_reports(user, obj=None) -> bool:
    return is_editor(user) or is_coordinator(user)
