from core.permissions import may_use_cms
from core.plugins import header_areas, member_offers, user_menu_links


def navigation(request):
    return {
        "may_use_cms": may_use_cms(request.user),
        # The user menu's personal pages, each shown by its app's rule. A callable, which
        # templates call only where they show the menu, so that fragments rendered alone ask
        # no permission.
        "user_menu_links": lambda: user_menu_links(request.user),
        # What members can do, for the sign-up page; called only where a template shows it.
        "member_offers": member_offers,
        "main_areas": [
            {"label": area.label, "url": area.url, "current": request.path.startswith(area.url)}
            for area in header_areas()
        ],
    }
