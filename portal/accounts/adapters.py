from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse

# The internal module, as allauth's own pre_authenticate uses it: only it returns the usage
# that allauth rolls back after a successful login (the public one returns a bool).
from allauth.core.internal import ratelimit

from . import known_devices

# allauth reports a lock-out (too many failed passwords or second-factor codes) as a form
# error; a lock-out is a rate limit, so it is answered as one: HTTP 429 with the German page,
# which clients and monitoring recognise.
LOCK_OUT_ERRORS = {"too_many_login_attempts", "rate_limited"}
# The limit of a browser that has signed in to the account before (see known_devices).
KNOWN_DEVICE_ACTION = "login_failed_known_device"


class AccountAdapter(DefaultAccountAdapter):
    def validation_error(self, code, *args):
        if code in LOCK_OUT_ERRORS:
            raise ImmediateHttpResponse(ratelimit.respond_429(context.request))
        return super().validation_error(code, *args)

    def pre_authenticate(self, request, **credentials):
        # A known browser is counted apart from the per-account and per-address limits, so
        # that nobody can lock its person out by failing on their account or address.
        # allauth rolls the usage stored here back after a successful login.
        key = known_devices.device_key(request, credentials.get("email") or "")
        if key is None:
            super().pre_authenticate(request, **credentials)
            return
        self._login_failed_rl_usage = ratelimit.consume(
            request, app="allauth.account", action=KNOWN_DEVICE_ACTION, key=key
        )
        if not self._login_failed_rl_usage:
            raise self.validation_error("too_many_login_attempts")

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        known_devices.remember_device(request, response, user)
        return response

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
