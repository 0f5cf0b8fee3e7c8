from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from core.permissions import require


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "job_title"]
        # autocomplete names the purpose of personal-data fields (WCAG 2.1, 1.3.5).
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "job_title": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Colleagues in the network know each other by name; without one, the portal would
        # have nothing to show but the e-mail address, which it never shows.
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True


@require("account.manage_own")
def profile(request):
    """Everyone may edit their own name and see their memberships; nobody else's."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Ihr Profil wurde gespeichert."))
        return redirect("portal:profile")
    memberships = request.user.memberships.select_related("kommune").order_by("-is_primary")
    return render(request, "portal/profile.html", {"form": form, "memberships": memberships})
