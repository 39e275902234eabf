"""Pages for student work: My work (students), Hand-in and Make an assignment (teachers), and the
assignment page a teacher's link opens. Their scripts read the reading's catalog (student_work.py)."""
from __future__ import annotations

from typing import Any

from ...core.blocks import content_note, page_meta
from ...core.context import ReadingContext
from ...core.markup import html_text, script_json
from ...core.quiz import FINAL
from ...core.quiz_html import quiz_html
from ...core.shared import QUIZZES, WRITING
from ...core.slot import Slot
from ...core.written import written_box
from .catalog import catalog, quiz_order

NEEDS_SCRIPT = (
    '<p class="work-needs-script">This page works in the browser: it needs JavaScript, which is switched off here. '
    "Everything else in the reading works without it.</p>"
)


def _catalog_block(ctx: ReadingContext, teacher: bool) -> str:
    return f'<script type="application/json" class="work-catalog">{script_json(catalog(ctx, teacher))}</script>'


def _script(name: str) -> str:
    return f'<script defer src="../assets/{name}"></script>\n'


def my_work_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    return (
        page_meta(ctx, f"My work: {title}", f"Your answers to {title}, gathered on one page to print, save to a file, or load on another computer.",
                  hide=["toc"])
        + "# My work\n\n"
        + content_note(ctx)
        + "Everything you write and answer in this reading is gathered here: your written answers, your quiz answers "
        "and scores, and the predictions you made before opening a key figure. It is kept in this browser on this "
        "device only. Nothing leaves it unless you save it to a file.\n\n"
        + "- **Print** it, or **save it to a file** to hand in or to carry to another computer.\n"
        + "- **Load a saved file** to carry on where you left off. What is new in the file is added to the work kept here; "
        "where the file and this device hold different answers, the page shows both and asks which to keep, and a load "
        "can be undone.\n"
        + "- **Open your teacher's feedback**: the file your teacher gives back shows their ticks and comments beside "
        "your answers.\n\n"
        + '<div class="my-work">'
        + NEEDS_SCRIPT
        + '<div class="work-assignment" hidden></div>'
        + '<p class="work-name"><label for="work-name">Your name</label> '
        '<input type="text" id="work-name" autocomplete="name" maxlength="120" disabled></p>'
        + '<p class="work-actions" hidden>'
        '<button type="button" class="md-button work-print">Print</button> '
        '<button type="button" class="md-button md-button--primary work-save">Save to a file</button> '
        '<label class="md-button work-load-label" for="work-load">Load a saved file</label>'
        '<input type="file" id="work-load" class="work-load" accept=".json,application/json"></p>'
        + '<p class="work-status" role="status" aria-live="polite"></p>'
        + FEEDBACK_OPEN
        + '<div class="work-body"></div>'
        + _catalog_block(ctx, teacher=False)
        + "</div>\n\n"
        + "".join(f"{section}\n\n" for section in ctx.sections(Slot.MY_WORK))
        + _script("my-work.js")
        + _script("feedback.js")
    )


FEEDBACK_OPEN = (
    '<div class="work-feedback" hidden>'
    '<p class="work-feedback-actions"><label class="md-button work-feedback-label" for="work-feedback-file">'
    "Open your teacher’s feedback</label>"
    '<input type="file" id="work-feedback-file" class="work-feedback-file" accept=".json,application/json"> '
    '<button type="button" class="md-button work-feedback-remove" hidden>Remove the feedback</button></p>'
    '<p class="work-feedback-status" role="status" aria-live="polite"></p>'
    '<div class="work-feedback-overall" hidden></div></div>'
)


def _report_data(ctx: ReadingContext) -> str:
    """What Hand-in's class report needs beyond the catalog: each question's skill, and why each wrong option is wrong."""
    quizzes = QUIZZES.state(ctx) or {}
    data = {
        quiz_id: {
            placed.question.id: {
                "skill": placed.question.skill,
                "why": [None if c.correct else (c.why or placed.question.explanation) for c in placed.choices],
            }
            for placed in quizzes[quiz_id].questions
        }
        for quiz_id in quiz_order(ctx)
    }
    return f'<script type="application/json" class="hand-in-report-data">{script_json(data)}</script>'


TEACHER_NOTE = (
    "Nothing on the teacher's pages is a lock: a student who opens this page or the answer key can read them. "
    "They are kept out of the students' path through the reading, not hidden."
)


def hand_in_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    return (
        page_meta(ctx, 
            f"Hand-in: {title}",
            f"Open the work files your students saved from {title}: a class table, marking and feedback, a class report and a CSV.",
            search={"exclude": True},
            robots="noindex",
            hide=["toc"],
        )
        + "# Hand-in\n\n"
        + content_note(ctx)
        + "Students save their work from **My work** as a file and give it to you (by e-mail, a shared folder or a USB "
        "stick). Open all the files at once here, with your marking file if you saved one. They are read by this "
        "browser only: nothing is uploaded, and nothing is kept after you close the page, so save your marking "
        "before you close it.\n\n"
        + f"{TEACHER_NOTE}\n\n"
        + '<div class="hand-in">'
        + NEEDS_SCRIPT
        + '<div class="hand-in-drop" hidden><p><strong>Drop the students’ files here</strong>, or '
        '<label class="md-button" for="hand-in-files">choose files</label>'
        '<input type="file" id="hand-in-files" class="hand-in-files" multiple accept=".json,application/json"></p></div>'
        + '<div class="hand-in-messages" role="status" aria-live="polite"></div>'
        + '<p class="hand-in-actions" hidden>'
        '<button type="button" class="md-button hand-in-print">Print the class report</button> '
        '<button type="button" class="md-button md-button--primary hand-in-csv">Export CSV</button> '
        '<button type="button" class="md-button hand-in-save-marks">Save marking</button> '
        '<button type="button" class="md-button hand-in-feedback-all">Save feedback files</button> '
        '<button type="button" class="md-button hand-in-clear">Clear</button></p>'
        + '<div class="hand-in-results"></div>'
        + _catalog_block(ctx, teacher=True)
        + _report_data(ctx)
        + "</div>\n\n"
        + "".join(f"{section}\n\n" for section in ctx.sections(Slot.HAND_IN))
        + _script("hand-in.js")
    )


def _check(kind: str, value: str, label: str, part: str = "") -> str:
    data_part = f' data-part="{html_text(part)}"' if part else ""
    return (
        f'<label class="assign-choice"><input type="checkbox" class="assign-pick" data-kind="{kind}"{data_part} '
        f'value="{html_text(value)}"> {label}</label>'
    )


def assign_page(ctx: ReadingContext) -> str:
    title = ctx.edition.meta.title
    data = catalog(ctx)
    quizzes = {q["id"]: q for q in data["quizzes"]}
    written: dict[str, list[dict[str, Any]]] = {}
    for w in data["written"]:
        written.setdefault(w["part"], []).append(w)
    groups = []
    for number, part in enumerate(data["parts"], start=1):
        head = _check("parts", part["id"], f"<strong>Read part {number}: {html_text(part['title'])}</strong> ({part['span']})")
        groups.append((part["id"], head))
    if FINAL in quizzes or FINAL in written:
        groups.append((FINAL, "<strong>Final quiz: on the whole op-ed</strong>"))
    blocks = []
    for part_id, head in groups:
        inner = []
        for q in quizzes.get(part_id, {}).get("questions", []):
            inner.append(_check("questions", q["id"], f"Question: {html_text(q['prompt'])}", part_id))
        for w in written.get(part_id, []):
            inner.append(_check("prompts", w["id"], f"Write: {html_text(w['prompt'])}", part_id))
        blocks.append(f'<fieldset class="assign-group" data-group="{part_id}"><legend>{head}</legend>{"".join(inner)}</fieldset>')
    return (
        page_meta(ctx, 
            f"Make an assignment: {title}",
            f"Choose parts, questions and written prompts of {title} and get a link for your students.",
            search={"exclude": True},
            robots="noindex",
        )
        + "# Make an assignment\n\n"
        + content_note(ctx)
        + "Tick what students should do. Ticking a part to read also ticks its questions and prompts; untick any you "
        "do not want. The link carries your choice in its address, so no account or server is needed. It is relative "
        "to this reading: it works on the website and from the offline download.\n\n"
        + f"{TEACHER_NOTE}\n\n"
        + '<form class="assign-form">'
        + NEEDS_SCRIPT
        + "".join(blocks)
        + '<p class="assign-due"><label for="assign-due">Due-date line (optional)</label> '
        '<input type="text" id="assign-due" maxlength="120" placeholder="Hand in by Friday"></p>'
        + '<div class="assign-result" hidden><p><label for="assign-link">Link for your students</label> '
        '<input type="text" id="assign-link" class="assign-link" readonly></p>'
        '<p><button type="button" class="md-button assign-copy">Copy the link</button> '
        '<a class="md-button assign-open" href="assignment.html">Open it as a student would</a></p>'
        '<p class="assign-status" role="status" aria-live="polite"></p></div>'
        + "</form>\n\n"
        + _script("assign.js")
    )


def assignment_page(ctx: ReadingContext) -> str:
    """What a student sees from a teacher's link: only the chosen parts, questions and prompts."""
    title = ctx.edition.meta.title
    data = catalog(ctx)
    quizzes = QUIZZES.state(ctx) or {}
    writing = WRITING.state(ctx) or {}
    part_titles = {p.id: p.title for p in ctx.parts} | {FINAL: "The whole op-ed"}
    blocks = []
    for quiz_id in quiz_order(ctx):
        blocks.append(
            f'<div class="assign-block assign-quiz" data-quiz-id="{quiz_id}" hidden><h3>Questions: {html_text(part_titles[quiz_id])}</h3>'
            + quiz_html(quizzes[quiz_id], f"{ctx.slug}/{quiz_id}", "assignment")
            + "</div>"
        )
    for part in [p.id for p in ctx.parts] + [FINAL]:
        for placed in writing.get(part, []):
            blocks.append(
                f'<div class="assign-block assign-written" data-prompt-id="{placed.prompt.id}" hidden>'
                f"<h3>Write: {html_text(part_titles[part])}</h3>{written_box(ctx, placed, 'assignment')}</div>"
            )
    parts = "".join(
        f'<li data-part-id="{p["id"]}" hidden><a href="{p["href"]}">Part {n}: {html_text(p["title"])}</a> ({p["span"]})</li>'
        for n, p in enumerate(data["parts"], start=1)
    )
    return (
        page_meta(ctx, f"Assignment: {title}", f"An assignment on {title}, set by your teacher.")
        + "# Your assignment\n\n"
        + content_note(ctx)
        + '<div class="assignment" data-reading="' + html_text(ctx.slug) + '">'
        + NEEDS_SCRIPT
        + '<p class="assignment-empty" hidden>This page shows an assignment when you open it from the link your '
        'teacher gives you. Without one, start from the <a href="index.html">reading\'s home</a>.</p>'
        + '<p class="assignment-due" hidden></p>'
        + '<div class="assignment-read" hidden><h2 id="assignment-read">Read</h2><ul>' + parts + "</ul></div>"
        + '<div class="assignment-tasks">' + "".join(blocks) + "</div>"
        + '<p class="assignment-done" hidden>When you have finished, open <a href="my-work.html">My work</a> to '
        "save your work to a file and hand it in. The file records this assignment.</p>"
        + "</div>\n\n"
        + _script("assignment.js")
    )
