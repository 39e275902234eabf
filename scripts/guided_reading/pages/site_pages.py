"""Every generated page of the site, with its place in the navigation."""
from __future__ import annotations

from ..core.blocks import admonition, content_note, page_meta
from ..core.context import ReadingContext
from ..core.markup import md_text, title_text
from ..core.page import FOR_TEACHERS, Page
from ..lms import lms_pages
from .library import Listing, library_page, listing
from .reading_pages import about_page, full_text_page, home_page, part_page

# The teachers' area: each reading's pages for teachers, in a tab of their own, away from the students' path.
TEACHERS_AREA = "Teachers' area"
AREA_FILE = "teachers.md"
# What each page for teachers is for, as the teachers' area lists it (by file name).
AREA_LINES = {
    "teacher.md": "objectives, lesson plans, discussion questions and the claims to weigh",
    "answer-key.md": "every quiz answer with its explanation, and what a strong written answer covers",
    "hand-in.md": "open the work files students save, see their scores and export them as a spreadsheet",
    "assign.md": "choose parts and questions and share them with a class as a link",
    "handout.md": "the op-ed with its glossary, to print",
    "worksheet.md": "blank grids and the written tasks, to print",
    "lms.md": "the quizzes as files for Canvas, Moodle and other learning platforms",
}
NO_LOCK = (
    "These pages are kept out of the students' way, not out of their reach. There are no accounts and no passwords: "
    "anyone with the address, or with the offline copy of the site, can open every page here, the answer key included. "
    "Students who follow the parts, the quizzes and My work are never sent through this area."
)


def teachers_area_page(ctx: ReadingContext, teachers: list[Page]) -> str:
    """The entry to a reading's pages for teachers: what each is for, and that none of it is locked."""
    title = ctx.edition.meta.title
    prefix = f"{ctx.slug}/"
    lines = "".join(
        f"- [{md_text(p.nav_title or '')}]({p.path.removeprefix(prefix)})"
        + (f": {AREA_LINES[p.path.removeprefix(prefix)]}" if p.path.removeprefix(prefix) in AREA_LINES else "")
        + "\n"
        for p in teachers
    )
    return (
        page_meta(ctx, f"{TEACHERS_AREA}: {title}", f"The pages for teachers of the reading {title}.")
        + f"# {TEACHERS_AREA}\n\n"
        + content_note(ctx)
        + f"The pages for teachers of *{md_text(title)}*. The students' way through the reading ([its home](index.md), "
        "the parts and the final quiz) never passes through them.\n\n"
        + admonition("info", "Nothing here is a lock", NO_LOCK, "teacher-note")
        + "\n"
        + lines
    )


def reading_pages(ctx: ReadingContext) -> list[Page]:
    slug = ctx.slug
    features = [*ctx.feature_pages(), *lms_pages(ctx)]
    teachers = [p for p in features if p.section == FOR_TEACHERS]
    home = home_page(ctx)
    if teachers:
        # The reading's home sends teachers to their area rather than to single pages of it.
        area = f"[teachers' area]({AREA_FILE})"
        line = f"For teachers: the {area}, with the teacher's guide, the answer key, the hand-in page and the printable handout."
        old = next((x for x in home.splitlines() if x.startswith("- For teachers:")), None)
        home = home.replace(old, f"- {line}") if old else home + f"\n- {line}\n"
    pages = [Page(f"{slug}/index.md", home, "Overview")]
    for index, part in enumerate(ctx.parts):
        pages.append(Page(f"{slug}/{part.id}.md", part_page(ctx, index), f"{index + 1}. {part.title}"))
    pages.append(Page(f"{slug}/full-text.md", full_text_page(ctx), "Full text"))
    if teachers:
        pages.append(Page(f"{slug}/{AREA_FILE}", teachers_area_page(ctx, teachers), TEACHERS_AREA, FOR_TEACHERS))
    pages.extend(features)
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
    """The `nav:` of mkdocs.yml: home, one section per reading (the students' path only), the teachers'
    areas, then help.

    Each reading's pages for teachers leave its section for a top-level section of their own: with
    navigation.tabs (and partials/tabs.html, which draws only the current page's section) that is a tab
    a student's page never shows, so a student's sidebar never lists the answer key. With one reading
    the section is "For teachers" and the authoring guide closes it; with several, each reading has
    "For teachers: <its title>" and the guide is listed once, after "Get help".
    """
    students: list[object] = []
    teachers: list[object] = []
    single = len(readings) == 1
    for item in readings:
        (title, section), = item.nav.items()
        groups = [entry for entry in section if isinstance(entry, dict) and FOR_TEACHERS in entry]
        students.append({title: [entry for entry in section if entry not in groups]})
        for group in groups:
            pages = [*group[FOR_TEACHERS], *([AUTHORING] if single else [])]
            teachers.append({FOR_TEACHERS if single else f"{FOR_TEACHERS}: {title}": pages})
    if single and not teachers:
        teachers.append({FOR_TEACHERS: [AUTHORING]})
    return [{"Home": "index.md"}, *students, *teachers, {"Get help": "help.md"}, *([] if single else [AUTHORING])]
