from wagtail import hooks

from core import plugins
from demo.pages import seed_content_pages

from .models import FooterLinks, StandardPage


@hooks.register(plugins.DEMO_SEEDERS, order=30)
def seed_demo_pages(context):
    """The portal's own demo pages (Impressum, Datenschutz, …) and the footer links to them;
    the content lies in demo/content/seiten/. The portal hands its models to the demo app,
    which may not import the portal (it is the wiring above every app)."""
    seed_content_pages(context, page_model=StandardPage, footer_model=FooterLinks)
