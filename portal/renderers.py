from django.forms.renderers import TemplatesSetting


class KernFormRenderer(TemplatesSetting):
    """Every form in the portal, allauth's included, renders its fields the KERN way."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
