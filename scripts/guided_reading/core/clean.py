"""Separate the publisher's front matter from the body and apply the repairs the edition names."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

from .load import Reading
from .model import RepairRecord
from .schema import JoinRepair, OmitRepair, ReplaceRepair, SourceLayout

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass
class Block:
    """A run of non-blank lines of the source: a heading or a paragraph."""

    text: str
    line: int  # first line in source.txt, 1-based
    kind: str = "paragraph"  # or "item" (of a list or table), "question", "answer" (of an interview)


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def split_blocks(lines: list[str], first_line: int) -> list[Block]:
    blocks: list[Block] = []
    current: list[str] = []
    start = first_line
    for offset, line in enumerate(lines + [""]):
        if line.strip():
            if not current:
                start = first_line + offset
            current.append(line.strip())
        elif current:
            blocks.append(Block(normalise_space(" ".join(current)), start))
            current = []
    return blocks


# A line that opens an item of a list: "1.", "2)", "(3)", "[4]", "a)", a bullet, or a table row.
ITEM = re.compile(r"^(?:[-*•+·▪]\s+\S|\(?\d{1,3}[.)]\s+\S|\[\d{1,3}\]\s*\S|\(?[a-z]\)\s+\S|\|)")


def _kind_of(line: str, lists: bool, labels: dict[str, str]) -> str | None:
    """The kind of block a line opens by its own first characters, or None for an ordinary line."""
    for label, kind in labels.items():
        if line.startswith(label):
            return kind
    return "item" if lists and ITEM.match(line) else None


def split_layout(lines: list[str], first_line: int, layout: str = "blank-lines", lists: bool = False,
                 labels: dict[str, str] | None = None) -> list[Block]:
    """Blocks of a text laid out one of three ways, with list items and interview labels as blocks of their own.

    "blank-lines": a blank line ends a paragraph and the lines between are joined (hard-wrapped text);
    "lines": every line is a paragraph; "indented": a line that starts with a space or tab opens a paragraph.
    With `lists`, a block whose first line opens an item is cut at every line that opens one. A line that
    starts with one of `labels` ("Q:") opens a block of that label's kind.
    """
    labels = labels or {}
    if layout == "blank-lines" and not lists and not labels:
        return split_blocks(lines, first_line)
    blocks: list[Block] = []
    current: list[str] = []
    start, kind = first_line, "paragraph"

    def close() -> None:
        if current:
            blocks.append(Block(normalise_space(" ".join(current)), start, kind))
            current.clear()

    for offset, line in enumerate(lines):
        if not line.strip():
            close()
            continue
        opens = _kind_of(line.strip(), lists, labels)
        in_list = opens == "item" and bool(current) and (kind == "item" or current[-1].endswith(":"))
        new = (
            not current
            or layout == "lines"
            or (layout == "indented" and line[:1] in (" ", "\t"))
            or (opens is not None and opens != "item")
            or in_list
        )
        if new:
            close()
            start, kind = first_line + offset, opens or "paragraph"
        current.append(line.strip())
    close()
    return blocks


def _body_lines(reading: Reading, lines: list[str]) -> tuple[int, list[RepairRecord]]:
    """Index of the first body line, and the log entry for the front matter left out."""
    marker = reading.edition.source.body_starts_at
    if marker is None:
        return 0, []
    wanted = normalise_space(marker)
    for index, line in enumerate(lines):
        if normalise_space(line) == wanted:
            front = [line for line in lines[:index] if line.strip()]
            record = RepairRecord(
                id="front-matter",
                kind="front matter",
                what=(
                    f"Lines 1–{index} of the file ({len(front)} non-blank lines) are the publisher's front matter: "
                    "its name, web address and contact block, and the title and byline repeated. They are left out "
                    "of the text; title, author and publisher are shown from the edition's metadata, and no e-mail "
                    "address or phone number is republished."
                ),
                reason="Publisher's page furniture, not part of the op-ed.",
                line=1,
            )
            return index, [record]
    raise reading.error(("source", "body_starts_at"), f"expected a whole line of source.txt, {marker!r} is not one")


class LayoutOptions(TypedDict):
    layout: str
    lists: bool
    labels: dict[str, str]


def layout_options(source: SourceLayout) -> LayoutOptions:
    """How the edition says the body is laid out, as arguments of split_layout."""
    labels = {label: kind for label, kind in ((source.questions, "question"), (source.answers, "answer")) if label}
    return LayoutOptions(layout=source.paragraphs, lists=source.lists, labels=labels)


def _back_matter(reading: Reading, lines: list[str], start: int) -> tuple[int, list[RepairRecord]]:
    """Index of the first line after the body, and the log entry for the closing lines left out."""
    marker = reading.edition.source.body_ends_before
    if marker is None:
        return len(lines), []
    wanted = normalise_space(marker)
    for index in range(len(lines) - 1, start - 1, -1):
        if normalise_space(lines[index]) == wanted:
            kept = [line for line in lines[index:] if line.strip()]
            record = RepairRecord(
                id="back-matter",
                kind="back matter",
                what=(
                    f"Lines {index + 1}–{len(lines)} of the file ({len(kept)} non-blank lines) follow the op-ed: "
                    "the author's signature, a note about the author or the publisher's closing line. They are left "
                    "out of the text; the author and the note about the author are shown from the edition's metadata."
                ),
                reason="Page furniture after the op-ed, not part of its argument.",
                line=index + 1,
            )
            return index, [record]
    raise reading.error(("source", "body_ends_before"), f"expected a whole line of source.txt after the body's start, {marker!r} is not one")


def _apply_join(reading: Reading, index: int, repair: JoinRepair, blocks: list[Block]) -> RepairRecord:
    before, after = normalise_space(repair.before), normalise_space(repair.after)
    for i in range(len(blocks) - 1):
        if blocks[i].text.endswith(before) and blocks[i + 1].text.startswith(after):
            joined = Block(f"{blocks[i].text} {blocks[i + 1].text}", blocks[i].line, blocks[i].kind)
            line = blocks[i + 1].line
            blocks[i : i + 2] = [joined]
            return RepairRecord(
                repair.id,
                "join",
                f"Joined “…{before}” and “{after}…” into one paragraph (line {line} of the file).",
                repair.reason,
                line,
            )
    raise reading.error(
        ("repairs", index, "before"),
        f"expected a paragraph ending with {repair.before!r} followed by one starting with {repair.after!r}; not found in source.txt",
    )


def _apply_replace(reading: Reading, index: int, repair: ReplaceRepair, blocks: list[Block]) -> RepairRecord:
    found = sum(b.text.count(repair.find) for b in blocks)
    if found != repair.count:
        raise reading.error(
            ("repairs", index, "find"),
            f"expected {repair.count} occurrence(s) of {repair.find!r} in the body of source.txt, found {found}",
        )
    line = next(b.line for b in blocks if repair.find in b.text)
    for block in blocks:
        block.text = block.text.replace(repair.find, repair.replace)
    return RepairRecord(
        repair.id, "replace", f"Replaced “{repair.find}” with “{repair.replace}” (paragraph at line {line} of the file).", repair.reason, line
    )


def _apply_omit(reading: Reading, index: int, repair: OmitRepair, blocks: list[Block]) -> RepairRecord:
    wanted = normalise_space(repair.paragraph)
    found = [i for i, block in enumerate(blocks) if block.text == wanted]
    if not (len(found) >= 2 if repair.keep_first else len(found) == 1):
        expected = "at least two copies" if repair.keep_first else "one"
        raise reading.error(
            ("repairs", index, "paragraph"),
            f"expected {expected} of this whole paragraph in the body of source.txt, found {len(found)}"
            + ("; set keep_first: true to keep the first copy" if len(found) > 1 and not repair.keep_first else ""),
        )
    gone = found[1:] if repair.keep_first else found
    lines = [blocks[i].line for i in gone]
    for i in reversed(gone):
        del blocks[i]
    quoted = wanted[1:-1] if len(wanted) > 2 and wanted[0] in "“\"'‘" and wanted[-1] in "”\"'’" else wanted  # a pull quote's own marks
    short = quoted if len(quoted) <= 60 else quoted[:60] + "…"
    kept = f"; the copy at line {blocks[found[0]].line} stays" if repair.keep_first else ""
    where = ", ".join(str(line) for line in lines)
    return RepairRecord(repair.id, "left out", f"Left out “{short}” (line {where} of the file){kept}.", repair.reason, lines[0])


def clean(reading: Reading) -> tuple[list[Block], list[RepairRecord]]:
    lines = reading.source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, log = _body_lines(reading, lines)
    end, back = _back_matter(reading, lines, start)
    log += back
    blocks = split_layout(lines[start:end], start + 1, **layout_options(reading.edition.source))
    for index, repair in enumerate(reading.edition.repairs):
        if isinstance(repair, JoinRepair):
            log.append(_apply_join(reading, index, repair, blocks))
        elif isinstance(repair, OmitRepair):
            log.append(_apply_omit(reading, index, repair, blocks))
        else:
            log.append(_apply_replace(reading, index, repair, blocks))
    return blocks, log
