import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.permissions import require
from core.plugins import deletion_blockers

from .privacy import delete_account, export_personal_data


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Ihr Passwort zur Bestätigung"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=gettext_lazy("Ich möchte mein Konto endgültig löschen."),
        error_messages={"required": gettext_lazy("Bitte bestätigen Sie die Löschung.")},
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("Das Passwort ist nicht korrekt."))
        return password


@require("account.manage_own")
def privacy(request):
    """The person's data page: download a copy, or delete the account."""
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            delete_account(request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            logout(request)
            messages.success(request, _("Ihr Konto und Ihre Daten wurden gelöscht."))
            return redirect("/")
    context = {
        "form": form,
        "blockers": deletion_blockers(request.user),
    }
    return render(request, "portal/privacy.html", context)


@require("account.manage_own")
@require_POST
def export(request):
    data = export_personal_data(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    filename = f"meine-daten-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
