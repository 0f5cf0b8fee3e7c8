"""Template helpers that dress Django form widgets in KERN UX classes."""

from django import template

register = template.Library()

_SELECTS = {"select", "selectmultiple", "nullbooleanselect"}
_CHECKABLE = {"checkbox", "radioselect", "checkboxselectmultiple"}


def _widget_class(field) -> str:
    kind = field.widget_type
    if kind == "checkbox":
        return "kern-form-check__checkbox"
    if kind in {"select", "selectmultiple", "nullbooleanselect"}:
        return "kern-form-input__select" + (
            " kern-form-input__select--error" if field.errors else ""
        )
    return "kern-form-input__input" + (" kern-form-input__input--error" if field.errors else "")


def described_by(field) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    return " ".join(ids)


@register.simple_tag
def kern_widget(field):
    attrs = {"class": _widget_class(field)}
    if ids := described_by(field):
        attrs["aria-describedby"] = ids
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def is_checkable(field) -> bool:
    return field.widget_type in _CHECKABLE
