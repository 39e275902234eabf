"""Every generated page of the site, with its place in the navigation."""
from __future__ import annotations

from dataclasses import dataclass

from .context import ReadingContext
from .render.library import library_page
from .render.pages import about_page, full_text_page, home_page, part_page


@dataclass(frozen=True)
class Page:
    path: str  # relative to docs/
    markdown: str
    nav_title: str | None  # None: reachable by links only


def reading_pages(ctx: ReadingContext) -> list[Page]:
    slug = ctx.slug
    pages = [Page(f"{slug}/index.md", home_page(ctx), "Overview")]
    for index, part in enumerate(ctx.parts):
        pages.append(Page(f"{slug}/{part.id}.md", part_page(ctx, index), f"{index + 1}. {part.title}"))
    pages.append(Page(f"{slug}/full-text.md", full_text_page(ctx), "Full text"))
    pages.append(Page(f"{slug}/about.md", about_page(ctx), "About this text"))
    return pages


def site_pages(readings: list[ReadingContext]) -> list[Page]:
    pages = [Page("index.md", library_page(readings), None)]
    for ctx in readings:
        pages.extend(reading_pages(ctx))
    return pages


def nav(readings: list[ReadingContext], pages: list[Page]) -> list[object]:
    """The `nav:` of mkdocs.yml: home, one section per reading, then the site's own pages."""
    entries: list[object] = [{"Home": "index.md"}]
    for ctx in readings:
        prefix = f"{ctx.slug}/"
        section = [{p.nav_title: p.path} for p in pages if p.path.startswith(prefix) and p.nav_title]
        entries.append({ctx.edition.meta.title.split(":")[0].strip(): section})
    entries.append({"Get help": "help.md"})
    return entries
