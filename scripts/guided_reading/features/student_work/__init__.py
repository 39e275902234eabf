"""Student work: My work (everything saved on this device), the teacher's hand-in page and assignments."""
from __future__ import annotations

from ...core.context import Checking, ReadingContext
from ...core.feature import Feature
from ...core.figures import judge_first
from ...core.handle import Handle
from ...core.page import FOR_TEACHERS, Page
from ...core.page_asset import ON_PAGE, WORK_STORE, PageAsset
from ...core.shared import FIGURES, QUIZZES, STUDENT_WORK, WRITING
from .pages import assign_page, assignment_page, hand_in_page, my_work_page


class StudentWork(Feature[None, bool]):
    handle: Handle[bool] = STUDENT_WORK
    assets = ("assets/work-file.js", "assets/work-store.js", "assets/student-files.css", "assets/student-work.css", "assets/on-page.js",
              # linked by its pages' own content (pages.py)
              "assets/my-work.js", "assets/feedback.js", "assets/hand-in.js", "assets/assign.js", "assets/assignment.js")
    page_assets = (
        # My work, Hand-in and an assignment each carry their own script in their content (my-work.js,
        # feedback.js, hand-in.js, assignment.js), which runs after these. Work files are made and opened
        # (work-file.js) only on My work and Hand-in.
        PageAsset(('class="my-work', 'class="hand-in'), js=(ON_PAGE, WORK_STORE, "assets/work-file.js")),
        PageAsset(('class="assignment',), js=(ON_PAGE, WORK_STORE)),
        PageAsset(('class="my-work', 'class="hand-in', 'class="assign-form', 'class="assignment-code'), css=("assets/student-files.css",)),
    )
    renderers = ("pages",)
    after = (FIGURES, QUIZZES, WRITING)

    def check(self, ctx: Checking) -> bool | None:
        """Quizzes, written prompts or figures to judge first: work a student can save and hand in."""
        judged = any(judge_first(p.figure) for p in FIGURES.state(ctx) or [])
        return True if QUIZZES.state(ctx) or WRITING.state(ctx) or judged else None

    def pages(self, ctx: ReadingContext, state: bool) -> list[Page]:
        return [
            Page(f"{ctx.slug}/my-work.md", my_work_page(ctx), "My work"),
            Page(f"{ctx.slug}/hand-in.md", hand_in_page(ctx), "Hand-in", FOR_TEACHERS),
            Page(f"{ctx.slug}/assign.md", assign_page(ctx), "Make an assignment", FOR_TEACHERS),
            Page(f"{ctx.slug}/assignment.md", assignment_page(ctx), None),
        ]


FEATURE = StudentWork()
