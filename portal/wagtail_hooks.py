from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from core import plugins
from core.plugins import deletion_blockers
from demo.pages import seed_content_pages

from .accounts.privacy import delete_account
from .models import FooterLinks, StandardPage


@hooks.register(plugins.DEMO_SEEDERS, order=30)
def seed_demo_pages(context):
    """The portal's own demo pages (Impressum, Datenschutz, …) and the footer links to them;
    the content lies in demo/content/seiten/. The portal hands its models to the demo app,
    which may not import the portal (it is the wiring above every app)."""
    seed_content_pages(context, page_model=StandardPage, footer_model=FooterLinks)


@hooks.register("before_delete_user")
def delete_users_through_the_portal(request, user):
    """A user deleted in the CMS goes the same way as one deleting their own account: refused
    while an app objects (a Kommune's last admin), with every app's clean-up before."""
    blockers = deletion_blockers(user)
    if blockers:
        for blocker in blockers:
            messages.error(request, blocker.text)
        return redirect("wagtailusers_users:index")
    if request.method != "POST":
        return None  # Wagtail's confirmation page
    delete_account(user)
    messages.success(request, _("Das Konto wurde gelöscht."))
    return redirect("wagtailusers_users:index")
