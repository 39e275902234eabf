"""Find every numeric claim in a text: numerals and number words with their scale and unit."""
from __future__ import annotations

import re
from dataclasses import dataclass

_CURRENCY = r"(?:US\$|\$|£|€|USD\s?|EUR\s?)"
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:trillion|billion|million|thousand|hundred|bn|m|k)"
_PERCENT = r"(?:%|\s?per\s?cent\b|\s?percent\b)"
_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+thousand|hundred|thousand|dozens?)"
)
_BIG_PLURAL = r"(?:tens|hundreds|thousands|millions|billions|trillions)"
_VAGUE_NOUN = r"(?:dollars|euros|pounds|people|persons|individuals|victims|survivors|children|women|men|workers|lives)"

_PATTERNS = [
    # "one in 150", "1 in every 150"
    rf"\b(?:one|1)\s+in\s+(?:every\s+)?(?:{_NUMERAL}|{_WORD})\b",
    # "$ 150 billion", "US$236bn", "49.6 million", "1.2m", "40%", "10 members"
    rf"(?<![\w.]){_CURRENCY}?\s?(?:{_NUMERAL})(?:\s?{_SCALE}\b)?{_PERCENT}?",
    # "a third", "two-thirds", "half of"
    r"\b(?:a|one|two|three)[\s-](?:half|third|quarter|fifth|tenth)s?\b|\bhalf\s+of\b",
    # "forty million", "twenty-five thousand"
    rf"\b{_WORD}(?:[\s-]{_WORD})*\s+(?:trillion|billion|million|thousand)\b",
    # "tens, maybe hundreds of millions", "billions of shady dollars"
    rf"\b{_BIG_PLURAL}(?:,?\s+(?:maybe|perhaps|possibly|or|even|if\s+not)\s+{_BIG_PLURAL})*\s+of\s+"
    rf"(?:(?:millions|billions|thousands)\b|(?:\w+\s+){{0,2}}?{_VAGUE_NOUN}\b)",
]
_CLAIM = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str


def find_claims(text: str) -> list[Claim]:
    claims = []
    for match in _CLAIM.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        start = match.start() + (len(raw) - len(raw.lstrip()))
        if _YEAR.fullmatch(stripped):
            continue  # a year standing alone is a date, not a claim
        claims.append(Claim(start, start + len(stripped), stripped))
    return claims
