"""A written answer's box as the page gets it, from one prompt of the edition: every value escaped, the strong
answer's points in the page but hidden until a first draft is submitted, and never on the worksheet."""
from __future__ import annotations

import dataclasses

from bs4 import BeautifulSoup

from guided_reading.core.context import Checking, ReadingContext, ReadingText
from guided_reading.core.shared_schema import WrittenPrompt
from guided_reading.core.slot import Slot
from guided_reading.core.written import PlacedPrompt
from guided_reading.features.writing import FEATURE
from guided_reading.features.writing.prompts import check_writing
from support import seed_context

EVIDENCE = "These networks, which mostly work secretly"


def _one_prompt() -> tuple[ReadingContext, str, WrittenPrompt]:
    """The seed with its written prompts replaced by one hostile prompt on the first part."""
    ctx = seed_context()
    part = ctx.parts[0].id
    prompt = WrittenPrompt(
        id="why-hidden", part=part, prompt='Why do <b>networks</b> hide? "Say" & explain',
        evidence=[EVIDENCE], points=["They <i>work</i> in secret & inside legal firms"], min_words=30,
    )
    edition = ctx.edition.model_copy(update={"writing": [prompt]})
    return dataclasses.replace(ctx, reading=dataclasses.replace(ctx.reading, edition=edition)), part, prompt


def _checked(ctx: ReadingContext) -> dict[str, list[PlacedPrompt]]:
    checking = Checking(**{name: getattr(ctx, name) for name in ReadingText.__dataclass_fields__}, citing=())
    state = check_writing(checking)
    assert checking.problems == []
    return state


def test_the_box_escapes_the_prompt_and_hides_the_points_until_a_draft_is_submitted() -> None:
    ctx, part, prompt = _one_prompt()
    (section,) = FEATURE.sections(ctx, _checked(ctx), Slot.PART, part)
    soup = BeautifulSoup(section, "html.parser")
    (box,) = soup.select("div.written")
    assert box["id"] == "write-why-hidden" and box["data-written"] == f"{ctx.slug}/why-hidden" and box["data-min-words"] == "30"
    label = box.select_one("label")
    assert label is not None and label.get_text(strip=True) == prompt.prompt  # as text: no <b> element
    assert box.find("b") is None and box.find("i") is None
    textarea = box.select_one("textarea")
    assert textarea is not None and label["for"] == textarea["id"]
    assert "submit your first draft" in box.select_one(".written-count").get_text()
    strong = box.select_one(".written-strong")
    assert strong is not None and strong.has_attr("hidden")  # written.js opens it after the first draft
    assert [li.get_text() for li in strong.select("li")] == prompt.points
    (link,) = strong.select(".written-evidence a")
    assert link["href"] == "#p1-s2" and EVIDENCE in strong.get_text()
    assert box.select_one(".written-compare").has_attr("disabled")


def test_the_worksheet_asks_the_prompt_and_never_shows_the_points() -> None:
    ctx, _, prompt = _one_prompt()
    (section,) = FEATURE.sections(ctx, _checked(ctx), Slot.WORKSHEET, "")
    assert "<b>" not in section and "&#34;Say&#34;" in section  # the Markdown text escapes every markup character
    assert "legal firms" not in section and "(¶ 1)" in section


def test_a_part_without_prompts_gets_no_section() -> None:
    ctx, part, _ = _one_prompt()
    state = _checked(ctx)
    other = ctx.parts[1].id
    assert FEATURE.sections(ctx, state, Slot.PART, other) == [""]
    assert FEATURE.sections(ctx, state, Slot.PART, part) != [""]
