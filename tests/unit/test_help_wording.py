"""The help page describes each help line as it is: hours only where the fact sheet gives them, and the
directory as a list, not a line that answers; the audience line names the support the site gives."""
from __future__ import annotations

import re
from pathlib import Path

from support import seed_context

HELP = (Path(__file__).resolve().parents[2] / "docs" / "help.md").read_text(encoding="utf-8")
HOURS = re.compile(r"24 hours|24/7|7 days a week", re.IGNORECASE)


def sections(text: str) -> dict[str, str]:
    parts = re.split(r"^#{2,3} (.+)$", text, flags=re.MULTILINE)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def wording_problems(text: str) -> list[str]:
    """What the help page gets wrong about hours: each line says its own, the directory claims none."""
    by_heading = sections(text)
    problems = [h for h in ("United States", "United Kingdom", "Canada", "Young people in the United Kingdom") if not HOURS.search(by_heading[h])]
    if HOURS.search(by_heading["Everywhere else"]) or "not a help line" not in by_heading["Everywhere else"]:
        problems.append("Everywhere else")
    intro = by_heading["Help lines"]
    if re.search(r"below are open|all of them|every line", intro, re.IGNORECASE) or "not a help line" not in intro:
        problems.append("Help lines")
    return problems


def test_hours_are_claimed_line_by_line_and_never_for_the_directory() -> None:
    assert wording_problems(HELP) == []
    # The printed lines (edition.yml) say the same: hours on the four lines, none on the directory.
    lines = {h.where: h.contact for h in seed_context().edition.help_lines}
    assert not HOURS.search(lines["Anywhere else"]) and all(HOURS.search(lines[w]) for w in ("United States", "United Kingdom", "Canada"))


def test_a_blanket_claim_of_hours_is_caught() -> None:
    planted = HELP.replace("Each of the four help lines below", "The help lines below are open 24/7. Each of the four help lines below")
    assert wording_problems(planted) == ["Help lines"]
    planted = HELP.replace("It is a directory, not a help line:", "It is open 24 hours a day:")
    assert wording_problems(planted) == ["Everywhere else"]


def test_the_audience_line_names_the_support_the_site_gives() -> None:
    audience = seed_context().edition.meta.audience
    for support in ("plain version", "explained where they stand", "teacher's guide", "quiz"):
        assert support in audience, support
