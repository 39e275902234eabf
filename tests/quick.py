"""How many examples the property tests try: all of them in `make test`, a fifth in `make test-fast`.

`make test-fast` sets QUICK_TESTS=1 for the edit loop; the full suite (and CI) always runs every example.
"""
from __future__ import annotations

import os


def examples(full: int) -> int:
    return max(5, full // 5) if os.environ.get("QUICK_TESTS") == "1" else full
