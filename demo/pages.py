"""The legally required pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache) from
`content/seiten/`, and the footer links to them.

They are pages of the portal, which the demo app may not import; the portal registers the
seeder and hands over its page and footer models (`seed_content_pages`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from wagtail.models import Page, Site

from core.plugins import SeedContext

from .loader import MarkdownFile, markdown_files, read_yaml
from .seeding import CREATED, UNCHANGED, UPDATED, describe, home_page_for

# A paragraph of only "{{ name }}" stands for the building block `name` of bausteine.yaml.
BUILDING_BLOCK = re.compile(r"\A\{\{\s*(\w+)\s*\}\}\Z")


@cache
def content_pages() -> tuple[MarkdownFile, ...]:
    return tuple(markdown_files("seiten"))


def building_blocks() -> dict[str, tuple[str, object]]:
    return {name: stream_block(spec) for name, spec in read_yaml("seiten/bausteine.yaml").items()}


def stream_block(spec: dict) -> tuple[str, object]:
    """A block of the content files ({"absatz": html}, {"hinweis": {...}}) as StreamField
    data."""
    [(kind, value)] = spec.items()
    if kind == "absatz":
        return ("paragraph", value)
    if kind == "hinweis":
        return (
            "callout",
            {"kind": value.get("art", "info"), "title": value["titel"], "text": value["text"]},
        )
    raise ValueError(f"Unbekannter Baustein {kind!r} in den Demo-Seiten.")


def page_body(page: MarkdownFile, blocks: dict[str, tuple[str, object]]) -> list:
    """Headings become heading blocks, paragraphs paragraph blocks (one block may hold several
    HTML paragraphs on consecutive lines) or the building block they name."""
    body = []
    for kind, text in page.parts:
        if kind == "heading":
            body.append(("heading", {"text": text, "level": "h2"}))
        elif match := BUILDING_BLOCK.match(text):
            body.append(blocks[match[1]])
        else:
            body.append(("paragraph", text))
    return body


def seed_pages(home: Page, page_model: type[Page]) -> tuple[dict[str, Page], Counter]:
    pages: dict[str, Page] = {}
    tally: Counter = Counter()
    blocks = building_blocks()
    for spec in content_pages():
        page = home.get_children().filter(slug=spec.slug).first()
        if page is None:
            page = page_model(
                title=spec.meta["titel"],
                slug=spec.slug,
                introduction=spec.meta["einleitung"],
                body=page_body(spec, blocks),
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            tally[CREATED] += 1
        else:
            # Once the page exists the editors own its text; a new run must not overwrite it.
            tally[UNCHANGED] += 1
        pages[spec.slug] = page
    return pages, tally


def seed_footer_links(footer, pages: dict[str, Page]) -> str:
    """Fill the footer links that are still empty; links an editor chose stay as they are.
    A page's "fusszeile" names the footer link it fills."""
    targets = {
        spec.meta["fusszeile"]: spec.slug for spec in content_pages() if "fusszeile" in spec.meta
    }
    missing = [field for field in targets if getattr(footer, f"{field}_id") is None]
    if not missing:
        return UNCHANGED
    for field in missing:
        setattr(footer, field, pages[targets[field]])
    footer.save(update_fields=missing)
    return UPDATED


def seed_content_pages(context: SeedContext, page_model: type[Page], footer_model) -> None:
    """The seeder the portal registers: `page_model` is its plain content page, `footer_model`
    the site setting holding the footer links."""
    home = home_page_for(page_model)
    pages, tally = seed_pages(home, page_model)
    context.write(f"  Inhaltsseiten:   {describe(tally)}")
    footer = seed_footer_links(footer_model.for_site(default_site()), pages)
    footer_text = "ergänzt" if footer == UPDATED else "bereits gesetzt"
    context.write(f"  Fußzeilen-Links: {footer_text}")


def default_site() -> Site:
    return Site.objects.get(is_default_site=True)
