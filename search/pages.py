"""What the search types of Wagtail pages have in common: the live pages are the candidates,
a page nobody may find gets no entry, and every entry names the page the same way."""

from .registry import SearchEntry, SearchType, findable_page


class PageSearchType(SearchType):
    """Subclasses set `name`, `label`, `model` and what to prefetch, and build the entry of a
    findable page in `page_entry`."""

    prefetch: tuple[str, ...] = ()

    def get_queryset(self):
        return self.model.objects.live().prefetch_related(*self.prefetch)

    def entry_for(self, page) -> SearchEntry | None:
        if not findable_page(page):
            return None
        return self.page_entry(page)

    def page_entry(self, page) -> SearchEntry | None:
        raise NotImplementedError

    def entry(self, page, **fields) -> SearchEntry:
        """The entry of `page` with its type, key, title and address filled in."""
        return SearchEntry(
            type=self.name, pk=str(page.pk), title=page.title, url=page.url or "", **fields
        )
