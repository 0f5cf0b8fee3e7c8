"""Forms of the case study area: the index's filters, the submission form and the small forms
of the actions."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import IdMultipleChoiceField
from core.taxonomy import Phase
from network.models import Handlungsfeld, Kommune

from .engagement import MESSAGE_MAX_LENGTH
from .models import SECTIONS, SUBMITTED_FIELDS, CaseStudyPage, Foerderprogramm, Status
from .models.pages import TRANSFERABILITY_CHOICES
from .queries import SORTS, Facet
from .submission import parse_tags, rich_text_to_text
from .uploads import DOCUMENT, IMAGE, UploadField

ACTION_DRAFT = "entwurf"
ACTION_SUBMIT = "einreichen"


class CaseStudyFilterForm(forms.Form):
    """Renders the facets as the KERN form fields; each option names its count."""

    hide_optional_marker = True  # every filter is optional

    def __init__(self, facets: list[Facet], sort: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in facets:
            choices = [("", _("Alle"))] + [
                (option.value, f"{option.label} ({option.count})") for option in facet.options
            ]
            self.fields[facet.name] = forms.ChoiceField(
                label=facet.label, required=False, choices=choices
            )
            self.initial[facet.name] = facet.selected.value if facet.selected else ""
        self.fields["sortierung"] = forms.ChoiceField(
            label=_("Sortierung"), required=False, choices=list(SORTS.items())
        )
        self.initial["sortierung"] = sort


class HandlungsfeldChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def _model_field(name: str):
    return CaseStudyPage._meta.get_field(name)


class SubmissionForm(forms.Form):
    """A case study as a Kommune tells it. The sections are plain textareas; the service turns
    them into rich text. Drafts need only the basics; submitting needs every section."""

    title = forms.CharField(label=_("Titel"), max_length=255)
    kommunen = IdMultipleChoiceField(
        label=_("Kommune"),
        queryset=Kommune.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Sie können Praxisbeispiele nur für Ihre eigene Kommune einreichen."),
        error_messages={
            "required": _("Bitte wählen Sie mindestens eine Kommune."),
            "invalid_choice": _("Für diese Kommune können Sie kein Praxisbeispiel einreichen."),
        },
    )
    teaser = forms.CharField(
        label=_("Kurzbeschreibung"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_model_field("teaser").help_text,
    )
    handlungsfelder = HandlungsfeldChoiceField(
        label=_("Handlungsfelder"),
        queryset=Handlungsfeld.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens ein Handlungsfeld.")},
    )
    tags = forms.CharField(
        label=_("Schlagwörter"),
        required=False,
        max_length=500,
        help_text=_("Mehrere Schlagwörter trennen Sie durch Kommas, z. B. „OZG, Chatbot“."),
    )
    phase = forms.TypedChoiceField(
        label=_("Digitalisierungsphase zu Projektbeginn"),
        choices=[("", "---------"), *Phase.choices],
        coerce=int,
    )
    status = forms.ChoiceField(label=_("Status"), choices=[("", "---------"), *Status.choices])

    cost_one_off = forms.IntegerField(
        label=_("Einmalige Kosten (EUR)"), required=False, min_value=0, max_value=2_000_000_000
    )
    cost_yearly = forms.IntegerField(
        label=_("Laufende Kosten pro Jahr (EUR)"),
        required=False,
        min_value=0,
        max_value=2_000_000_000,
    )
    staff_effort = forms.IntegerField(
        label=_("Personalaufwand (Personentage)"),
        required=False,
        min_value=0,
        max_value=1_000_000,
    )
    foerderprogramm = forms.ModelChoiceField(
        label=_("Förderprogramm"),
        queryset=Foerderprogramm.objects.all(),
        required=False,
        help_text=_("Fehlt Ihr Programm? Nennen Sie es unter „Kosten und Nutzen“."),
    )
    start_date = forms.DateField(label=_("Beginn"), required=False, widget=DateInput)
    end_date = forms.DateField(label=_("Ende"), required=False, widget=DateInput)
    transferability = forms.TypedChoiceField(
        label=_("Übertragbarkeit"), choices=TRANSFERABILITY_CHOICES, coerce=int, initial=3
    )
    transferability_reason = forms.CharField(
        label=_("Begründung der Übertragbarkeit"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    image = UploadField(
        IMAGE,
        label=_("Bild"),
        required=False,
        help_text=_("JPG, PNG oder WebP, höchstens 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".jpg,.jpeg,.png,.webp"}),
    )
    image_alt = forms.CharField(
        label=_("Alternativtext des Bildes"),
        required=False,
        max_length=250,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können."),
    )
    document = UploadField(
        DOCUMENT,
        label=_("Dokument"),
        required=False,
        help_text=_("Ein PDF, höchstens 10 MB, z. B. ein Projektsteckbrief."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )
    document_title = forms.CharField(
        label=_("Anzeigename des Dokuments"), required=False, max_length=200
    )

    # The form's groups, in order, as (legend, field names); the template renders fieldsets.
    GROUPS = [
        (_("Worum es geht"), ["title", "kommunen", "teaser"]),
        (_("Einordnung"), ["handlungsfelder", "tags", "phase", "status"]),
        (_("Anwendungsfall"), [name for name, _label in SECTIONS]),
        (
            _("Kosten, Förderung und Zeitraum"),
            ["cost_one_off", "cost_yearly", "staff_effort", "foerderprogramm"]
            + ["start_date", "end_date"],
        ),
        (_("Übertragbarkeit"), ["transferability", "transferability_reason"]),
        (_("Bild und Dokument"), ["image", "image_alt", "document", "document_title"]),
    ]

    def __init__(self, *args, kommunen=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kommunen"].queryset = (
            kommunen if kommunen is not None else Kommune.objects.none()
        )
        for name, label in SECTIONS:
            self.fields[name] = forms.CharField(
                label=label,
                required=False,
                max_length=20_000,
                widget=forms.Textarea(attrs={"rows": 6}),
                help_text=_model_field(name).help_text,
            )
            # A draft may leave a section empty, the submission may not: "optional" was untrue.
            self.fields[name].label_marker = _("zum Einreichen nötig")
        self.order_fields([name for _legend, names in self.GROUPS for name in names])

    @property
    def action(self) -> str:
        return ACTION_SUBMIT if self.data.get("aktion") == ACTION_SUBMIT else ACTION_DRAFT

    def fieldsets(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.GROUPS]

    def clean_tags(self):
        tags = parse_tags(self.cleaned_data.get("tags", ""))
        if len(tags) > 10:
            raise ValidationError(_("Bitte nennen Sie höchstens zehn Schlagwörter."))
        return ", ".join(tags)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not (cleaned.get("image_alt") or "").strip():
            self.add_error(
                "image_alt", _("Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist.")
            )
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("Das Ende darf nicht vor dem Beginn liegen."))
        if self.action == ACTION_SUBMIT:
            for name, _label in SECTIONS:
                if not (cleaned.get(name) or "").strip() and name not in self.errors:
                    self.add_error(
                        name, _("Bitte füllen Sie diesen Abschnitt aus, bevor Sie einreichen.")
                    )
        return cleaned


def initial_from_page(page: CaseStudyPage) -> dict:
    """What a draft holds, as the form's initial values, to continue editing it."""
    # serializable_value gives the programme's id, as the form's choice, without loading it.
    initial = {name: page.serializable_value(name) for name in SUBMITTED_FIELDS}
    initial["kommunen"] = [kommune.pk for kommune in page.kommunen.all()]
    initial["handlungsfelder"] = [feld.pk for feld in page.handlungsfelder.all()]
    initial["tags"] = ", ".join(tag.name for tag in page.tags.all())
    for name, _label in SECTIONS:
        initial[name] = rich_text_to_text(getattr(page, name))
    return initial


class RatingForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("Wie nützlich ist dieses Praxisbeispiel für Sie?"),
        choices=[(value, str(value)) for value in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie eine Bewertung von 1 bis 5.")},
    )


class WantTooForm(forms.Form):
    kommune = forms.ModelChoiceField(
        label=_("Für welche Kommune?"),
        queryset=Kommune.objects.none(),
        error_messages={"invalid_choice": _("Für diese Kommune können Sie nicht sprechen.")},
    )
    message = forms.CharField(
        label=_("Nachricht an die Ansprechperson"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Zum Beispiel, was Sie vorhaben und wann Sie starten möchten."),
    )

    def __init__(self, *args, kommunen=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kommune"].queryset = (
            kommunen if kommunen is not None else Kommune.objects.none()
        )
