"""Faithfulness: what the editors write about the op-ed keeps the author's claims and quantifiers."""
from __future__ import annotations

from ...core.feature import Feature
from .check import check_faithfulness

FEATURE = Feature("faithfulness", check_faithfulness)
