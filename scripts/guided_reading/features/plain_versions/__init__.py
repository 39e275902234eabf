"""Plain versions: the same paragraph in plainer words, folded under the op-ed's paragraph."""
from __future__ import annotations

from ...core.feature import Feature
from .versions import check_plain_versions, make_annotator

FEATURE = Feature("plain_versions", check_plain_versions, annotator=make_annotator)
