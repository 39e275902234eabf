"""Candidate glossary words for a drafted edition: noun phrases the text repeats and words rare in everyday English.

Rarity comes from `wordfreq` (Zipf scale: 7 is "the", 3 is a word seen about once per million words), the same
list the gloss budget uses. People's names, words written with a capital inside a sentence, verb fragments and
everyday words are left out: an editor writes a definition for each candidate kept, so noise costs them time.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from wordfreq import zipf_frequency

MAX_CANDIDATES = 15
RARE = 3.6  # a single word below this is rare enough to propose
PHRASE_RARE = 4.3  # a phrase needs at least one word below this
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ'’-]+$")  # a reader of the English text looks up English words
# Function words and the commonest verbs: never the first or last word of a term, never a term alone.
_SMALL = frozenset(
    """a an and are as at be been being but by can could did do does doing done for from had has have having he her
    here hers him his how i if in into is it its itself just may me might more most much must my no nor not of off
    on once only or other our ours out over own same shall she should so some such than that the their theirs them
    then there these they this those through to too under until up upon us very was we were what when where which
    while who whom why will with would you your yours yet also any each every few many all both either neither
    one two three four five six seven eight nine ten first last next about after again against before below
    between during above across along around because ago""".split()
)
_VERBS = frozenset(
    """say says said tell tells told call calls called make makes made take takes took get gets got go goes went come
    comes came see sees saw know knows knew think thinks thought want wants give gives gave use uses find finds found
    ask asks asked work works need needs feel feels felt seem seems leave leaves left keep keeps kept let lets begin
    begins began show shows showed hear hears heard play plays run runs ran move moves live lives believe believes
    bring brings brought happen happens write writes wrote sit sits sat stand stands stood lose loses lost pay pays paid
    meet meets met include includes continue continues set sets learn learns change changes lead leads led understand
    understands watch watches follow follows stop stops create creates speak speaks spoke read reads allow allows add
    adds spend spends spent grow grows grew open opens walk walks win wins offer offers remember remembers love loves
    consider considers appear appears buy buys wait waits serve serves die dies send sends expect expects build builds
    stay stays fall falls cut cuts reach reaches kill kills remain remains suggest suggests raise raises pass passes
    sell sells require requires report reports decide decides pull pulls cheer cheers argue argues claim claims
    try tries tried put puts mean means means become becomes became look looks turn turns help helps start starts
    hold holds held bring bringing report hope hopes""".split()
)


def _lower_words(paragraph: str) -> list[tuple[str, bool]]:
    """(word, capitalised inside a sentence) pairs; a word at a sentence start says nothing about its case."""
    out: list[tuple[str, bool]] = []
    start = True
    for match in re.finditer(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]|[.!?…:;]+|[,()\"“”]", paragraph):
        token = match.group(0)
        if not token[0].isalpha():
            out.append((token, False))
            start = token[0] in ".!?…:"
            continue
        out.append((token, token[0].isupper() and not start))
        start = False
    return out


def _zipf(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        return word[:-1]
    return word


def _verb_like(word: str) -> bool:
    return word in _VERBS or (word.endswith(("ed", "ing")) and len(word) > 4) or word.endswith("ly")


def candidate_terms(paragraphs: Iterable[str], names: Iterable[str] = (), cap: int = MAX_CANDIDATES) -> list[str]:
    """Up to `cap` glossary candidates, best first, each written as it stands in the text (lower case)."""
    name_words = {w.lower() for name in names for w in _WORD.findall(name)}
    proper: set[str] = set(name_words)
    singles: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    phrases: Counter[tuple[str, ...]] = Counter()
    seen_lower: set[str] = set()
    seen_upper: set[str] = set()
    for paragraph in paragraphs:
        tokens = _lower_words(paragraph)
        for word, capitalised in tokens:
            if capitalised or word.isupper() and len(word) > 1:
                proper.add(word.lower())
            (seen_upper if word[:1].isupper() else seen_lower).add(word.lower())
        run: list[str] = []
        for word, capitalised in tokens + [(".", False)]:
            if not word[0].isalpha() or capitalised:
                for n in (2, 3):
                    for k in range(len(run) - n + 1):
                        phrases[tuple(run[k : k + n])] += 1
                run = []
                continue
            lower = re.sub(r"['’]s$", "", word.lower())
            if not _LATIN.match(lower):
                run = []
                continue
            run.append(lower)
            key = _singular(lower)
            singles[key] += 1
            forms.setdefault(key, Counter())[lower] += 1
    proper |= seen_upper - seen_lower  # never written in lower case: a name, even at the start of a sentence
    scored: dict[str, float] = {}
    for words, count in phrases.items():
        if count < 2:
            continue  # a term the argument turns on comes back; a phrase seen once is mostly a fragment
        if any(w in _SMALL or w in proper or len(w) < 3 for w in words) or _verb_like(words[-1]) or words[0].endswith("ly"):
            continue
        if any(w in _VERBS for w in words) or (words[0].endswith("s") and not words[0].endswith("ss") and len(words) == 2):
            continue  # "riders call", "parents cheered": a subject and its verb, not a term
        rarity = [_zipf(w) for w in words]
        if min(rarity) >= PHRASE_RARE:
            continue
        # A repeated phrase is the term the argument uses: it ranks above the rare word inside it.
        scored[" ".join(words)] = 1.5 * (1 + math.log(count)) * (6.0 - sum(rarity) / len(rarity))
    for key, count in singles.items():
        word = forms[key].most_common(1)[0][0]
        if key in _SMALL or word in proper or key in proper or len(word) < 5 or _verb_like(word) or "-" in word:
            continue
        commonness = max(_zipf(word), _zipf(key))  # "kitchens" is as everyday as "kitchen"
        if commonness >= RARE:
            continue
        scored[word] = (1 + math.log(count)) * (6.0 - commonness)
    ranked = sorted(scored, key=lambda term: (-scored[term], term))
    chosen: list[str] = []
    for term in ranked:
        # A word inside a phrase already chosen, or a phrase around a word already chosen, says the same thing twice.
        if any(term in kept.split() or kept in term.split() or set(term.split()) & set(kept.split()) for kept in chosen):
            continue
        chosen.append(term)
        if len(chosen) == cap:
            break
    return chosen
