"""The teachers' page that offers the downloads: what each file carries, how to import it, what stays
on the site. The files themselves are written beside it (lms/<file>)."""
from __future__ import annotations

from ..core.blocks import content_note, page_meta
from ..core.context import ReadingContext
from .model import Reading
from .package import Export

FOLDER = "lms"

CARRIES = {
    "Common Cartridge 1.3": "one module: the quizzes with feedback on every option, the written prompts as assignments "
    "(what a strong answer covers as the marking notes), the discussion questions as topics, and links to the parts and the full text",
    "Canvas QTI zip": "the quizzes only, with Canvas's question types and feedback on every option",
    "Moodle XML": "the quizzes as multiple-choice questions with feedback on every option, and the written prompts as "
    "essay questions whose grader information lists what a strong answer covers",
    "GIFT": "the quizzes only, as plain text that Moodle (and several other systems) import; handy for editing",
}


def _size(data: bytes) -> str:
    return f"{max(1, round(len(data) / 1000))} KB"


def lms_page(ctx: ReadingContext, reading: Reading, files: list[Export]) -> str:
    rows = ["| File | What it carries |", "|---|---|"]
    for export in files:
        rows.append(f"| [{export.label}]({FOLDER}/{export.name}) ({_size(export.data)}) | {CARRIES[export.label]} |")
    quizzes = sum(len(q.items) for q in reading.quizzes)
    links = (
        "The cartridge links to each part and to the full text on this site's web address."
        if reading.links else
        "This copy of the site was built without a web address (`SITE_URL`), so the cartridge holds no links to the "
        "reading's pages: add a link to the reading by hand, or ask for a copy built with its address."
    )
    return (
        page_meta(ctx, "Use this reading in your LMS", "Files that take this reading's quizzes, prompts and discussion "
                  "questions into Canvas, Moodle, Schoology, Blackboard or another learning management system.")
        + "# Use this reading in your LMS\n\n"
        + content_note(ctx)
        + "These files put the reading's questions into your school's own learning management system, so that scores "
        "land in its gradebook. No account here is needed and nothing is sent anywhere: you download a file and "
        "import it. The reading itself stays on this site.\n\n"
        f"The files hold {len(reading.quizzes)} quizzes ({quizzes} questions), {len(reading.prompts)} written prompts "
        f"and {len(reading.topics)} discussion questions.\n\n"
        + "\n".join(rows) + "\n\n"
        f"{links}\n\n"
        "## Importing\n\n"
        "- **Canvas**: *Settings → Import course content*. Choose *Common Cartridge 1.x Package* for the `.imscc` file, "
        "or *QTI .zip file* for the quizzes alone.\n"
        "- **Moodle**: for the whole module, *Course reuse → Restore* takes the `.imscc` file. For the questions alone, "
        "*Question bank → Import*, with the format *Moodle XML* or *GIFT*.\n"
        "- **Schoology, Blackboard, Brightspace**: import the `.imscc` file as a Common Cartridge.\n\n"
        "Every option keeps the order and letter it has on this site, so \"B\" means the same in class, on paper and in "
        "the LMS. A \"choose all that apply\" question scores only when exactly the right options are chosen "
        "(Moodle gives part marks, and takes them back for a wrong tick).\n\n"
        "## What stays on the site\n\n"
        "- the text itself, its plain versions, the glossary and the key-figure notes;\n"
        "- judging a figure before seeing the note (the LMS has no such step);\n"
        "- \"See it in the text\", which jumps to the sentence and marks it: the LMS feedback names the paragraph and "
        "quotes the words instead, with a link when the site has a web address;\n"
        "- first-try scores, drafts and revisions as My work keeps them: the LMS counts attempts its own way.\n"
    )
