"""Every generated page of the site, with its place in the navigation."""
from __future__ import annotations

from ..core.context import ReadingContext
from ..core.markup import title_text
from ..core.page import FOR_TEACHERS, Page
from ..lms import lms_pages
from .library import Listing, library_page, listing
from .reading_pages import about_page, full_text_page, home_page, part_page


def reading_pages(ctx: ReadingContext) -> list[Page]:
    slug = ctx.slug
    pages = [Page(f"{slug}/index.md", home_page(ctx), "Overview")]
    for index, part in enumerate(ctx.parts):
        pages.append(Page(f"{slug}/{part.id}.md", part_page(ctx, index), f"{index + 1}. {part.title}"))
    pages.append(Page(f"{slug}/full-text.md", full_text_page(ctx), "Full text"))
    pages.extend(ctx.feature_pages())
    pages.extend(lms_pages(ctx))
    pages.append(Page(f"{slug}/about.md", about_page(ctx), "About this text"))
    return pages


def site_pages(readings: list[ReadingContext]) -> list[Page]:
    """Every page of the site: the home page, then each reading's pages."""
    pages = [page for ctx in readings for page in reading_pages(ctx)]
    return [Page("index.md", library_page([listing(ctx, reading_nav(ctx, pages)) for ctx in readings]), None), *pages]


def nav_title(ctx: ReadingContext) -> str:
    """A reading's name in the navigation: its short title, or its title up to a colon, at most six words."""
    meta = ctx.edition.meta
    if meta.short_title:
        return meta.short_title
    words = meta.title.split(":")[0].split()
    return " ".join(words[:6]).rstrip(",;.…") + ("…" if len(words) > 6 else "")


def reading_nav(ctx: ReadingContext, pages: list[Page]) -> dict[str, list[object]]:
    """A reading's section of the navigation: the students' path (overview, parts, full text, …) first;
    the pages for teachers follow in a group of their own."""
    prefix = f"{ctx.slug}/"
    mine = [p for p in pages if p.path.startswith(prefix) and p.nav_title]
    section: list[object] = [{title_text(p.nav_title or ""): p.path} for p in mine if p.section is None]
    groups: dict[str, list[object]] = {}
    for p in mine:
        if p.section is not None:
            groups.setdefault(p.section, []).append({title_text(p.nav_title or ""): p.path})
    section.extend({name: items} for name, items in groups.items())
    return {title_text(nav_title(ctx)): section}


AUTHORING = {"Authoring guide": "authoring.md"}


def nav(readings: list[Listing]) -> list[object]:
    """The `nav:` of mkdocs.yml: home, one section per reading, then the site's own pages.

    The authoring guide is listed once: with one reading, at the end of its group for teachers, where a
    teacher looks for it; with several, after "Get help", rather than once in every reading's group.
    """
    sections = [item.nav for item in readings]
    if len(readings) == 1:
        (title, section), = sections[0].items()
        teachers = [entry for entry in section if isinstance(entry, dict) and FOR_TEACHERS in entry]
        rest = [entry for entry in section if entry not in teachers]
        group = [*(teachers[0][FOR_TEACHERS] if teachers else []), AUTHORING]
        sections = [{title: [*rest, {FOR_TEACHERS: group}]}]
    return [{"Home": "index.md"}, *sections, {"Get help": "help.md"}, *([AUTHORING] if len(readings) > 1 else [])]
