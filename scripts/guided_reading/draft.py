"""`make reading`: copy a new op-ed into seeds/<slug>/ and draft its edition.yml from the text."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from .detect import detect_shape
from .errors import ReadingError
from .glossary import TermMatcher
from .load import read_source
from .numbers import find_claims
from .schema import GlossaryEntry
from .segment import split_sentences
from .text_policy import markdown_literal
from .themes import slugify

MAX_CANDIDATES = 10
SMALL_WORDS = frozenset("a an and are as at be but by for from has have in is it its of on or that the their this to was were will with".split())


def mask_contacts(text: str) -> str:
    """Keep personal contact details out of the edition file, even in comments."""
    text = re.sub(r"[\w.+-]+@[\w-]+\.[\w.]+", "[e-mail address]", text)
    return re.sub(r"\+?\d[\d ()-]{7,}\d", "[phone number]", text)


def _dump(data: object) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def candidate_terms(body: str) -> list[str]:
    """Key phrases of the body (YAKE keyword extraction), as glossary candidates."""
    import yake  # imported here: only drafting needs it

    extractor = yake.KeywordExtractor(lan="en", n=3, top=MAX_CANDIDATES * 6, dedupLim=0.7)
    phrases: list[str] = []
    used_words: set[str] = set()
    for phrase, _score in extractor.extract_keywords(body):
        phrase = phrase.strip()
        words = {w.lower() for w in phrase.split()}
        # Skip numbers, short common words, phrases with small words inside ("week the town"), and phrases
        # that repeat a word already chosen ("human" after "human trafficking").
        if re.search(r"\d", phrase) or words & (used_words | SMALL_WORDS) or (len(words) == 1 and len(phrase) < 9):
            continue
        matcher = TermMatcher([GlossaryEntry(id="x", term=phrase, short="x")])
        if matcher.find(body):
            phrases.append(phrase.lower() if not phrase.isupper() else phrase)
            used_words |= words
        if len(phrases) == MAX_CANDIDATES:
            break
    return phrases


def draft_edition(text: str, slug: str) -> tuple[str, list[str]]:
    """The text of a draft edition.yml, and the list of what an editor must do next."""
    shape = detect_shape(text)
    blocks = [b.text for b in shape.body]
    paragraphs = [b for b in blocks if b not in shape.headings]
    body = "\n\n".join(paragraphs)
    prose = [p for p in paragraphs if not p.rstrip().endswith(":")]  # skip a salutation such as "To the People of …:"
    first_sentence = split_sentences((prose or paragraphs)[0])[0][1]
    title = shape.title or " ".join(first_sentence.split()[:10]).rstrip(",;:") + "…"
    meta = {
        "title": title,
        "author": shape.author or "Unknown author",
        **({"published": shape.dateline} if shape.dateline else {}),
        "summary": markdown_literal(first_sentence),  # a Markdown field: the sentence must stay text
    }
    source: dict[str, object] = {}
    if shape.body_start and shape.front:
        source["body_starts_at"] = shape.body_start.text if "\n" not in shape.body_start.text else None
    if shape.headings:
        source["headings"] = shape.headings
    repairs = [
        {"id": f"join-{n}", "kind": "join", "before": before, "after": after,
         "reason": f"Proposed: the paragraph seems to continue on line {line} (a page break?). Check it."}
        for n, (before, after, line) in enumerate(shape.joins, start=1)
    ]
    for n, (escape, count) in enumerate(sorted(shape.escapes.items()), start=1):
        repairs.append({"id": f"stray-backslash-{n}", "kind": "replace", "find": escape, "replace": escape[1:], "count": count,
                        "reason": "Proposed: a backslash left over from a text conversion. Check it."})
    terms = candidate_terms(body)
    glossary = [{"id": slugify(t), "term": t, "short": ""} for t in dict.fromkeys(terms)]
    claims = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for claim in find_claims(paragraph):
            context = paragraph[max(0, claim.start - 40) : claim.end + 40].replace("\n", " ")
            claims.append(f"#   ¶ {number}: {claim.text!r} in “…{context}…”")
    todo = [
        "Check meta: title, author, date and a one-sentence summary in your own words.",
        "Check source.body_starts_at and source.headings against the text.",
        f"Check the {len(repairs)} proposed repairs; delete any that are wrong." if repairs else "No repairs proposed: check the text for page breaks.",
        f"Give each of the {len(claims)} numbers a figures: entry with its source." if claims else "No numbers found: nothing to source.",
        f"Write definitions for the {len(glossary)} candidate glossary words, or delete them." if glossary else "Add glossary words.",
        "Write themes, quizzes, discussion questions and further reading (see docs/authoring.md).",
        "Set status: published when every check passes (`make check`).",
    ]
    out = [
        f"# Draft edition of seeds/{slug}/source.txt, made by `make reading`.",
        "# Everything below is a guess from the text: check it. See docs/authoring.md for every key.",
        "# What to do next:",
        *[f"#   {n}. {item}" for n, item in enumerate(todo, start=1)],
        "status: draft",
        "",
        _dump({"meta": meta}).rstrip(),
    ]
    if source:
        out += ["", _dump({"source": {k: v for k, v in source.items() if v is not None}}).rstrip()]
    if shape.boilerplate:
        out.append("# Lines before the body that look like publisher's boilerplate (left out of the reading):")
        out += [f"#   line {b.line}: {mask_contacts(b.text)[:80]}" for b in shape.boilerplate]
    out += ["", _dump({"repairs": repairs}).rstrip() if repairs else "repairs: []"]
    out += ["", "# One part per section of the op-ed until themes are written.", "themes: []"]
    out += ["", "# Candidate words found by keyword extraction: write a short definition for each you keep.",
            _dump({"glossary": glossary}).rstrip() if glossary else "glossary: []"]
    out += ["", "figures: []"]
    if claims:
        out += ["# Numbers in the text that each need a figures: entry (quote, label, source, latest, note):", *claims]
    out += ["", "quizzes: {}", "", "discussion: []", "", "further_reading: []", ""]
    return "\n".join(out), todo


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
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
        raise ReadingError(source, f"SLUG must be lower-case words joined by hyphens, got {slug!r}")
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
