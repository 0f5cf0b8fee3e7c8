"""StreamField blocks of lessons: the shared content blocks plus video, download and quiz.

A quiz lives in a lesson's body as a block. Its block id is the quiz's key; questions and
choices are list items whose ids are stable across edits, so attempts keep pointing at the
same choices. Correct flags and feedback are read only by the grading service on the server.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from core.blocks import BaseStreamBlock


class VideoBlock(blocks.StructBlock):
    """A video from an embed provider; the transcript is required, because not everyone can
    hear or watch it (WCAG 1.2.1/1.2.3)."""

    title = blocks.CharBlock(label=_("Titel"), max_length=150)
    video = EmbedBlock(label=_("Video-Adresse"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transkript"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "media"
        label = _("Video mit Transkript")
        template = "learning/blocks/video_block.html"
        preview_value = {
            "title": "Was das OZG von Kommunen verlangt",
            "video": None,
            "transcript": "<p>Im Video erklärt eine Digitallotsin, welche Leistungen zuerst "
            "online gehen.</p>",
        }


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    description = blocks.CharBlock(label=_("Beschreibung"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Dokument zum Herunterladen")
        template = "learning/blocks/download_block.html"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Antwort"), max_length=300)
    correct = blocks.BooleanBlock(label=_("richtig"), required=False)
    feedback = blocks.TextBlock(
        label=_("Rückmeldung"),
        required=False,
        help_text=_("Wird nach dem Absenden gezeigt, wenn diese Antwort gewählt wurde."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Antwortmöglichkeit")


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    CHOICES = [(SINGLE, _("Eine Antwort ist richtig")), (MULTIPLE, _("Mehrere Antworten"))]


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Frage"), max_length=500)
    kind = blocks.ChoiceBlock(label=_("Art"), choices=QuestionKind.CHOICES, default="single")
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Antworten"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Frage")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(_("Markieren Sie mindestens eine richtige Antwort."))
                }
            )
        if value["kind"] == QuestionKind.SINGLE and correct > 1:
            raise StructBlockValidationError(
                block_errors={
                    "kind": ValidationError(
                        _("Bei „Eine Antwort ist richtig“ darf nur eine Antwort richtig sein.")
                    )
                }
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=150, default=_("Wissenscheck"))
    intro = blocks.TextBlock(label=_("Einleitung"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Fragen"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Quiz")
        template = "learning/blocks/quiz_block.html"
        preview_value = {
            "title": "Wissenscheck",
            "intro": "Prüfen Sie Ihr Wissen.",
            "questions": [
                {
                    "text": "Wofür steht OZG?",
                    "kind": "single",
                    "choices": [
                        {"text": "Onlinezugangsgesetz", "correct": True, "feedback": ""},
                        {"text": "Ortszuständigkeitsgesetz", "correct": False, "feedback": ""},
                    ],
                }
            ],
        }


class LessonStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    download = DownloadBlock()
    quiz = QuizBlock()
