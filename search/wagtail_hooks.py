from wagtail import hooks

from core import plugins

from .services import SEARCH_LABEL, SEARCH_URL


@hooks.register(plugins.HEADER_AREAS, order=90)
def search_area():
    return plugins.HeaderArea(SEARCH_LABEL, SEARCH_URL)
