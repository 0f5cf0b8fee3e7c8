from django import template

from ..certificates import holder_name_of, offers_for

register = template.Library()


@register.simple_tag(takes_context=True)
def certificate_offers(context, enrollment):
    """The certificate offers of the signed-in person's enrolment; a list of enrolments
    costs the same few queries as one (see `offers_for`)."""
    user = context["request"].user
    if enrollment is None or enrollment.user_id != user.pk:
        return []
    return offers_for(user, enrollment)


@register.simple_tag(takes_context=True)
def has_holder_name(context) -> bool:
    return bool(holder_name_of(context["request"].user))
