from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """mapping[key] in a template, or None: quiz states and errors are keyed by block ids."""
    if not mapping:
        return None
    return mapping.get(key)


@register.simple_tag(takes_context=True)
def result_url(context, quiz_key, number):
    """The result page of one attempt at a quiz of the current lesson."""
    return context["page"].quiz_result_url(quiz_key, number)
