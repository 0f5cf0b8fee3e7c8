from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexEntry(models.Model):
    """One findable object in the database backend, built from a `SearchEntry`.

    Facet values are integer masks (see `search.facets`); the audience is a delimited list of
    tokens ("|public|members|") so that `LIKE '%|token|%'` filters on every database. On
    PostgreSQL `vector` holds the weighted `german` tsvector (GIN-indexed); on SQLite the
    FTS5 table `search_fts` (rowid = id) holds the stemmed words instead.
    """

    key = models.CharField(max_length=120, unique=True)
    type = models.CharField(max_length=40, db_index=True)
    object_pk = models.CharField(max_length=60)
    title = models.TextField()
    title_folded = models.TextField(default="")
    url = models.CharField(max_length=500)
    teaser = models.TextField(blank=True)
    tags = models.TextField(blank=True, help_text="|tag|tag| as displayed")
    tags_folded = models.TextField(blank=True, help_text="|tag|tag| folded, for autocomplete")
    body = models.TextField(blank=True)
    handlungsfelder_mask = models.IntegerField(default=0)
    laender_mask = models.IntegerField(default=0)
    phases_mask = models.IntegerField(default=0)
    audience = models.CharField(max_length=500)
    date = models.DateTimeField(null=True, blank=True)
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("Sucheintrag")
        verbose_name_plural = _("Sucheinträge")

    def __str__(self):
        return self.key


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
