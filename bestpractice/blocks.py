"""StreamField blocks of case study pages: the portal's shared blocks plus key figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import BaseStreamBlock


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Wert"), max_length=30, help_text=_("z. B. „−40 %“"))
    label = blocks.CharBlock(label=_("Bedeutung"), max_length=120)

    class Meta:
        icon = "pick"
        label = _("Kennzahl")


class KeyFiguresBlock(blocks.StructBlock):
    """A few measured results side by side: figures are what other Kommunen ask for first."""

    heading = blocks.CharBlock(label=_("Überschrift"), max_length=120, required=False)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Kennzahlen"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        label = _("Kennzahlen")
        template = "bestpractice/blocks/key_figures_block.html"
        preview_value = {
            "heading": "Ergebnisse nach einem Jahr",
            "figures": [
                {"value": "−40 %", "label": "Bearbeitungszeit je Antrag"},
                {"value": "2.300", "label": "Online-Anträge im ersten Jahr"},
            ],
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"), max_length=600)
    author = blocks.CharBlock(label=_("Wer sagt das?"), max_length=150)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "bestpractice/blocks/quote_block.html"
        preview_value = {
            "text": "Ohne die Kolleginnen aus dem Bürgerbüro hätten wir das nie geschafft.",
            "author": "Digitallotsin einer Kreisstadt",
        }


class CaseStudyStreamBlock(BaseStreamBlock):
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
