"""German text handling shared by the backends: folding, tokens, a light stemmer, snippets.

Folding maps ä/ö/ü to a/o/u and ß to ss on both sides (index and query), so "Strasse" finds
"Straße" and "Munchen" finds "München"; PostgreSQL's `german` snowball stemmer ends with the
same mapping. The spelling with a digraph ("Muenchen") is handled on the query side only, as
an alternative term, because folding "ue" to "u" everywhere would merge unrelated words
("Steuer", "neue").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.utils.html import escape

_FOLD_TABLE = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l"})
_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\w+", re.UNICODE)
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))

# Longest first; one suffix is stripped at most. "t" only after "er" (participles such as
# "gefördert", "digitalisiert"), because a bare trailing "t" is usually part of the stem.
_SUFFIXES = ("ungen", "ung", "ern", "ert", "em", "en", "er", "es", "e", "s", "n")
MIN_STEM = 4
# Participles "ge…t"/"ge…en" are indexed with and without "ge", so that "Förderung" finds
# "gefördert"; the query never strips "ge", so "Gewerbe" still finds "Gewerbegebiet".
_PARTICIPLE = re.compile(r"^ge([a-z]{4,}(?:t|et|en))$")

# Words that carry no meaning for a search; removed from queries, kept in the index.
STOPWORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "aber",
        "im",
        "in",
        "zu",
        "zur",
        "zum",
        "fur",
        "mit",
        "von",
        "vom",
        "auf",
        "an",
        "am",
        "als",
        "auch",
        "aus",
        "bei",
        "bis",
        "wie",
        "wir",
        "sie",
        "es",
        "ist",
        "sind",
        "wird",
        "werden",
        "nicht",
        "so",
        "nach",
        "uber",
        "unter",
        "durch",
        "dass",
        "ob",
        "sich",
        "noch",
        "nur",
        "man",
        "kann",
    ]
)


def fold(text: str) -> str:
    """Lower case, umlauts to their base vowel, ß to ss, accents removed."""
    text = text.casefold().translate(_FOLD_TABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> list[str]:
    """Folded ASCII words; everything else (operators, quotes, emoji, NUL) separates them."""
    return _TOKEN.findall(fold(text))


def query_tokens(text: str, limit: int = 12) -> list[str]:
    """The words of a query that are worth searching for, without repeats, at most `limit`."""
    seen: list[str] = []
    for token in tokens(text[:2000]):
        if token in STOPWORDS or len(token) > 40 or token in seen:
            continue
        seen.append(token)
    return seen[:limit]


def stem(token: str) -> str:
    """A light German stemmer: strips one inflectional suffix, never below four letters."""
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
            if suffix == "ert":
                return token[:-1]
            return token[: -len(suffix)]
    return token


def digraph_variant(token: str) -> str | None:
    """ "muenchen" -> "munchen": the umlaut typed as a digraph, folded like the index."""
    variant = token
    for digraph, vowel in _DIGRAPHS:
        variant = variant.replace(digraph, vowel)
    return variant if variant != token else None


def participle_stems(text_tokens: Iterable[str]) -> list[str]:
    """The forms without "ge" of participles, indexed as extra words."""
    return [match.group(1) for token in text_tokens if (match := _PARTICIPLE.match(token))]


def index_text(text: str) -> str:
    """Folded text with the extra participle forms, for PostgreSQL's `german` configuration."""
    words = tokens(text)
    return " ".join(words + participle_stems(words))


def stemmed_text(text: str) -> str:
    """Stems of every word and of the participle forms, for SQLite FTS5 (which has no German
    stemmer of its own)."""
    words = tokens(text)
    return " ".join(stem(word) for word in words + participle_stems(words))


def _matches(word: str, query_stems: list[str]) -> bool:
    folded = fold(word)
    candidates = {folded, stem(folded)}
    if match := _PARTICIPLE.match(folded):
        candidates.add(match.group(1))
    return any(c.startswith(q) for c in candidates for q in query_stems)


def highlight(text: str, query: str, words: int = 30) -> str:
    """An escaped excerpt of `text` around the first query word, matches in <mark>."""
    query_stems = []
    for token in query_tokens(query):
        query_stems.append(stem(token))
        if variant := digraph_variant(token):
            query_stems.append(stem(variant))
    parts = _WORD.split(text)
    found = _WORD.findall(text)
    if not found:
        return escape(text[: words * 8])
    first = next((i for i, w in enumerate(found) if _matches(w, query_stems)), 0)
    start = max(0, first - words // 3)
    end = min(len(found), start + words)
    pieces = []
    for index in range(start, end):
        word = found[index]
        marked = f"<mark>{escape(word)}</mark>" if _matches(word, query_stems) else escape(word)
        separator = parts[index + 1] if index + 1 < end else ""
        pieces.append(marked + escape(separator))
    excerpt = "".join(pieces).strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(found) else ""
    return f"{prefix}{excerpt}{suffix}"
