"""`make reading`: copy a new op-ed into seeds/<slug>/ and draft its edition.yml from the text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from ..core.clean import Block, normalise_space
from ..core.edition_schema import SCHEMA_COMMENT
from ..core.errors import ReadingError
from ..core.load import read_source
from ..core.numbers import find_claims
from ..core.segment import split_sentences
from ..core.shared_schema import GlossaryEntry
from ..core.slug import slug_problem
from ..core.terms import TermMatcher
from ..core.text_policy import markdown_literal
from ..core.themes import slugify
from .candidates import candidate_terms
from .detect import Shape, detect_shape, is_paragraph


def mask_contacts(text: str) -> str:
    """Keep personal contact details out of the edition file, even in comments."""
    text = re.sub(r"[\w.+-]+@[\w-]+\.[\w.]+", "[e-mail address]", text)
    # Nine digits or more: a phone number, not a date such as 2025-03-03.
    return re.sub(r"\+?\d[\d ()-]{7,}\d", lambda m: "[phone number]" if sum(c.isdigit() for c in m.group(0)) >= 9 else m.group(0), text)


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _key(key: str, value: object, why: str | None, indent: int = 2) -> list[str]:
    """One key of the edition, with the reason for its value as a comment above it."""
    pad = " " * indent
    dumped = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1000).rstrip().splitlines()
    return ([f"{pad}# {mask_contacts(why)}"] if why else []) + [pad + line for line in dumped]


def _quote(text: str, length: int = 50) -> str:
    text = mask_contacts(text)
    if len(text) > 2 and text[0] in "“\"'‘" and text[-1] in "”\"'’":
        text = text[1:-1]  # a pull quote in its own quotation marks: quoted once, not twice
    return f"“{text[:length]}…”" if len(text) > length else f"“{text}”"


def _reading_notes(shape: Shape, lines: list[str]) -> list[str]:
    """What was read where, line by line: the decisions an editor confirms or changes."""
    notes = [f"layout: {shape.layout_why}"]
    for line, text, what in shape.front:
        notes.append(f"line {line}: {what or 'front matter'}: {_quote(text)}")
    if shape.body:
        first, last = shape.body[0].line, shape.body[-1].line
        notes.append(f"body: lines {first}–{last}, {len(shape.body) - len(shape.headings)} paragraphs and items"
                     f"{f', {len(shape.headings)} headings' if shape.headings else ''}")
    items = [b for b in shape.body if b.kind == "item"]
    if items:
        notes.append(f"list items: {len(items)}, on lines {', '.join(str(b.line) for b in items)}; each stays an item")
    asked = [b for b in shape.body if b.kind == "question"]
    if asked:
        notes.append(f"interview: {len(asked)} questions opened by “{shape.questions}”, each a block of its own")
    for block in shape.headings:
        notes.append(f"line {block.line}: heading: {_quote(block.text)} (a short line before a paragraph)")
    for line, text, what in shape.back:
        notes.append(f"line {line}: {what}: {_quote(text)} (after the body; left out of the text)")
    for sentence, where in shape.refrains:
        notes.append(f"lines {' and '.join(map(str, where))}: the sentence {_quote(sentence)} stands in each paragraph; "
                     "each copy is kept, since leaving one out would change the author's paragraph")
    return notes


# Lines of the front and back matter that the edition uses (as title, author, date, publisher, note about the author):
# shown from the metadata, so they are not "left out".
_USED = {"title", "standfirst", "byline", "date", "dateline", "publisher", "publisher and date", "signature", "about the author"}


def _left_out(shape: Shape, lines: list[str], repair_ids: dict[int, str]) -> list[tuple[int, str, str, str]]:
    """Every line or paragraph the draft keeps out of the body and does not use as metadata:
    (line, what it is, its text, how to put it back with one edit)."""
    def raw(line: int) -> str:
        text = normalise_space(lines[line - 1])
        # A line with an e-mail address or a phone number is named by its number: no contact detail in the edition.
        return f"the whole of line {line}" if mask_contacts(text) != text else f"“{text}”"

    out: list[tuple[int, str, str, str]] = []
    for line, text, what in shape.front:
        if what not in _USED:
            out.append((line, what, text, f"to keep it, set source.body_starts_at to {raw(line)} (the lines below it come back too)"))
    if shape.dateline:
        out.append((shape.dateline.line, "dateline opening the first paragraph", shape.dateline.value,
                    f"to keep it, delete repairs entry {repair_ids[shape.dateline.line]}"))
    for block, what, kept in shape.left_out:
        if kept is not None:
            what = f"{what}; the copy kept in the body is in the paragraph at line {kept.line}"
        out.append((block.line, what, block.text, f"to keep it, delete repairs entry {repair_ids[block.line]}"))
    back = sorted(shape.back)
    for k, (line, text, what) in enumerate(back):
        if what in _USED:
            continue
        after = back[k + 1][0] if k + 1 < len(back) else None
        how = f"set source.body_ends_before to {raw(after)}" if after else "delete source.body_ends_before"
        if k > 0:
            how += f" (lines {back[0][0]}–{line - 1} come back with it)"
        out.append((line, what, text, f"to keep it, {how}"))
    return sorted(out)


def _omit_repairs(shape: Shape) -> tuple[list[dict[str, object]], dict[int, str]]:
    """An `omit` repair for each paragraph of furniture inside the body; deleting the entry puts the paragraph back."""
    repairs: list[dict[str, object]] = []
    ids: dict[int, str] = {}
    seen: set[str] = set()
    for n, (block, what, kept) in enumerate(shape.left_out, start=1):
        ids[block.line] = f"left-out-{n}"
        if what == "repeated paragraph":
            if block.text in seen:
                ids[block.line] = ids[next(b.line for b, _, _ in shape.left_out if b.text == block.text)]
                continue
            seen.add(block.text)
            reason = f"Proposed: the paragraph at line {kept.line if kept else '?'} pasted again; the first copy stays. Check it."
        elif what == "pull quote's attribution":
            reason = "Proposed: the name signing the pull quote above it, not a paragraph of the op-ed. Check it."
        elif what == "pull quote" and kept is not None:
            reason = f"Proposed: a pull quote, repeating words of the paragraph at line {kept.line}, which keeps them. Check it."
        else:
            article = "an" if what[:1] in "aeiou" else "a"
            reason = f"Proposed: {article} {what} of the page the op-ed was copied from, not part of the op-ed. Check it."
        entry: dict[str, object] = {"id": ids[block.line], "kind": "omit", "paragraph": block.text}
        if what == "repeated paragraph":
            entry["keep_first"] = True
        repairs.append({**entry, "reason": reason})
    if shape.dateline:
        ids[shape.dateline.line] = "dateline"
        repairs.append({"id": "dateline", "kind": "replace", "find": shape.dateline.value, "replace": "",
                        "reason": "Proposed: the place of a news dateline opening the first paragraph, not the author's words. Check it."})
    return repairs, ids


def draft_edition(text: str, slug: str) -> tuple[str, list[str]]:
    """The text of a draft edition.yml, and the list of what an editor must do next."""
    shape = detect_shape(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs = [b.text for b in shape.body if b not in shape.headings]
    prose = [p for p in paragraphs if is_paragraph(p)]  # skip a salutation such as "To the People of …:"
    opening = (prose or paragraphs or [text.strip()])[0]
    if shape.dateline and opening.startswith(shape.dateline.value):
        opening = opening[len(shape.dateline.value) :]  # the summary starts with the author's words, not the dateline
    first_sentence = split_sentences(opening)[0][1]
    todo: list[str] = []
    if shape.title:
        title, title_why = shape.title.value, f"title: {shape.title.why}"
    else:
        title = " ".join(first_sentence.split()[:10]).rstrip(",;:") + "…"
        title_why = "title: none found; these are the first words of the text"
        todo.append("Write the title: the text has no title line, so the first words stand in for it.")
    if not shape.author:
        todo.append("Find the author's name: the text has no byline, signature or note about the author.")
    if not shape.date:
        todo.append("Find the date of publication: no date was found in the text.")
    if not shape.bio:
        todo.append("Add a sentence about the author (meta.about_the_author) if the publisher gives one; else delete this line.")
    if shape.standfirst:
        summary, summary_why = shape.standfirst.value, f"summary: the standfirst, {shape.standfirst.why}; rewrite it in your own words"
    else:
        summary, summary_why = first_sentence, "summary: the first sentence of the body; rewrite it in your own words"
    meta = ["meta:", *_key("title", title, title_why)]
    if shape.author:
        meta += _key("author", shape.author.value, f"author: {shape.author.why}")
    else:
        meta.append("  # author: not found (see todo); write `author: Name` here")
    if shape.publisher:
        meta += _key("publisher", {"name": shape.publisher.value}, f"publisher: {shape.publisher.why}")
    if shape.date:
        meta += _key("published", shape.date.value, f"date: {shape.date.why}")
    meta += _key("summary", markdown_literal(summary), summary_why)  # a Markdown field: the sentence must stay text
    if shape.bio:
        meta += _key("about_the_author", shape.bio.value, f"about the author: {shape.bio.why}")
    if shape.publisher_notes:
        why = "; ".join(note.why for note in shape.publisher_notes)
        meta += _key("publisher_notes", [note.value for note in shape.publisher_notes],
                     f"publisher's notes, shown on About this text: {why}. Delete any a reader does not need")
    source = ["source:"]

    def raw(block: Block) -> str:
        return normalise_space(lines[block.line - 1])  # a whole line of the file, as clean.py looks for it

    if shape.body_start:
        source += _key("body_starts_at", raw(shape.body_start), f"the body starts on line {shape.body_start.line}; the lines above are front matter")
    if shape.body_end:
        what = " and ".join(dict.fromkeys(w for _, _, w in shape.back))
        source += _key("body_ends_before", raw(shape.body_end), f"the body ends before line {shape.body_end.line}: {what}")
    if shape.layout != "blank-lines":
        source += _key("paragraphs", shape.layout, f"layout: {shape.layout_why}")
    if shape.lists:
        source += _key("lists", True, "numbered, bulleted, reference or table lines found: each is an item of its own")
    if shape.questions:
        source += _key("questions", shape.questions, f"an interview: lines opening with “{shape.questions}” are questions")
    if shape.answers:
        source += _key("answers", shape.answers, f"lines opening with “{shape.answers}” are answers")
    if shape.headings:
        source += _key("headings", shape.headings_text, "short lines before a paragraph, read as the op-ed's own headings")
    omits, omit_ids = _omit_repairs(shape)
    left_out = _left_out(shape, lines, omit_ids)
    for sentence, where in shape.refrains:
        todo.append(f"Check the sentence at lines {' and '.join(map(str, where))}, kept in each paragraph as the author wrote it: "
                    f"{_quote(sentence, 60)}.")
    first_body = shape.body_start.line if shape.body_start else 0
    above = [line for line, _, _, _ in left_out if line < first_body]
    if len(above) > 1:  # the furniture above the body is confirmed at once: a web page can bring a dozen lines of it
        numbers = ", ".join(map(str, above[:-1])) + f" and {above[-1]}"
        todo.append(f"Confirm that lines {numbers}, above the body, are not part of the op-ed (listed in edition.yml under “Left out of the body”).")
    for line, _, moved, _ in left_out:
        if len(above) <= 1 or line not in above:
            todo.append(f"Confirm that line {line} is not part of the op-ed: {_quote(normalise_space(moved), 60)} "
                        "(listed in edition.yml under “Left out of the body”).")
    repairs: list[dict[str, object]] = omits + [
        {"id": f"join-{n}", "kind": "join", "before": before, "after": after,
         "reason": f"Proposed: the paragraph seems to continue on line {line} (a page break?). Check it."}
        for n, (before, after, line) in enumerate(shape.joins, start=1)
    ]
    for n, (escape, count) in enumerate(sorted(shape.escapes.items()), start=1):
        repairs.append({"id": f"stray-backslash-{n}", "kind": "replace", "find": escape, "replace": escape[1:], "count": count,
                        "reason": "Proposed: a backslash left over from a text conversion. Check it."})
    terms = candidate_terms(paragraphs, shape.names | ({shape.publisher.value} if shape.publisher else set()))
    body = "\n\n".join(paragraphs)
    terms = [t for t in terms if TermMatcher([GlossaryEntry(id="x", term=t, short="x")]).find(body)]
    glossary = [{"id": slugify(t), "term": t, "short": ""} for t in dict.fromkeys(terms)]
    claims = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for claim in find_claims(paragraph):
            context = paragraph[max(0, claim.start - 40) : claim.end + 40].replace("\n", " ")
            claims.append(f"#   ¶ {number}: {claim.text!r} in “…{mask_contacts(context)}…”")
    steps = [
        "Check meta and source: each key says in a comment where it was found. Fix any wrong guess.",
        "Do each item of todo: (the draft banner lists them) and delete it when done.",
        f"Check the {len(repairs)} proposed repairs; delete any that are wrong." if repairs else "No repairs proposed: check the text for page breaks.",
        f"Give each of the {len(claims)} numbers a figures: entry with its source." if claims else "No numbers found: nothing to source.",
        f"Write definitions for the {len(glossary)} candidate glossary words, or delete them." if glossary else "Add glossary words.",
        "Write themes, quizzes, discussion questions and further reading (see docs/authoring.md).",
        "Set status: published when every check passes (`make check`).",
    ]
    out = [
        SCHEMA_COMMENT,
        f"# Draft edition of seeds/{slug}/source.txt, made by `make reading`.",
        "# Everything below is a guess from the text: check it. See docs/authoring.md for every key.",
        "# How the text was read:",
        *[f"#   {note}" for note in _reading_notes(shape, lines)],
        "# What to do next:",
        *[f"#   {n}. {item}" for n, item in enumerate(steps, start=1)],
        "status: draft",
        "",
        "# What was not found in the text; the draft banner lists each line until it is deleted.",
        yaml.safe_dump({"todo": todo}, allow_unicode=True, width=1000).rstrip() if todo else "todo: []",
        "",
        *meta,
    ]
    if len(source) > 1:
        out += ["", *source]
    if left_out:
        out.append("# Left out of the body: each is listed in todo: until you confirm it, and comes back with one edit.")
        for line, what, moved, how in left_out:
            out.append(f"#   line {line}, {what}: {_quote(normalise_space(moved), 70)}; {how}")
    if shape.boilerplate:
        out.append("# Lines before the body that look like publisher's boilerplate (left out of the reading):")
        out += [f"#   line {b.line}: {mask_contacts(b.text)[:80]}" for b in shape.boilerplate]
    out += ["", _dump({"repairs": repairs}).rstrip() if repairs else "repairs: []"]
    out += ["", "# One part per section of the op-ed until themes are written.", "themes: []"]
    out += ["", "# Candidate words: phrases the text repeats and words rare in everyday English (wordfreq), best first.",
            "# Write a short definition for each you keep; delete the others.",
            _dump({"glossary": glossary}).rstrip() if glossary else "glossary: []"]
    out += ["", "figures: []"]
    if claims:
        out += ["# Numbers in the text that each need a figures: entry (quote, label, source, latest, note):", *claims]
    out += ["", "quizzes: {}", "", "discussion: []", "", "further_reading: []", ""]
    return "\n".join(out), steps + [f"To do: {item}" for item in todo]


def reserved_slugs(root: Path) -> set[str]:
    """Names a reading's folder in docs/ may not take: hand-written folders and pages, and the built site's own."""
    docs = root / "docs"
    names = {"assets", "search", "downloads", "stylesheets", "javascripts", "index", "404", "sitemap"}
    if docs.is_dir():
        for entry in docs.iterdir():
            generated = entry.is_dir() and (entry / ".generated").exists()
            if not generated and not entry.name.startswith("."):
                names.add(entry.stem if entry.is_file() else entry.name)
    return names


def new_reading(root: Path, source: Path, slug: str) -> list[str]:
    problem = slug_problem(slug)
    if problem:
        raise ReadingError(source, f"SLUG: {problem}")
    taken = reserved_slugs(root)
    if slug in taken:
        raise ReadingError(source, f"SLUG {slug!r} is taken by the site's own files (docs/{slug}); choose another")
    folder = root / "seeds" / slug
    if folder.exists():
        raise ReadingError(folder, "a reading with this slug already exists; choose another SLUG or delete the folder")
    text = read_source(source)
    edition, todo = draft_edition(text, slug)
    folder.mkdir(parents=True)
    shutil.copyfile(source, folder / "source.txt")
    (folder / "edition.yml").write_text(edition, encoding="utf-8")
    return todo
