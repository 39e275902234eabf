"""The marks feature's sections: a switch in the reading-help bar, a list on My work, a class map on Hand-in,
each carrying the data its script needs and nothing of the text as markup."""
from __future__ import annotations

import json
import re

from guided_reading.core.slot import Slot
from guided_reading.features.marks import FEATURE
from guided_reading.features.marks.kinds import KINDS
from support import seed_context


def _json(html: str, cls: str) -> object:
    match = re.search(rf'<script type="application/json" class="{cls}">(.*?)</script>', html)
    assert match, cls
    return json.loads(match.group(1))


def test_the_switches_come_hidden_with_the_marks_data() -> None:
    ctx = seed_context()
    switch, comfort = FEATURE.sections(ctx, KINDS, Slot.READER_OPTIONS, "")
    assert switch.startswith('<button type="button" class="md-button reader-marks" aria-pressed="false" hidden>')
    assert _json(switch, "mark-data") == {"reading": ctx.slug, "kinds": [list(k) for k in KINDS], "note_limit": 280}
    assert comfort == '<button type="button" class="md-button reader-comfort" aria-expanded="false" hidden>Text size and font</button>'


def test_my_work_and_hand_in_carry_every_sentence_in_order() -> None:
    ctx = seed_context()
    (listing,) = FEATURE.sections(ctx, KINDS, Slot.MY_WORK, "")
    ids = [s.id for p in ctx.doc.paragraphs for s in p.sentences]
    assert [row[0] for row in _json(listing, "mark-sentences")] == ids  # type: ignore[union-attr]
    (class_map,) = FEATURE.sections(ctx, KINDS, Slot.HAND_IN, "")
    assert re.findall(r'data-sentence="([^"]+)"', class_map) == ids
    assert class_map.count('name="class-map-kind"') == len(KINDS) + 1
    assert FEATURE.sections(ctx, KINDS, Slot.PART, ctx.parts[0].id) == []


def test_sentence_text_is_escaped_in_the_map() -> None:
    ctx = seed_context()
    (class_map,) = FEATURE.sections(ctx, KINDS, Slot.HAND_IN, "")
    text = re.sub(r"<[^>]+>", "", class_map.split('class="class-map__text">')[1].split("</div><script")[0])
    assert "<" not in text
