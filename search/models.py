from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """One findable object in the database backend, built from a `SearchEntry`: what a hit
    shows (title, URL, snippet text) and what autocomplete reads. Matching, filtering,
    counting and ranking read only the narrow `IndexMatch` row of the entry."""

    key = models.CharField(max_length=120, unique=True)
    object_pk = models.CharField(max_length=60)
    title = models.TextField()
    title_folded = models.TextField(default="")
    url = models.CharField(max_length=500)
    teaser = models.TextField(blank=True)
    tags = models.TextField(blank=True, help_text="|tag|tag| as displayed")
    tags_folded = models.TextField(blank=True, help_text="|tag|tag| folded, for autocomplete")
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")

    def __str__(self):
        return self.key


class IndexMatch(models.Model):
    """The narrow half of an index entry: everything a query touches for every matching
    entry, so that ten thousand matches are a few hundred pages, not the whole text.

    Facet values are integer masks (see `search.facets`); the audience is a delimited list of
    tokens ("|public|members|") so that `LIKE '%|token|%'` filters on every database. On
    PostgreSQL `vector` holds the `german` tsvector of all the text, stripped of positions
    and weights (it only matches; GIN-indexed), and `head` the weighted one of title (A),
    teaser and tags (B) that ranks; on SQLite the FTS5 table `search_fts` (rowid = entry id)
    holds the stemmed words instead and both stay empty.
    """

    entry = models.OneToOneField(
        IndexEntry, on_delete=models.CASCADE, primary_key=True, related_name="match"
    )
    type = models.CharField(max_length=40)
    handlungsfelder_mask = models.IntegerField(default=0)
    laender_mask = models.IntegerField(default=0)
    phases_mask = models.IntegerField(default=0)
    audience = models.CharField(max_length=500)
    date = models.DateTimeField(null=True, blank=True)
    head = SearchVectorField(null=True, editable=False)
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("Suchtreffer-Merkmale")
        verbose_name_plural = _("Suchtreffer-Merkmale")

    def __str__(self):
        return str(self.entry_id)


class Term(models.Model):
    """The vocabulary of titles, teasers and tags, for typo correction ("Meinten Sie …?").

    Words are only added; a full rebuild starts the vocabulary afresh. A correction is only
    offered when it finds something the person may see, so a word from restricted content
    never shows up as a suggestion.
    """

    folded = models.CharField(max_length=60, primary_key=True)
    word = models.CharField(max_length=60)

    class Meta:
        verbose_name = _("Suchbegriff")
        verbose_name_plural = _("Suchbegriffe")

    def __str__(self):
        return self.word
