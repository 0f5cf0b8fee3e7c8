from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import ratelimit
from allauth.core.exceptions import ImmediateHttpResponse
from django.core.exceptions import ValidationError


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request, **credentials):
        # allauth answers too many failed logins with a form error; a lock-out is a
        # rate limit, so it is answered as one (HTTP 429 with our German page). allauth's own
        # method does the counting: it keeps the usage it rolls back after a successful login.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code != "too_many_login_attempts":
                raise
            raise ImmediateHttpResponse(ratelimit.respond_429(request)) from error

    def new_user(self, request):
        user = super().new_user(request)
        user._via_signup = True  # see portal.signals: self sign-ups must verify their address
        return user

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        kommune = form.cleaned_data.get("kommune")
        if commit and kommune:
            from network.services import request_membership

            request_membership(user, kommune)
        return user
