"""Item-writing checks: questions that only a reader of the op-ed can answer.

A test-wise student looks for the longest option, for "all of the above", for a stem that gives the
answer away, and notices when every question points at the same sentence. Each check below looks
for one of those cues in a reading's quizzes and returns the problems it finds as (key path in
edition.yml, message); the caller reports them, as warnings in a draft and errors once published.
The limits are data (LIMITS), so a test or a future reading can tighten or relax one of them.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...core.markup import one_line
from ...core.model import Document
from ...core.quiz import FINAL, PlacedQuestion, Quiz

Problem = tuple[tuple[Any, ...], str]


@dataclass(frozen=True)
class Limits:
    # Share of a reading's single-answer questions whose correct option may be the strictly longest.
    longest_share: float = 1 / 3
    # A correct option longer than this many times the mean length of the other options stands out.
    length_ratio: float = 1.5
    # Questions that may rest on one sentence of the op-ed.
    per_sentence: int = 2
    # Skills (recall, vocabulary, argument, evidence) each part quiz must mix.
    skills_per_part: int = 3
    # How far above chance the key may be the option closest in wording to the plain version or cited sentence.
    closest_margin: float = 0.10
    # Options that can be chosen by elimination, without reading.
    elimination: tuple[str, ...] = (
        r"\ball of the above\b", r"\bnone of the above\b", r"\bboth of the above\b", r"\bneither of the above\b",
        r"\ball of these\b", r"\bnone of these\b",
    )


LIMITS = Limits()


def _text_length(text: str) -> int:
    return len(one_line(text))


def _questions(quizzes: Mapping[str, Quiz]) -> list[tuple[tuple[Any, ...], PlacedQuestion]]:
    """Every placed question with its key path in edition.yml, in the edition's order."""
    return [(("quizzes", quiz_id, i), placed) for quiz_id, quiz in quizzes.items() for i, placed in enumerate(quiz.questions)]


def _single(quizzes: Mapping[str, Quiz]) -> list[tuple[tuple[Any, ...], PlacedQuestion]]:
    return [(key, p) for key, p in _questions(quizzes) if not p.question.multiple]


def _correct_index(placed: PlacedQuestion) -> int:
    return next(i for i, c in enumerate(placed.question.choices) if c.correct)


def longest_is_answer(placed: PlacedQuestion) -> bool:
    """True when the correct option of a single-answer question is longer than every other option."""
    key = _correct_index(placed)
    lengths = [_text_length(c.text) for c in placed.question.choices]
    return all(lengths[key] > n for i, n in enumerate(lengths) if i != key)


def check_longest_share(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    single = _single(quizzes)
    longest = [p.question.id for _, p in single if longest_is_answer(p)]
    allowed = int(len(single) * limits.longest_share + 1e-9)
    if len(longest) <= allowed:
        return []
    return [(
        ("quizzes",),
        f"the correct option is the longest in {len(longest)} of {len(single)} single-answer questions; at most "
        f"{allowed} may be, or always picking the longest option passes the quiz. Shorten the answer or lengthen a "
        f"wrong option in some of: {', '.join(longest)}",
    )]


def check_answer_length(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for key, placed in _single(quizzes):
        index = _correct_index(placed)
        choices = placed.question.choices
        others = [_text_length(c.text) for i, c in enumerate(choices) if i != index]
        mean = sum(others) / len(others)
        length = _text_length(choices[index].text)
        if length > limits.length_ratio * mean:
            problems.append((
                (*key, "choices", index, "text"),
                f"question {placed.question.id!r}: the correct option is {length} characters, more than "
                f"{limits.length_ratio:g} times the mean of the others ({mean:.0f}); its length gives it away",
            ))
    return problems


def check_elimination(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    pattern = re.compile("|".join(limits.elimination), re.IGNORECASE)
    problems = []
    for key, placed in _questions(quizzes):
        for i, choice in enumerate(placed.question.choices):
            found = pattern.search(choice.text)
            if found:
                problems.append((
                    (*key, "choices", i, "text"),
                    f"question {placed.question.id!r}: {found.group(0)!r} can be chosen by elimination; "
                    "write a choice that stands on its own (or make the question \"choose all that apply\")",
                ))
    return problems


def check_paragraph_coverage(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    asked = {p.evidence.paragraph.id for _, p in _questions(quizzes)}
    missed = [p for p in doc.paragraphs if p.id not in asked]
    if not missed:
        return []
    numbers = ", ".join(f"¶ {p.number}" for p in missed)
    return [(("quizzes",), f"{numbers} {'is' if len(missed) == 1 else 'are'} the evidence of no question; every paragraph of the op-ed needs at least one")]


def check_sentence_load(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    seen: Counter[str] = Counter()
    problems = []
    for key, placed in _questions(quizzes):
        for sentence in placed.evidence.sentences:
            seen[sentence.id] += 1
            if seen[sentence.id] == limits.per_sentence + 1:
                problems.append((
                    (*key, "evidence"),
                    f"question {placed.question.id!r}: sentence {sentence.id} (¶ {placed.evidence.paragraph.number}) is already "
                    f"the evidence of {limits.per_sentence} questions; ask about another part of the op-ed",
                ))
    return problems


def check_skill_mix(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for quiz_id, quiz in quizzes.items():
        if quiz_id == FINAL:
            continue
        skills = sorted({p.question.skill for p in quiz.questions})
        if len(skills) < limits.skills_per_part:
            problems.append((
                ("quizzes", quiz_id),
                f"the quiz mixes {len(skills)} skill{'s' if len(skills) != 1 else ''} ({', '.join(skills)}); a part quiz "
                f"needs at least {limits.skills_per_part} of recall, vocabulary, argument and evidence",
            ))
    return problems


def check_wrong_options_explained(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for key, placed in _questions(quizzes):
        for i, choice in enumerate(placed.question.choices):
            if not choice.correct and choice.why is None:
                problems.append((
                    (*key, "choices", i),
                    f"question {placed.question.id!r}: the wrong option {choice.text!r} has no `why`; "
                    "say what misreading leads to it and what the text says instead",
                ))
    return problems


Check = Callable[[Mapping[str, "Quiz"], Document, Limits], list[Problem]]

CHECKS: tuple[Check, ...] = (
    check_longest_share,
    check_answer_length,
    check_elimination,
    check_paragraph_coverage,
    check_sentence_load,
    check_skill_mix,
    check_wrong_options_explained,
)


def run_checks(quizzes: Mapping[str, Quiz], doc: Document, limits: Limits = LIMITS) -> list[Problem]:
    return [problem for check in CHECKS for problem in check(quizzes, doc, limits)]


# --- Plausibility: checks that need the whole reading, not only its quizzes ----------------------------------
#
# A reader who has not read the op-ed still knows some things: the option that repeats the words of the
# plain version or of the cited sentence, the answer type that is always the key ("the op-ed gives none"),
# the number of boxes to tick in "choose all", the word form that fits a gap, an answer printed in another
# item, or an id that names the answer. Each check below measures one of these across a whole reading.

GAP = "_____"

# Words too common to say anything about an answer.
_STOP = frozenset("""
a an the and or but nor so of to in on at by for from with without into onto over under as than then that this these those
it its it's is are was were be been being has have had do does did not no yes their there they them he she his her
we our you your i me my who whom whose which what when where why how all any some each every more most much many
can could should would may might must will shall also only just very such other another one two three same own
about after before between through up down out off again further once here both few nor too s t
""".split())
_WORD = re.compile(r"[a-z0-9]+")
# British spellings folded into American ones, so that "organisation" matches the op-ed's "organization".
_SPELLING = tuple((re.compile(p), r) for p, r in (
    (r"isation", "ization"), (r"ising\b", "izing"), (r"ised\b", "ized"), (r"ise\b", "ize"), (r"programme", "program"),
    (r"labour", "labor"), (r"colour", "color"), (r"criminalis", "criminaliz"),
))


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    from ...core.locate import fold

    folded = fold(one_line(text)).lower().replace("'", "")
    for pattern, replacement in _SPELLING:
        folded = pattern.sub(replacement, folded)
    return tuple(_stem(w) for w in _WORD.findall(folded))


def words(text: str) -> list[str]:
    """The text's words, lower case, in order, with plural and British spellings folded."""
    return list(_words(text))


@lru_cache(maxsize=8192)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in _words(text) if w not in _STOP)


def content_words(text: str) -> set[str]:
    return set(_content(text))


@dataclass(frozen=True)
class Item:
    """One question of a quiz or of word work, with what is shown of it and where it is written."""

    key: tuple[Any, ...]  # its key path in the edition
    placed: PlacedQuestion
    gap: bool = False  # a word-work gap-fill

    @property
    def question(self) -> Any:
        return self.placed.question

    def texts(self) -> list[tuple[str, str]]:
        """(field, text) of everything a student can read of this item: prompt, options, why, explanation."""
        q = self.question
        out = [("prompt", q.prompt), ("explanation", q.explanation)]
        for i, c in enumerate(q.choices):
            out.append((f"choices[{i}].text", c.text))
            if c.why:
                out.append((f"choices[{i}].why", c.why))
        return out


@dataclass(frozen=True)
class Reading:
    """What the reading-wide checks look at: every item, the plain versions, the sources, other prompts."""

    items: tuple[Item, ...]
    plain: Mapping[str, str]  # paragraph id -> its plain version
    sources: frozenset[str]
    others: tuple[tuple[tuple[Any, ...], str], ...] = ()  # (key path, text) of written and discussion prompts


def reading_items(quizzes: Mapping[str, Quiz], word_work: Mapping[str, Quiz]) -> tuple[Item, ...]:
    items = [Item(key, placed) for key, placed in _questions(quizzes)]
    for part, quiz in word_work.items():
        items += [Item(("word_work", part, i), placed, gap=True) for i, placed in enumerate(quiz.questions)]
    return tuple(items)


def _key(q: Any) -> int:
    return next(i for i, c in enumerate(q.choices) if c.correct)


# Wrong options: each says what it is ---------------------------------------------------------------------------

KINDS = ("misreading", "elsewhere", "misconception", "half-truth")


def check_distractor_kinds(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    from ...core.locate import find_quote

    problems = []
    for item in reading.items:
        if item.gap:
            continue  # a gap's wrong words are words that do not fit; `why` says why (check_gap_options)
        q = item.question
        for i, c in enumerate(q.choices):
            if c.correct:
                if c.kind or c.quote or c.source:
                    problems.append(((*item.key, "choices", i), f"question {q.id!r}: the correct option has a `kind`; only wrong options say what they are"))
                continue
            where = (*item.key, "choices", i)
            if c.kind is None:
                problems.append((where, f"question {q.id!r}: the wrong option {c.text!r} has no `kind`; say what it is: "
                                 f"{', '.join(KINDS)} (docs/authoring.md, \"Writing items\")"))
            elif c.kind in ("misreading", "elsewhere"):
                if c.quote is None:
                    problems.append((where, f"question {q.id!r}: a {c.kind} option needs a `quote`: the words of the op-ed it "
                                     f"{'misreads' if c.kind == 'misreading' else 'repeats'}"))
                elif find_quote(doc, c.quote) is None:
                    problems.append(((*where, "quote"), f"question {q.id!r}: expected a quote from the op-ed, {c.quote!r} is not in it"))
            elif c.kind == "misconception":
                if c.source is None:
                    problems.append((where, f"question {q.id!r}: a misconception needs a `source`: the id under `sources:` that documents it"))
                elif c.source not in reading.sources:
                    problems.append(((*where, "source"), f"question {q.id!r}: source {c.source!r} is not under `sources:`"))
    return problems


# "Choose all that apply": the number of boxes to tick varies ----------------------------------------------------


def check_choose_all_spread(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    multi = [item for item in reading.items if not item.gap and item.question.multiple]
    counts = Counter(sum(c.correct for c in item.question.choices) for item in multi)
    if len(multi) < 2 or len(counts) >= 2:
        return []
    (n,) = counts
    return [(("quizzes",), f"every \"choose all that apply\" question has {n} correct options ({len(multi)} questions); vary the "
             "number, or a reader ticks that many without reading")]


def choose_all_counts(reading: Reading) -> Counter[int]:
    return Counter(sum(c.correct for c in item.question.choices) for item in reading.items if not item.gap and item.question.multiple)


# Answer types: "the op-ed gives none", "all of these" … are the key no more often than chance -----------------------

ANSWER_TYPES: dict[str, str] = {
    "no support": r"\b(nothing|none|only the (statement|claim)|(gives|offers|names|cites|reports|says) no|no (source|evidence|example|figure|"
                  r"stud(y|ies)|data|support|case|result|reason|name))\b",
    "all of these": r"\b(all of (these|the above|them)|all three|every one of)\b",
    "cannot tell": r"\b(can ?not|can't) (tell|say|know)\b|\bnot enough information\b",
}


@dataclass(frozen=True)
class TypeFigure:
    name: str
    questions: int  # single-answer questions with an option of this type
    keys: int  # of which the option of this type is the key
    expected: float  # what chance gives

    @property
    def allowed(self) -> int:
        return max(1, -int(-self.expected // 1)) if self.questions else 0


def answer_types(reading: Reading) -> list[TypeFigure]:
    figures = []
    for name, pattern in ANSWER_TYPES.items():
        found = re.compile(pattern, re.IGNORECASE)
        questions = keys = 0
        expected = 0.0
        for item in reading.items:
            q = item.question
            if item.gap or q.multiple:
                continue
            typed = [i for i, c in enumerate(q.choices) if found.search(c.text)]
            if not typed:
                continue
            questions += 1
            expected += len(typed) / len(q.choices)
            keys += _key(q) in typed
        figures.append(TypeFigure(name, questions, keys, expected))
    return figures


def check_answer_types(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    return [
        (("quizzes",), f"an option of the type \"{f.name}\" is the key in {f.keys} of the {f.questions} questions that offer one; "
         f"chance gives {f.expected:.1f}, so at most {f.allowed}. Make it a wrong option in some of them")
        for f in answer_types(reading) if f.keys > f.allowed
    ]


# The key is not the option closest in wording to the plain version or to the cited sentence ------------------------


@dataclass(frozen=True)
class Closeness:
    against: str  # "plain version" or "cited sentence"
    questions: int
    closest: float  # questions whose key is the closest option (a tie of n counts 1/n)
    chance: float  # the same count for a reader who picks at random

    @property
    def rate(self) -> float:
        return self.closest / self.questions if self.questions else 0.0

    @property
    def chance_rate(self) -> float:
        return self.chance / self.questions if self.questions else 0.0

    def line(self) -> str:
        return (f"key closest in wording to the {self.against}: {self.rate:.0%} of {self.questions} single-answer questions "
                f"(chance {self.chance_rate:.0%})")


def closeness(reading: Reading, against: str) -> Closeness:
    questions = 0
    closest = chance = 0.0
    for item in reading.items:
        q = item.question
        if item.gap or q.multiple:
            continue
        if against == "plain version":
            reference = reading.plain.get(item.placed.evidence.paragraph.id)
            if reference is None:
                continue
        else:
            reference = " ".join(s.text for s in item.placed.evidence.sentences)
        ref = content_words(reference)
        scores = [len(content_words(c.text) & ref) for c in q.choices]
        best = max(scores)
        tied = [i for i, s in enumerate(scores) if s == best]
        questions += 1
        chance += 1 / len(q.choices)
        closest += (1 / len(tied)) if _key(q) in tied else 0.0
    return Closeness(against, questions, closest, chance)


def closeness_figures(reading: Reading) -> list[Closeness]:
    return [closeness(reading, "plain version"), closeness(reading, "cited sentence")]


def check_closest_wording(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for figure in closeness_figures(reading):
        if figure.questions and figure.rate > figure.chance_rate + limits.closest_margin:
            problems.append((("quizzes",), f"{figure.line()}; at most {figure.chance_rate + limits.closest_margin:.0%}, or matching "
                             f"words passes the quiz. Word the key in your own terms, or a wrong option in the {figure.against}'s"))
    return problems


# Word work: one word form, one word that fits -----------------------------------------------------------------------


def word_form(text: str) -> tuple[int, str, bool]:
    """How many words, the ending of the last (-ing, -ed, -ly, plural -s, other), and a capital: what grammar sees."""
    parts = text.split()
    last = parts[-1].lower().strip(".,;:")
    ending = next((e for e in ("ing", "ed", "ly") if last.endswith(e) and len(last) > len(e) + 2), "")
    if not ending and last.endswith("s") and not last.endswith(("ss", "us", "is")):
        ending = "s"
    return len(parts), ending, text[:1].isupper()


def check_gap_options(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    problems = []
    for item in reading.items:
        if not item.gap:
            continue
        q = item.question
        if q.prompt.count(GAP) != 1:
            problems.append(((*item.key, "prompt"), f"word work {q.id!r}: the sentence needs exactly one gap ({GAP})"))
            continue
        if q.multiple or sum(c.correct for c in q.choices) != 1:
            problems.append(((*item.key, "choices"), f"word work {q.id!r}: exactly one word fits the gap; mark one choice correct"))
            continue
        forms = {c.text: word_form(c.text) for c in q.choices}
        key_form = forms[q.choices[_key(q)].text]
        for i, c in enumerate(q.choices):
            if forms[c.text] != key_form:
                problems.append(((*item.key, "choices", i, "text"), f"word work {q.id!r}: {c.text!r} is not of the same word form as "
                                 "the answer (number of words, ending, capital); grammar would rule it out without reading"))
            elif not c.correct and c.text.lower() in q.prompt.lower():
                problems.append(((*item.key, "choices", i, "text"), f"word work {q.id!r}: {c.text!r} stands elsewhere in the sentence"))
            elif not c.correct and not c.why:
                problems.append(((*item.key, "choices", i), f"word work {q.id!r}: {c.text!r} has no `why`: say why it does not fit by meaning"))
    return problems


# No item reveals another -------------------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _spaced(text: str) -> str:
    return f" {' '.join(_words(text))} "


@lru_cache(maxsize=1024)
def _gap_phrases(prompt: str, key: str) -> tuple[str, ...]:
    """The answer word with its sentence around it: from the nearest content word before it, and to the nearest after."""
    before_text, after_text = prompt.split(GAP, 1)
    before = words(before_text.rsplit("“", 1)[-1])
    after = words(after_text.split("”", 1)[0])
    answer = words(key)
    phrases = []
    left = next((i for i in range(len(before) - 1, -1, -1) if before[i] not in _STOP), None)
    if left is not None:
        phrases.append(before[left:] + answer)
    right = next((i for i, w in enumerate(after) if w not in _STOP), None)
    if right is not None:
        phrases.append(answer + after[: right + 1])
    return tuple(f" {' '.join(p)} " for p in phrases)


def _share(option: str, text: frozenset[str] | set[str]) -> float:
    own = _content(option)
    return len(own & text) / len(own) if own else 0.0


def reveals(item: Item, text: str) -> bool:
    """Whether `text` gives away the answer of `item` in the same words."""
    q = item.question
    if item.gap:
        found = _spaced(text)
        return any(phrase in found for phrase in _gap_phrases(q.prompt, q.choices[_key(q)].text))
    if told := _told_phrases(item):
        found = _spaced(text)
        return any(phrase in found for phrase in told)
    found_set = _content(text)
    right = [c for c in q.choices if c.correct]
    wrong = [c for c in q.choices if not c.correct]
    best_wrong = max((_share(c.text, found_set) for c in wrong), default=0.0)
    if q.multiple:
        return min(_share(c.text, found_set) for c in right) >= 0.5 and best_wrong < 0.5
    key = right[0].text
    return len(content_words(key)) >= 3 and _share(key, found_set) >= 0.75 and _share(key, found_set) - best_wrong >= 0.4


def _answer_words(item: Item) -> frozenset[str]:
    """Words a text must hold to give away `item`'s answer (see `reveals`): for a gap-fill, the answer's words;
    otherwise the correct options' content words, of which a revealing text holds at least one."""
    q = item.question
    if item.gap:
        return frozenset(_words(q.choices[_key(q)].text))
    if told := _told_phrases(item):
        return frozenset(w for phrase in told for w in phrase.split())
    return frozenset(w for c in q.choices if c.correct for w in _content(c.text))


NEGATED = re.compile(r"\bNOT\b")  # "Which of these is NOT the author's?": the key is the one option left over


def _told_phrases(item: Item) -> tuple[str, ...]:
    """For a question that asks which option is NOT so, each wrong option's words as a phrase: a text that quotes
    one tells a reader that option is so, and the key is found by elimination. Empty for other questions."""
    q = item.question
    if item.gap or not NEGATED.search(q.prompt):
        return ()
    phrases = []
    for c in q.choices:
        if not c.correct:
            own = words(c.text)
            while own and own[0] in _STOP:  # "A call to arms" is told by any text that says "call to arms"
                own = own[1:]
            if own:
                phrases.append(f" {' '.join(own)} ")
    return tuple(phrases)


def revealing(reading: Reading) -> list[tuple[tuple[Any, ...], str, Item]]:
    """(key path of the text, field, the item it gives away) for every text that gives away another item's answer.

    A text that holds none of the words an answer needs (`_answer_words`) cannot give it away, so `reveals`
    weighs only the texts that do. For a question that asks which option is NOT so, a text that quotes one of
    its wrong options gives the answer away by elimination (`_told_phrases`)."""
    found = []
    texts = [(other, field, text, frozenset(_words(text))) for other in reading.items for field, text in other.texts()]
    others = [(key, text, frozenset(_words(text))) for key, text in reading.others]
    for target in reading.items:
        needed = _answer_words(target)
        gap = target.gap
        for other, field, text, present in texts:
            if other is target or not (needed <= present if gap else needed & present):
                continue
            if reveals(target, text):
                found.append(((*other.key, *_field_path(field)), f"{other.question.id}.{field}", target))
        for key, text, present in others:
            if (needed <= present if gap else needed & present) and reveals(target, text):
                found.append((key, ".".join(str(k) for k in key), target))
    return found


def _field_path(field: str) -> tuple[Any, ...]:
    match = re.fullmatch(r"choices\[(\d+)\]\.(\w+)", field)
    return ("choices", int(match.group(1)), match.group(2)) if match else (field,)


def check_no_item_reveals_another(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    return [
        (key, f"{where} gives away the answer of {target.question.id!r} in the same words; say it another way or ask about something else")
        for key, where, target in revealing(reading)
    ]


# A wrong option's `why` keeps the answer for "Show the answer" ----------------------------------------------------


def _why_gives_away(item: Item, why: str) -> bool:
    """Whether a wrong option's own `why` names the item's answer in the same words: a gap's word, or what
    `reveals` finds for a question. A question that asks which option is NOT so is left out: the why of each
    of its wrong options must say that option is so."""
    q = item.question
    if item.gap:
        return f" {' '.join(words(q.choices[_key(q)].text))} " in _spaced(why)
    return not _told_phrases(item) and reveals(item, why)


def check_whys_keep_the_answer(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    """A wrong check shows that option's `why`, then offers another try or "Show the answer" (which is recorded):
    the why says why the option is wrong and where to look, never what the answer is."""
    return [
        ((*item.key, "choices", i, "why"), f"{item.question.id!r}: the `why` of {c.text!r} gives the answer away, which a student "
         "should see only by asking for it; say why this option is wrong and where to look")
        for item in reading.items
        for i, c in enumerate(item.question.choices)
        if not c.correct and c.why and _why_gives_away(item, c.why)
    ]


# Ids say nothing about the answer ------------------------------------------------------------------------------------


def check_opaque_ids(reading: Reading, doc: Document, limits: Limits) -> list[Problem]:
    """A question's id reaches the page (its element id, name and data attribute): it may name the topic, not the answer."""
    problems = []
    for item in reading.items:
        q = item.question
        shown = content_words(q.prompt) | {w for c in q.choices if not c.correct for w in content_words(c.text)}
        answer = {w for c in q.choices if c.correct for w in content_words(c.text)} - shown
        named = sorted({w for w in words(q.id.replace("-", " ")) if len(w) > 2} & answer)
        if named:
            problems.append(((*item.key, "id"), f"question {q.id!r}: the id names the answer ({', '.join(named)}) and reaches the page; "
                             "choose an id that names the topic only"))
    return problems


READING_CHECKS: tuple[Callable[[Reading, Document, Limits], list[Problem]], ...] = (
    check_distractor_kinds,
    check_choose_all_spread,
    check_answer_types,
    check_closest_wording,
    check_gap_options,
    check_no_item_reveals_another,
    check_whys_keep_the_answer,
    check_opaque_ids,
)


def run_reading_checks(reading: Reading, doc: Document, limits: Limits = LIMITS) -> list[Problem]:
    return [problem for check in READING_CHECKS for problem in check(reading, doc, limits)]


def figures_report(reading: Reading) -> str:
    """The figures `make check` prints for each reading."""
    counts = choose_all_counts(reading)
    lines = [f.line() for f in closeness_figures(reading)]
    lines.append("\"choose all\" correct options: " + (", ".join(f"{n} in {k}" for n, k in sorted(counts.items())) or "none"))
    for f in answer_types(reading):
        if f.questions:
            lines.append(f"answer type \"{f.name}\": the key in {f.keys} of {f.questions} (chance {f.expected:.1f})")
    lines.append(f"items revealing another: {len(revealing(reading))}")
    return "\n".join(lines)
