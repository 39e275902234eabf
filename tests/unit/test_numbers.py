"""The numeric-claim detector, on the forms it must find and on what it must leave alone."""
from __future__ import annotations

import pytest

from guided_reading.core.numbers import find_claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("over 40 million individuals are forced", "40 million"),
        ("grossing \\$ 150 billion annually", "$ 150 billion"),
        ("grossing $ 150 billion annually", "$ 150 billion"),
        ("profits reached US$236bn a year", "US$236bn"),
        ("some 49.6 million people", "49.6 million"),
        ("about 1.2m workers", "1.2m"),
        ("up 40% since", "40%"),
        ("up 25 per cent since", "25 per cent"),
        ("about one in 150 people", "one in 150"),
        ("1 in every 150 people", "1 in every 150"),
        ("a third of them", "a third"),
        ("two-thirds of them", "two-thirds"),
        ("forty million people", "forty million"),
        ("tens, maybe hundreds of millions of people", "tens, maybe hundreds of millions"),
        ("brings billions of shady dollars to", "billions of shady dollars"),
        ("a budget of 12,500,000 euros", "12,500,000"),
        ("ASEAN has 10 members", "10"),
    ],
)
def test_finds_numeric_claims(text: str, claim: str) -> None:
    assert [c.text for c in find_claims(text)] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 the convention entered into force.",
        "Adopted in 2000, in force from 2003.",
        "Human trafficking stands as the new invasion of non-state entities.",
        "It is impossible to eliminate human trafficking without changing minds.",
        "Everyone pulls the trigger.",
        "millions of questions remain",  # no people, money or scale word after "of"
    ],
)
def test_leaves_years_and_plain_words_alone(text: str) -> None:
    assert find_claims(text) == []


def test_offsets_point_at_the_claim() -> None:
    text = "Currently, over 40 million individuals"
    (claim,) = find_claims(text)
    assert text[claim.start : claim.end] == "40 million"
