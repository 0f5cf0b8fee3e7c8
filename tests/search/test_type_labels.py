"""The type filter names every type in the plural ("Kurse (1)", "Praxisbeispiele (11)"),
each hit its type in the singular."""

from search.facets import TYPE, facet_choices
from search.registry import registered_types


def test_every_type_has_a_singular_and_a_plural_label():
    for search_type in registered_types().values():
        assert search_type.label and search_type.label_plural
        assert str(search_type.label) != str(search_type.label_plural)


def test_the_type_filter_speaks_in_the_plural():
    labels = dict(facet_choices(TYPE))
    assert labels["course"] == "Kurse"
    assert labels == {
        name: str(search_type.label_plural) for name, search_type in registered_types().items()
    }
