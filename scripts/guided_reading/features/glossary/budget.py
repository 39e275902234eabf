"""The gloss budget: which glossary words a page links, so that explanations help rather than crowd the text.

Readers need most words known; a gloss on every other word breaks the reading. So a page links at most
BUDGET_PER_100 words per 100 words of op-ed text, each term once, chosen by how hard it is to understand:
first the terms the argument turns on (`key: true` in the edition), then the phrases a reader cannot look
up word by word ("washing gains", "call to arms": see `is_phrase`), then the words rarest in everyday
English (wordfreq's Zipf scale, where "the" is 7.7 and "upheaval" 3.1). Single words at least as common as
COMMON_ZIPF are never linked by default.
Everything left out stays on the glossary page and is marked for the reader switch "Explain more words".
Two marked words never stand side by side: "human traffic mafias" would read as one link.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ...core.markup import Mark
from ...core.model import Paragraph
from ...core.terms import TermHit, TermMatcher, rarity

BUDGET_PER_100 = 5
COMMON_ZIPF = 4.0
# Only spaces, hyphens, slashes or quotes between two marks: the reader would see one long link.
_NEIGHBOURS = re.compile(r"^[\s\-/'\"“”‘’]*$")


# A definition that quotes the op-ed's phrase, or says it is used figuratively, explains a phrase whose
# words, looked up one by one, would not give its meaning.
_FIGURATIVE = re.compile(r"figurativ|borrows the phrase|idiom", re.IGNORECASE)


def is_phrase(entry_short: str, used: str) -> bool:
    """A phrase a reader cannot look up word by word: several words, which its definition quotes or calls figurative."""
    if len(used.split()) < 2:
        return False
    folded = " ".join(used.lower().split())
    quoted = [" ".join(q.lower().split()) for q in re.findall(r"[\"“]([^\"“”]+)[\"”]", entry_short)]
    return folded in quoted or bool(_FIGURATIVE.search(entry_short))


def budget_for(words: int) -> int:
    return max(1, words * BUDGET_PER_100 // 100)


@dataclass
class GlossPlan:
    linked: list[tuple[str, TermHit]] = field(default_factory=list)
    extra: list[tuple[str, TermHit]] = field(default_factory=list)


def _neighbours(text: str, a: TermHit, b: TermHit) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    return first.end <= second.start and bool(_NEIGHBOURS.match(text[first.end : second.start]))


def plan_glosses(matcher: TermMatcher, paragraphs: Sequence[Paragraph], taken: Mapping[str, Sequence[Mark]]) -> GlossPlan:
    """Which use of which entry a page links, and which it only marks for "Explain more words"."""
    text_of = {p.id: p.text for p in paragraphs}
    uses: dict[str, list[tuple[str, TermHit]]] = {}
    all_hits: list[tuple[str, TermHit]] = []
    for paragraph in paragraphs:
        marks = taken.get(paragraph.id, [])
        for hit in matcher.find(paragraph.text):
            all_hits.append((paragraph.id, hit))
            if any(m.start < hit.end and hit.start < m.end for m in marks):
                continue  # inside another mark (a figure's number, a [sic]): wait for the next use
            uses.setdefault(hit.entry.id, []).append((paragraph.id, hit))
    order = list(uses)
    words = sum(len(p.text.split()) for p in paragraphs)
    budget = budget_for(words)

    def used(pid: str, hit: TermHit) -> str:
        return text_of[pid][hit.start : hit.end]

    def phrase(entry_id: str) -> bool:
        return any(is_phrase(hit.entry.short, used(pid, hit)) for pid, hit in uses[entry_id])

    def rank(entry_id: str) -> tuple[int, float, int]:
        pid, hit = uses[entry_id][0]
        level = 0 if hit.entry.key else 1 if phrase(entry_id) else 2
        return (level, rarity(used(pid, hit)), order.index(entry_id))

    ranked = sorted(order, key=rank)
    plan = GlossPlan()
    chosen: list[tuple[str, TermHit]] = []

    def free(pid: str, hit: TermHit, strict: bool) -> bool:
        others = all_hits if strict else chosen
        return not any(
            opid == pid and other is not hit and other.entry.id != hit.entry.id and _neighbours(text_of[pid], hit, other)
            for opid, other in others
        )

    def pick(entry_id: str) -> tuple[str, TermHit] | None:
        # Prefer a use with no glossary word beside it at all, so that the neighbour keeps its chance too.
        for strict in (True, False):
            for pid, hit in uses[entry_id]:
                if free(pid, hit, strict):
                    return pid, hit
        return None

    for entry_id in ranked:
        pid, first = uses[entry_id][0]
        common = rarity(used(pid, first)) >= COMMON_ZIPF and not phrase(entry_id)
        if first.entry.key or (len(plan.linked) < budget and not common):
            use = pick(entry_id)
            if use is not None:
                plan.linked.append(use)
                chosen.append(use)
                continue
    linked_ids = {hit.entry.id for _, hit in plan.linked}
    for entry_id in order:
        if entry_id in linked_ids:
            continue
        use = pick(entry_id)
        if use is not None:
            plan.extra.append(use)
            chosen.append(use)
    return plan


def key_terms_over_budget(matcher: TermMatcher, paragraphs: Sequence[Paragraph]) -> tuple[int, int, list[str]]:
    """(key terms used, budget, their ids) for the paragraphs of one page."""
    keys = list(dict.fromkeys(h.entry.id for p in paragraphs for h in matcher.find(p.text) if h.entry.key))
    return len(keys), budget_for(sum(len(p.text.split()) for p in paragraphs)), keys
