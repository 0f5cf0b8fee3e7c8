from django import template

from ..engagement import engagement_state

register = template.Library()


@register.simple_tag(takes_context=True)
def case_study_engagement(context, page):
    """The state of the action buttons for the person viewing `page`."""
    request = context["request"]
    return engagement_state(request.user, page, request.session)
