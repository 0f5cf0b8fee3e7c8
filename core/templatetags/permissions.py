from django import template

from core.permissions import has_perm

register = template.Library()


@register.simple_tag(takes_context=True)
def may(context, action: str, obj=None) -> bool:
    """`{% may "app.action" obj as allowed %}`: the permission module's answer for the person
    viewing the page, asked only where the template needs it."""
    return has_perm(context["request"].user, action, obj)
