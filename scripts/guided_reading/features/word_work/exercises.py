"""Word work: a short vocabulary exercise for each part, made from its glossary words where they stand.

Each question is a sentence of the part with one glossary word left out, and a choice of words from the
same part's glossary: the reader has to read the sentence to choose. It is a quiz like the others (the same
form, script and storage); the explanation is the word's definition, and the evidence is the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...core.context import ReadingText
from ...core.locate import Location, fold
from ...core.markup import one_line
from ...core.model import Paragraph, Sentence
from ...core.quiz import PlacedQuestion, Quiz
from ...core.schema import Choice, Question
from ...core.terms import TermHit, TermMatcher, rarity

MAX_QUESTIONS = 4
CHOICES = 4
GAP = "_____"


@dataclass(frozen=True)
class Use:
    paragraph: Paragraph
    sentence: Sentence
    hit: TermHit

    @property
    def word(self) -> str:
        """The word as the text has it; lower case unless it is a name, so that no capital gives it away."""
        surface = one_line(self.paragraph.text[self.hit.start : self.hit.end])
        return surface if any(c.isupper() for c in self.hit.entry.term) else surface.lower()


def _uses(matcher: TermMatcher, paragraphs: tuple[Paragraph, ...], everywhere: set[str]) -> list[Use]:
    """The first use of each common-noun entry whose sentence does not use the same entry again."""
    found: dict[str, Use] = {}
    for paragraph in paragraphs:
        hits = matcher.find(paragraph.text)
        for hit in hits:
            entry = hit.entry
            if entry.id in found or entry.id in everywhere or any(c.isupper() for c in entry.term):
                continue  # names (ASEAN) are facts to look up; the subject itself (in most paragraphs) is no exercise
            sentence = next(s for s in paragraph.sentences if s.start <= hit.start < s.start + len(s.text))
            end = sentence.start + len(sentence.text)
            again = [h for h in hits if h.entry.id == entry.id and h is not hit and sentence.start <= h.start < end]
            if again:
                continue  # the sentence would contain its own answer
            found[entry.id] = Use(paragraph, sentence, hit)
    return list(found.values())


def _question(use: Use, distractors: list[Use]) -> Question:
    s = use.sentence
    start, end = use.hit.start - s.start, use.hit.end - s.start
    gapped = " ".join((s.text[:start] + GAP + s.text[end:]).split())
    words = sorted({use.word, *(d.word for d in distractors)}, key=str.lower)
    short = one_line(use.hit.entry.short)
    return Question(
        id=f"words-{use.hit.entry.id}",
        prompt=f"Which word fits the gap in this sentence from ¶ {use.paragraph.number}? “{gapped}”",
        skill="vocabulary",
        choices=[Choice(text=w, correct=w == use.word) for w in words],
        explanation=f"The text says “{use.word}”: {short}",
        evidence=s.text,
    )


def _everywhere(matcher: TermMatcher, paragraphs: tuple[Paragraph, ...]) -> set[str]:
    """Entries used in at least half of the paragraphs: the subject of the text, which every reader meets."""
    count: dict[str, int] = {}
    for paragraph in paragraphs:
        for entry_id in {h.entry.id for h in matcher.find(paragraph.text)}:
            count[entry_id] = count.get(entry_id, 0) + 1
    return {entry_id for entry_id, n in count.items() if 2 * n >= len(paragraphs)}


def build_word_work(ctx: ReadingText, matcher: TermMatcher) -> dict[str, Quiz]:
    exercises: dict[str, Quiz] = {}
    everywhere = _everywhere(matcher, ctx.doc.paragraphs)
    for part in ctx.parts:
        uses = _uses(matcher, part.paragraphs, everywhere)
        # The terms the argument turns on first, then the rarest words: the ones most worth practising.
        uses.sort(key=lambda u: (0 if u.hit.entry.key else 1, rarity(u.word)))
        questions: list[PlacedQuestion] = []
        sentences: set[str] = set()
        for use in uses:
            if len(questions) == MAX_QUESTIONS:
                break
            if use.sentence.id in sentences:
                continue  # one gap per sentence: a second gap would give the first one away
            rest = fold(use.sentence.text[: use.hit.start - use.sentence.start] + use.sentence.text[use.hit.end - use.sentence.start :]).lower()
            # A distractor the sentence itself contains would be ruled out (or hint) without reading for meaning.
            pool = [u for u in uses if u.word != use.word and fold(u.word).lower() not in rest]
            if len(pool) < CHOICES - 1:
                continue
            start = len(questions)
            distractors = [pool[(start + k) % len(pool)] for k in range(CHOICES - 1)]
            sentences.add(use.sentence.id)
            question = _question(use, distractors)
            location = Location(use.paragraph, use.sentence.start, use.sentence.start + len(use.sentence.text))
            questions.append(PlacedQuestion(question, location, part.id, tuple(question.choices)))  # alphabetical: the order carries no cue
        if len(questions) < 2:
            continue
        exercises[part.id] = Quiz(f"{part.id}-words", f"Word work: {part.title}", tuple(questions))
    return exercises
