from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def euro(value) -> str:
    """An amount in whole euros with the language's digit grouping: "12.500 €" in German."""
    if value in (None, ""):
        return ""
    return f"{number_format(value, decimal_pos=0, force_grouping=True)}\u00a0€"


@register.filter
def out_of_five(value) -> str:
    """A 1-5 score in words, so that it never depends on colour or symbols alone."""
    if value in (None, ""):
        return ""
    return _("%(value)s von 5") % {"value": value}
