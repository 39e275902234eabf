"""Read the shape of an op-ed received as plain text, the way a person would: front matter, layout, body, closing lines.

Used only to draft a new edition.yml. Every guess is recorded with the line it comes from and why, so that the
draft can say what it decided and an editor can confirm or change it before the reading is published.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.clean import ITEM, Block, normalise_space, split_layout
from .furniture import FOR_THE_RECORD, furniture_kind, inline_dateline, refrains, repeats

_BOILERPLATE = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\+?\d[\d ()-]{7,}\d|©|all rights reserved|^\(?(contact|subscribe|follow us|"
    r"website|e-?mail|address|phone|tel|visit us|submit|share this|advertisement)\b",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:{_MONTH}\.?\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH}\.?,?\s+\d{{4}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b",
    re.IGNORECASE,
)
_READING_TIME = re.compile(r"\s*[·•|]\s*\d+[- ]min(?:ute)?s?(?: read| listen)?\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:(?:written|words|story|text|interview|interviewed|reported)\s+)?by\s+(.+)$", re.IGNORECASE)
_DASH_NAME = re.compile(r"^[-–—]+\s*(\S.*)$")
_PUBLISHED_IN = re.compile(
    r"^(?:from|first published (?:in|by)|originally published (?:in|by)|published (?:in|by)|reprinted from|"
    r"this (?:article|piece|essay|op-ed) (?:first )?appeared in)\s+(?:the\s+)?([A-Z].*?)(?:[.,]\s.*|[.,])?$",
    re.IGNORECASE,
)
_MASTHEAD = re.compile(r"\b(?:times|review|post|herald|gazette|register|packet|journal|tribune|chronicle|observer|daily|weekly|"
                       r"news|magazine|institute|courier|standard|guardian|express|monitor|press)\b", re.IGNORECASE)
_SALUTATION = re.compile(r"^(?:to|dear)\b.{0,80}[:,.]$", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:[-–—]+\s*\S|sincerely|yours|regards|signed)", re.IGNORECASE)
_EDITORS_NOTE = re.compile(
    r"^(?:this (?:interview|article|piece|essay|op-ed|letter|conversation) (?:has been|was|is)|the views expressed|"
    r"a version of this|.{0,60}\bfirst (?:appeared|published)\b)",
    re.IGNORECASE,
)
_BIO_VERB = r"(?:is|was|has|teaches|taught|writes|works|worked|lives|leads|directs|serves|chairs|runs|studies|researches|founded)"
_BIO = re.compile(rf"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*),?\s+{_BIO_VERB}\b")
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_MARKUP = re.compile(r"^\s*(?:#|>|\*|-|\+|=|_|~|`|\|)|\||\*\*|__|\]\(|```|^\s*[-=_*]{3,}\s*$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|de|da|van|von|der|den|bin|bint|al|el|la|le|du|dos|ibn)$")
_NOT_NAME = frozenset("the of and in on a an for to with is at from our my your why what how who when where not no this that".split())


def words(text: str) -> int:
    return len(text.split())


def is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE.search(text))


def is_paragraph(text: str) -> bool:
    if text.startswith("(") and text.endswith(")"):
        return False  # an affiliation or note in brackets
    return words(text) >= 20 or (words(text) >= 8 and bool(_TERMINAL.search(text)))


def is_label(text: str) -> bool:
    """A "Keywords: …" or "Posted: …" line of page furniture, or a lone "OPED:"."""
    return bool(re.match(r"^[A-Za-z]+:(\s|$)", text)) and (words(text) <= 12 or text.endswith(":"))


def is_date_line(text: str) -> bool:
    """A line that is a date, maybe with a weekday, a place ("RIVERTON, 3 March 2025") or a label ("Published")."""
    text = _READING_TIME.sub("", text)  # "14 February 2026 · 5 min read"
    found = _DATE.search(text)
    if not found:
        return False
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" .,;:|–—-")
    return words(rest) <= 4 and not _TERMINAL.search(rest.rstrip(".")) if rest else True


def has_markup(text: str) -> bool:
    """Markdown or table symbols: "# …", "> …", "* …", "| a | b |", "**", a rule."""
    return bool(_MARKUP.search(text))


def is_name(text: str) -> bool:
    """A person's name alone on a line: "Farah Adeyemi-Lindqvist", "Dr. Ana López", "KWAME ASANTE-ROLLINS"."""
    parts = text.strip().rstrip(".").split()
    if not 1 <= len(parts) <= 5 or re.search(r"\d|:|[!?;]", text):
        return False
    if len(parts) == 1:
        return text.isupper() and len(parts[0]) >= 3  # a pen name or surname in capitals: "AGRICOLA."
    return all(_NAME_WORD.match(p) for p in parts) and not ({p.lower() for p in parts} & _NOT_NAME)


def display_name(name: str) -> str:
    """A name as the site shows it: capitals turned to "Kwame Asante-Rollins", trailing punctuation removed."""
    name = normalise_space(name).strip(" ,.;|–—-")
    if name.isupper():
        name = re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), name)
    return name


def is_title_case(text: str) -> bool:
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def is_heading(text: str) -> bool:
    """A short line that reads like a heading: no sentence end, no date, no markup, not a salutation or sign-off."""
    return (
        1 <= words(text) <= 12
        and text[:1].isupper()
        and not _TERMINAL.search(text)
        and not text.endswith((",", ";"))
        and not (text.endswith(":") and not is_title_case(text))
        and not _DATE.search(text)
        and not has_markup(text)
        and not ITEM.match(text)
        and not _SALUTATION.match(text)
        and not _SIGN_OFF.match(text)
        and not is_boilerplate(text)
    )


@dataclass
class Found:
    """One decision about the text: what was found, on which line, and why."""

    value: str
    line: int
    why: str


@dataclass
class Shape:
    layout: str = "blank-lines"
    layout_why: str = ""
    lists: bool = False
    questions: str | None = None
    answers: str | None = None
    title: Found | None = None
    standfirst: Found | None = None
    author: Found | None = None
    date: Found | None = None
    publisher: Found | None = None
    bio: Found | None = None
    signature: Found | None = None  # a name that signs the text at its end
    body_start: Block | None = None  # the first line of the body, when lines before it are left out
    body_end: Block | None = None  # the first line after the body, when closing lines are left out
    front: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, what it is)
    back: list[tuple[int, str, str]] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    boilerplate: list[Block] = field(default_factory=list)
    headings: list[Block] = field(default_factory=list)
    joins: list[tuple[str, str, int]] = field(default_factory=list)  # (end of one block, start of the next, line)
    escapes: dict[str, int] = field(default_factory=dict)  # "\\$" -> count
    names: set[str] = field(default_factory=set)  # people's names found around the text: never glossary words
    # Blocks inside the body that are not the op-ed's: (block, what it is, the block that keeps its words, if any).
    left_out: list[tuple[Block, str, Block | None]] = field(default_factory=list)
    publisher_notes: list[Found] = field(default_factory=list)  # a correction, a translator's credit: for "About this text"
    dateline: Found | None = None  # "SAN ISIDRO — " opening the first paragraph: the value is the text left out
    refrains: list[tuple[str, list[int]]] = field(default_factory=list)  # a sentence the author wrote in two paragraphs

    @property
    def headings_text(self) -> list[str]:
        return [b.text for b in self.headings]


def _marker(text: str) -> str | None:
    """What a line of front matter is, when it is plainly front matter: a byline, a date, a publisher, furniture."""
    if _PUBLISHED_IN.match(text) and words(text) <= 16:
        return "publisher"
    if _BYLINE.match(text) and words(text) <= 12:
        return "byline"
    if is_date_line(text):
        return "date"
    furniture = furniture_kind(text)
    if furniture:
        return furniture
    if is_boilerplate(text):
        return "publisher's contact or web address"
    if _DASH_NAME.match(text) and words(text) <= 8 and not _TERMINAL.search(text):
        return "byline"
    if is_label(text):
        return "label"
    if is_name(text):
        return "name"
    if text.startswith("(") and text.endswith(")"):
        return "note in brackets"
    return None


def _is_prose(lines: list[str], i: int) -> bool:
    """Line i opens the body: a sentence-like line, or the first line of a hard-wrapped paragraph."""
    text = lines[i].strip()
    if is_paragraph(text) and not is_title_case(text):
        return True
    run = []
    for line in lines[i:]:
        if not line.strip():
            break
        run.append(line.strip())
    wrapped = len(run) >= 2 and not _TERMINAL.search(run[0]) and not any(_marker(r) for r in run)
    return wrapped and is_paragraph(" ".join(run))


def _nonblank(lines: list[str], start: int, count: int) -> list[int]:
    found = [i for i in range(start, len(lines)) if lines[i].strip()]
    return found[:count]


def _front(lines: list[str], shape: Shape) -> int:
    """Read the lines above the body; return the index of the body's first line."""
    markers: dict[int, str] = {}
    candidates: list[int] = []
    limit = min(len(lines), 80)
    stop = 0
    for i in range(limit):
        text = lines[i].strip()
        if not text:
            continue
        stop = i
        kind = _marker(text)
        if kind == "name" and not markers and not candidates:
            kind = None  # a short capitalised first line is the title, not a name
        if kind:
            markers[i] = kind
            continue
        if _SALUTATION.match(text) and words(text) <= 14:
            break  # "To the People of Riverton:" opens the body
        ahead = _nonblank(lines, i + 1, 3)
        # Once the byline is found, a "— Name" line below a sentence signs a pull quote, not the op-ed.
        later = ("date", "name", "publisher") if "byline" in markers.values() else ("byline", "date", "name", "publisher")
        followed = any(_marker(lines[j].strip()) in later for j in ahead)
        if _is_prose(lines, i) and not followed:
            break
        if words(text) <= 45:
            candidates.append(i)
    else:
        stop = limit
    # Furniture (a share line, an advertisement) ends the front only when no line of text stands between it and the
    # front matter: an advertisement after the first paragraph is inside the body, and an `omit` repair leaves it out.
    last_front = max([i for i in markers if not furniture_kind(lines[i].strip())], default=-1)
    for i in sorted(markers):
        if i > last_front and not any(last_front < c < i for c in candidates):
            last_front = i
    # A title with nothing after it but the body: the first short line, if the body follows at once.
    if last_front < 0 and candidates and candidates[0] < stop:
        first = candidates[0]
        text = lines[first].strip()
        if (not _TERMINAL.search(text) or is_title_case(text)) and words(text) <= 25:
            last_front = first
    if last_front < 0:
        return 0
    front_lines = [i for i in range(last_front + 1) if lines[i].strip()]
    _read_front(lines, front_lines, markers, shape)
    return next((i for i in range(last_front + 1, len(lines)) if lines[i].strip()), len(lines))


def _read_front(lines: list[str], front: list[int], markers: dict[int, str], shape: Shape) -> None:
    _title_and_standfirst(lines, front, markers, shape)
    for i in front:
        text = normalise_space(lines[i])
        line = i + 1
        kind = markers.get(i)
        if kind == "byline":
            match = _BYLINE.match(text) or _DASH_NAME.match(text)
            assert match is not None
            rest = match.group(1)
            date = _DATE.search(rest)
            if date:
                shape.date = shape.date or Found(date.group(0), line, f"line {line}, in the byline")
                rest = rest[: date.start()]
            name = display_name(re.split(r"\s[|·•]\s|,\s", rest)[0])
            if name and not shape.author:
                form = "“Interview by …”" if text.lower().startswith("interview") else "“By …”" if match.re is _BYLINE else "“— Name”"
                shape.author = Found(name, line, f"line {line}, a byline of the form {form}")
            shape.front.append((line, text, "byline"))
        elif kind == "name" and not shape.author and (shape.title is None or i > shape.title.line - 1):
            shape.author = Found(display_name(text), line, f"line {line}, a name alone on a line after the title"
                                 + (" (in capitals)" if text.isupper() else ""))
            shape.front.append((line, text, "byline"))
        elif kind == "publisher":
            match = _PUBLISHED_IN.match(text)
            assert match is not None
            shape.publisher = shape.publisher or Found(normalise_space(match.group(1)).rstrip(".,"), line, f"line {line}, “{text[:40]}…”")
            date = _DATE.search(text)
            if date and not shape.date:
                shape.date = Found(date.group(0), line, f"line {line}, with the publisher's name")
            shape.front.append((line, text, "publisher and date" if date else "publisher"))
        elif kind == "date":
            date = _DATE.search(text)
            assert date is not None
            place = text[: date.start()].strip(" ,–—-")
            if place.endswith(":") or place.lower() in ("published", "posted", "updated", "first published"):
                place = ""  # "Published: 14 February 2026" is a date with its label, not a place
            if not shape.date:
                shape.date = Found(date.group(0), line, f"line {line}, a dateline with a place ({place})" if place else f"line {line}, a date alone on a line")
            shape.front.append((line, text, "dateline" if place else "date"))
        elif kind:
            shape.front.append((line, text, kind))
            if kind in FOR_THE_RECORD:
                shape.publisher_notes.append(Found(text, line, f"line {line}, a {kind} above the body"))
            if kind == "publisher's contact or web address":
                shape.boilerplate.append(Block(text, line))
        else:
            shape.front.append((line, text, _front_kind(line, shape)))


def _title_and_standfirst(lines: list[str], front: list[int], markers: dict[int, str], shape: Shape) -> None:
    free = [i for i in front if i not in markers]
    titles = [i for i in free if 1 <= words(lines[i]) <= 25 and not lines[i].strip().endswith((",", ";"))]
    if titles:
        # The title is the line right before the byline when there is one; else the first line that could be one.
        mastheads = [i for i in titles if _MASTHEAD.search(lines[i]) and words(lines[i]) <= 7]
        choice = [i for i in titles if i not in mastheads]
        before_byline = [i for i in choice if any(markers.get(j) in ("byline", "name") for j in _nonblank(lines, i + 1, 2))]
        pick = (before_byline or choice or titles)[0]
        text = normalise_space(lines[pick])
        why = ("the line before the byline" if pick in before_byline
               else "the first line of the text" if pick == front[0] else "the first line that reads like a title")
        shape.title = Found(text, pick + 1, f"line {pick + 1}, {why}")
        for i in mastheads:
            shape.publisher = shape.publisher or Found(normalise_space(lines[i]), i + 1, f"line {i + 1}, a name such as a newspaper's or an institute's")
        # A sentence between the title and the byline or date is the standfirst.
        later = [i for i in free if i > pick and i not in mastheads and words(lines[i]) >= 5 and normalise_space(lines[i]) != text]
        if later and any(j > later[0] for j in markers):
            shape.standfirst = Found(normalise_space(lines[later[0]]), later[0] + 1, f"line {later[0] + 1}, the sentence between the title and the byline")


def _front_kind(line: int, shape: Shape) -> str:
    if shape.title and line == shape.title.line:
        return "title"
    if shape.standfirst and line == shape.standfirst.line:
        return "standfirst"
    if shape.publisher and line == shape.publisher.line:
        return "publisher"
    return "front matter"


def detect_layout(lines: list[str]) -> tuple[str, str]:
    """How paragraphs are separated: blank lines (lines between them joined), one per line, or indented first lines."""
    body = [line for line in lines if line.strip()]
    blanks = sum(1 for line in lines if not line.strip())
    runs: list[list[str]] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    inner = [r[k] for r in runs if len(r) >= 2 for k in range(len(r) - 1) if words(r[k]) >= 10]
    ending = sum(1 for line in inner if _TERMINAL.search(line.strip()))
    if len(inner) >= 2 and ending >= 0.7 * len(inner):
        return "lines", f"one paragraph per line: {ending} of {len(inner)} long lines end a sentence and none is joined to the next"
    indented = sum(1 for r in runs for line in r[1:] if line[:1] in (" ", "\t") and line.strip() and not ITEM.match(line.strip()))
    if blanks <= 1 and indented >= 2:
        return "indented", f"no blank lines; {indented} lines begin with a space, each opening a paragraph"
    wrapped = len(inner) - ending
    how = f"hard-wrapped: {wrapped} lines end mid-sentence and are joined" if wrapped else "each paragraph on one line"
    return "blank-lines", f"a blank line between paragraphs ({how}); {len(body)} non-blank lines"


def _back(body: list[Block], lines: list[str], shape: Shape) -> int:
    """How many blocks at the end are closing lines (signature, bio, editor's note, place and date), not body."""
    count = 0
    for block in reversed(body[-8:]):
        text = block.text
        first_line = normalise_space(lines[block.line - 1])
        if first_line != text.split("\n")[0] and not text.startswith(first_line):
            break
        bio = _BIO.match(text)
        author = shape.author.value if shape.author else None
        if (_SIGN_OFF.match(text) and words(text) <= 8) or (is_name(text) and (text.isupper() or count == 0 and words(text) <= 4)):
            name = display_name(_DASH_NAME.sub(r"\1", text).split(",")[0])
            shape.signature = Found(name, block.line, f"line {block.line}, the signature at the end")
            shape.back.append((block.line, text, "signature"))
        elif bio and words(text) <= 60 and (
            (author and (author.split()[-1] in bio.group(1) or bio.group(1) in author))
            or (not author and re.search(rf"\b{_BIO_VERB}\s+(?:a|an|the)\b", text) and words(text) <= 40 and count == 0)
        ):
            shape.bio = Found(text, block.line, f"line {block.line}, a sentence about the author at the end")
            shape.names.add(bio.group(1))
            if not author:
                shape.author = Found(display_name(bio.group(1)), block.line, f"line {block.line}, the name in the note about the author")
            shape.back.append((block.line, text, "about the author"))
        elif furniture_kind(text):
            kind = furniture_kind(text) or ""
            shape.back.append((block.line, text, kind))
            if kind in FOR_THE_RECORD:
                shape.publisher_notes.insert(0, Found(text, block.line, f"line {block.line}, a {kind} after the body"))
        elif _EDITORS_NOTE.match(text) and words(text) <= 30:
            shape.back.append((block.line, text, "editor's note"))
            shape.publisher_notes.insert(0, Found(text, block.line, f"line {block.line}, an editor's note after the body"))
        elif is_date_line(text) and words(text) <= 8:
            shape.back.append((block.line, text, "place and date of the letter"))
        elif is_boilerplate(text) and words(text) <= 30:
            shape.back.append((block.line, text, "publisher's contact or web address"))
        else:
            break
        count += 1
    shape.back.reverse()
    return count


def detect_shape(text: str) -> Shape:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    shape = Shape()
    if not any(line.strip() for line in lines):
        return shape
    start = _front(lines, shape)
    body_lines = lines[start:]
    shape.layout, shape.layout_why = detect_layout(body_lines)
    stripped = [line.strip() for line in body_lines if line.strip()]
    shape.lists = sum(1 for line in stripped if ITEM.match(line)) >= 2
    questions = [label for label in ("Q:", "Q.", "Q -") if sum(1 for line in stripped if line.startswith(label + " ")) >= 2]
    if questions:
        shape.questions = questions[0]
        answer = questions[0].replace("Q", "A")
        shape.answers = answer if any(line.startswith(answer + " ") for line in stripped) else None
    labels = {label: kind for label, kind in ((shape.questions, "question"), (shape.answers, "answer")) if label}
    blocks = split_layout(body_lines, start + 1, shape.layout, shape.lists, labels)
    if not blocks:
        return shape
    back = _back(blocks, lines, shape)
    if back:
        shape.body_end = blocks[-back]
        blocks = blocks[:-back]
    if not shape.author and shape.signature:
        shape.author = Found(shape.signature.value, shape.signature.line, shape.signature.why)
    if shape.author:
        shape.names.add(shape.author.value)
    if start > 0 and blocks:
        shape.body_start = blocks[0]
    shape.body = _leave_out_furniture(blocks, shape)
    _headings_and_joins(shape)
    for escape in re.findall(r"\\[$*_#&%\[\]]", "\n".join(b.text for b in blocks)):
        shape.escapes[escape] = shape.escapes.get(escape, 0) + 1
    return shape


def _leave_out_furniture(blocks: list[Block], shape: Shape) -> list[Block]:
    """The body without the furniture inside it: captions, newsletter lines, links, pull quotes, a paragraph pasted twice."""
    kept: list[Block] = []
    for block in blocks:
        kind = furniture_kind(block.text) if block.kind == "paragraph" else None  # a list's items are the author's
        if kind == "section label":
            kind = None  # "Analysis" inside the body is a heading of the author's; above the body, the page's section
        if kind:
            shape.left_out.append((block, kind, None))
            if kind in FOR_THE_RECORD:
                shape.publisher_notes.append(Found(block.text, block.line, f"line {block.line}, a {kind} inside the body"))
        else:
            kept.append(block)
    for repeat in repeats(kept):
        shape.left_out.append((repeat.block, repeat.kind, repeat.kept))
        after = kept.index(repeat.block) + 1
        signed = _DASH_NAME.match(kept[after].text) if after < len(kept) else None
        if repeat.kind == "pull quote" and signed and is_name(signed.group(1)):
            shape.left_out.append((kept[after], "pull quote's attribution", None))  # "— Name" under the pulled quote
    gone = {id(block) for block, _, _ in shape.left_out}
    shape.left_out.sort(key=lambda entry: entry[0].line)
    shape.publisher_notes.sort(key=lambda found: found.line)
    kept = [block for block in kept if id(block) not in gone]
    opening = inline_dateline(kept[0].text) if kept else None
    if opening and sum(block.text.count(opening) for block in kept) == 1:
        shape.dateline = Found(opening, kept[0].line, f"line {kept[0].line}, a dateline opening the first paragraph")
    shape.refrains = refrains(kept)
    return kept


def _headings_and_joins(shape: Shape) -> None:
    body = shape.body
    for i, block in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is None or block.kind != "paragraph":
            continue
        follows_text = nxt.kind != "paragraph" or is_paragraph(nxt.text) or bool(re.search(r"[.!?…:][\"'”’)\]]*$", nxt.text))
        if is_heading(block.text) and follows_text and not nxt.text[:1].islower() and not is_heading(nxt.text):
            shape.headings.append(block)
        elif shape.layout == "blank-lines" and nxt.kind == "paragraph" and not _TERMINAL.search(block.text) \
                and not block.text.endswith(":") and nxt.text[:1].islower():
            shape.joins.append((" ".join(block.text.split()[-3:]), " ".join(nxt.text.split()[:4]), nxt.line))
