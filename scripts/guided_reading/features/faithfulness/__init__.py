"""Faithfulness: what the editors write about the op-ed keeps the author's claims and quantifiers."""
from __future__ import annotations

from ...core.context import Checking
from ...core.feature import Feature
from ...core.handle import Handle
from .check import check_faithfulness


class Faithfulness(Feature[None, None]):
    handle: Handle[None] = Handle("faithfulness")

    def check(self, ctx: Checking) -> None:
        check_faithfulness(ctx)


FEATURE = Faithfulness()
