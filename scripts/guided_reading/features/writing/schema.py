"""Written answers' part of the edition (the prompt's model is shared: core/shared_schema.py)."""
from __future__ import annotations

from ...core.schema import EditionPart
from ...core.shared_schema import WrittenPrompt


class WritingKeys(EditionPart):
    # Written answers, shown on their part's page (or the final quiz page) and gathered on My work.
    writing: list[WrittenPrompt] = []
