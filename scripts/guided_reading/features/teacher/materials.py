"""What the teacher's guide finds in a reading: the timed lesson plans and the paragraphs its questions quote."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.handle import Handle
from .lesson_plans import TimedPlan


@dataclass(frozen=True)
class TeacherMaterials:
    """The lesson plans with their steps timed (none without a `teacher:` section), and the paragraphs
    that the discussion questions (by id) and the claims (in order) quote."""

    plans: list[TimedPlan] = field(default_factory=list)
    discussion_paragraphs: dict[str, list[int]] = field(default_factory=dict)
    claim_paragraphs: list[list[int]] = field(default_factory=list)


# The guide's typed name: its pages read what the guide found through it.
TEACHER: Handle[TeacherMaterials] = Handle("teacher")
