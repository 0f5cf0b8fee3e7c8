from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.breadcrumbs import Crumb, trail
from core.forms import error_text
from core.pagination import paginate
from core.permissions import has_perm, require
from core.redirects import safe_next

from . import services
from .forms import (
    InvitationForm,
    KommuneFilterForm,
    KommuneProfileForm,
    MembershipDecisionForm,
    RoleForm,
)
from .models import Invitation, Kommune, Membership, MembershipState, Role

PAGE_SIZE = 25
DIRECTORY_LABEL = gettext_lazy("Kommunen")


def _kommune_trail(kommune, *current: Crumb) -> list[Crumb]:
    crumbs = [Crumb(DIRECTORY_LABEL, reverse("network:kommune_directory"))]
    if kommune.kreis_id:
        crumbs.append(Crumb(kommune.kreis.name, kommune.kreis.get_absolute_url()))
    if current:
        crumbs.append(Crumb(kommune.name, kommune.get_absolute_url()))
        return trail(*crumbs, *current)
    return trail(*crumbs, Crumb(kommune.name))


def _kommune(request, ags, **kwargs):
    return get_object_or_404(Kommune.objects.select_related("kreis", "logo"), ags=ags)


def _membership(request, ags, pk, **kwargs):
    return get_object_or_404(
        Membership.objects.select_related("kommune", "user"), pk=pk, kommune__ags=ags
    )


@require("kommune.list")
def kommune_directory(request):
    form = KommuneFilterForm(request.GET)
    kommunen = services.filter_kommunen(
        Kommune.objects.select_related("kreis"), **form.filters()
    ).only("name", "ags", "kind", "land", "population", "phase", "size_class", "kreis__name")
    page, query = paginate(request, kommunen, PAGE_SIZE)
    context = {
        "form": form,
        "page": page,
        "query": query,
        "breadcrumbs": trail(Crumb(DIRECTORY_LABEL)),
    }
    template = "network/kommune_directory.html"
    if request.htmx and request.htmx.target == "kommune-results":
        template = "network/includes/kommune_results.html"
    response = render(request, template, context)
    # The same URL answers with a fragment or a page; caches must keep them apart, or Back
    # after filtering shows a bare list.
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


@require("kommune.view", get_object=_kommune)
def kommune_detail(request, ags, obj):
    kommune = obj
    counts = Membership.objects.filter(kommune=kommune).aggregate(
        members=Count("pk", filter=Q(state=MembershipState.CONFIRMED)),
        lotsen=Count("pk", filter=Q(state=MembershipState.CONFIRMED, role=Role.DIGITALLOTSE)),
    )
    context = {
        "kommune": kommune,
        "breadcrumbs": _kommune_trail(kommune),
        "counts": counts,
        "gemeinden": kommune.gemeinden.only("name", "ags").order_by("name")[:50],
        "gemeinden_count": kommune.gemeinden.count(),
        "may_edit": has_perm(request.user, "kommune.edit", kommune),
        "may_see_members": has_perm(request.user, "kommune.see_members", kommune),
        "own_membership": (
            Membership.objects.filter(user=request.user, kommune=kommune).first()
            if request.user.is_authenticated
            else None
        ),
    }
    if context["may_see_members"]:
        context["lotsen"] = (
            Membership.objects.confirmed()
            .filter(kommune=kommune, role=Role.DIGITALLOTSE)
            .select_related("user")
            .order_by("user__last_name", "user__first_name")
        )
    return render(request, "network/kommune_detail.html", context)


@require("kommune.edit", get_object=_kommune)
def kommune_edit(request, ags, obj):
    form = KommuneProfileForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Das Profil wurde gespeichert."))
        return redirect(obj)
    context = {
        "kommune": obj,
        "form": form,
        "breadcrumbs": _kommune_trail(obj, Crumb(_("Profil bearbeiten"))),
    }
    return render(request, "network/kommune_edit.html", context)


def _invitation(request, token, **kwargs):
    return get_object_or_404(
        Invitation.objects.select_related("kommune", "invited_by"), token=token
    )


def _members_context(kommune, invitation_form=None) -> dict:
    verified = EmailAddress.objects.filter(user=OuterRef("user"), verified=True)
    memberships = (
        Membership.objects.filter(kommune=kommune)
        .select_related("user")
        .annotate(email_verified=Exists(verified))
        .order_by("state", "user__last_name", "user__first_name")
    )
    return {
        "kommune": kommune,
        "requested": [m for m in memberships if m.state == MembershipState.REQUESTED],
        "confirmed": [m for m in memberships if m.state == MembershipState.CONFIRMED],
        "invitations": Invitation.objects.open().filter(kommune=kommune),
        "invitation_form": invitation_form or InvitationForm(),
        "role_choices": Role.choices,
        "breadcrumbs": _kommune_trail(kommune, Crumb(_("Mitglieder"))),
    }


@require("kommune.manage_members", get_object=_kommune)
def kommune_members(request, ags, obj):
    return render(request, "network/kommune_members.html", _members_context(obj))


@require_POST
@require("kommune.manage_members", get_object=_kommune)
def invitation_create(request, ags, obj):
    form = InvitationForm(request.POST)
    if form.is_valid():
        try:
            services.invite_member(
                obj, form.cleaned_data["email"], form.cleaned_data["role"], request.user
            )
        except ValidationError as error:
            form.add_error("email", error)
        else:
            messages.success(
                request,
                _("Die Einladung an %(email)s ist unterwegs.")
                % {"email": form.cleaned_data["email"]},
            )
            return _back_to_members(obj)
    # Re-render with what was typed and the German error next to the field.
    context = _members_context(obj, invitation_form=form)
    return render(request, "network/kommune_members.html", context, status=400)


def _kommune_invitation(request, ags, pk, **kwargs):
    return get_object_or_404(Invitation.objects.select_related("kommune"), pk=pk, kommune__ags=ags)


@require_POST
@require("invitation.revoke", get_object=_kommune_invitation)
def invitation_revoke(request, ags, pk, obj):
    try:
        services.revoke_invitation(obj)
        messages.success(request, _("Die Einladung wurde zurückgezogen."))
    except ValidationError as error:
        messages.error(request, error_text(error))
    return _back_to_members(obj.kommune)


@require("invitation.view", get_object=_invitation)
def invitation(request, token, obj):
    """The link in the invitation mail: sign in (or register) with the invited address, then
    accept."""
    invitation = obj
    context = {
        "invitation": invitation,
        "may_accept": has_perm(request.user, "invitation.accept", invitation),
    }
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            membership = services.accept_invitation(invitation, request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request,
                _("Willkommen bei %(kommune)s! Ihre Rolle: %(role)s.")
                % {"kommune": invitation.kommune.name, "role": membership.get_role_display()},
            )
            return redirect(invitation.kommune)
    return render(request, "network/invitation.html", context)


@require_POST
@require("kommune.request_membership", get_object=_kommune)
def membership_request(request, ags, obj):
    membership = services.request_membership(request.user, obj)
    if membership.is_confirmed:
        messages.info(request, _("Sie sind bereits Mitglied dieser Kommune."))
    else:
        messages.success(
            request,
            _(
                "Ihre Anfrage wurde an %(kommune)s gesendet. Sie erhalten eine E-Mail, sobald "
                "darüber entschieden ist."
            )
            % {"kommune": obj.name},
        )
    return redirect(obj)


def _back_to_members(kommune, request=None):
    """Back to where the decision was made: the Kommune's members page, or the coordination
    queue when it came from there."""
    members = reverse("network:kommune_members", args=[kommune.ags])
    return redirect(safe_next(request, members) if request else members)


@require_POST
@require("membership.decide", get_object=_membership)
def membership_decide(request, ags, pk, obj):
    form = MembershipDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie eine gültige Entscheidung."))
        return _back_to_members(obj.kommune, request)
    try:
        if form.cleaned_data["decision"] == "confirm":
            services.confirm_membership(
                obj, request.user, form.cleaned_data["role"] or Role.MITGLIED
            )
            messages.success(request, _("%(person)s ist jetzt Mitglied.") % {"person": obj.user})
        else:
            services.decline_membership(obj)
            messages.success(request, _("Die Anfrage wurde abgelehnt."))
    except ValidationError as error:
        messages.error(request, error_text(error))
    return _back_to_members(obj.kommune, request)


@require_POST
@require("membership.decide", get_object=_membership)
def membership_role(request, ags, pk, obj):
    form = RoleForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Diese Rolle gibt es nicht."))
        services.change_role(obj, form.cleaned_data["role"])
        messages.success(request, _("Die Rolle wurde geändert."))
    except ValidationError as error:
        messages.error(request, error_text(error))
    return _back_to_members(obj.kommune)


@require_POST
@require("membership.decide", get_object=_membership)
def membership_remove(request, ags, pk, obj):
    try:
        services.remove_membership(obj, request.user)
        messages.success(request, _("%(person)s wurde entfernt.") % {"person": obj.user})
    except ValidationError as error:
        messages.error(request, error_text(error))
    return _back_to_members(obj.kommune)


def _own_membership(request, pk, **kwargs):
    # Only one's own: someone else's membership id is "not found", not "forbidden".
    if not request.user.is_authenticated:
        return Membership(pk=pk)
    return get_object_or_404(
        Membership.objects.select_related("kommune", "user"), pk=pk, user=request.user
    )


@require_POST
@require("membership.manage_own", get_object=_own_membership)
def membership_make_primary(request, pk, obj):
    try:
        services.make_primary(obj)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        chosen = {"kommune": obj.kommune}
        messages.success(request, _("%(kommune)s ist jetzt Ihre Hauptmitgliedschaft.") % chosen)
    return redirect("portal:profile")


@require_POST
@require("membership.manage_own", get_object=_own_membership)
def membership_leave(request, pk, obj):
    try:
        services.leave_kommune(obj)
        messages.success(
            request, _("Sie gehören %(kommune)s nicht mehr an.") % {"kommune": obj.kommune}
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
    return redirect("portal:profile")


@require("network.review_requests")
def coordination_requests(request):
    page, query = paginate(request, services.open_requests_for_coordination(), PAGE_SIZE)
    context = {
        "page": page,
        "query": query,
        "role_choices": Role.choices,
        "breadcrumbs": trail(
            Crumb(DIRECTORY_LABEL, reverse("network:kommune_directory")),
            Crumb(_("Offene Beitrittsanfragen")),
        ),
    }
    return render(request, "network/coordination_requests.html", context)
