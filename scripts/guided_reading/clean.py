"""Separate the publisher's front matter from the body and apply the repairs the edition names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .load import Reading
from .model import RepairRecord
from .schema import JoinRepair, ReplaceRepair

_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass
class Block:
    """A run of non-blank lines of the source: a heading or a paragraph."""

    text: str
    line: int  # first line in source.txt, 1-based


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


def _apply_join(reading: Reading, index: int, repair: JoinRepair, blocks: list[Block]) -> RepairRecord:
    before, after = normalise_space(repair.before), normalise_space(repair.after)
    for i in range(len(blocks) - 1):
        if blocks[i].text.endswith(before) and blocks[i + 1].text.startswith(after):
            joined = Block(f"{blocks[i].text} {blocks[i + 1].text}", blocks[i].line)
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


def clean(reading: Reading) -> tuple[list[Block], list[RepairRecord]]:
    lines = reading.source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, log = _body_lines(reading, lines)
    blocks = split_blocks(lines[start:], start + 1)
    for index, repair in enumerate(reading.edition.repairs):
        if isinstance(repair, JoinRepair):
            log.append(_apply_join(reading, index, repair, blocks))
        else:
            log.append(_apply_replace(reading, index, repair, blocks))
    return blocks, log
