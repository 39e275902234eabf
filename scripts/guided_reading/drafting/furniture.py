"""Editorial furniture: the lines of a web page or a newsletter that a reader skips without thinking.

A pull quote, a "Sign up for our newsletter" line, a photo caption, a "Read more" link or a correction notice is
not part of the op-ed's argument, though it was copied with it. The draft leaves each out of the body, says why in
a comment, lists it with a to-do to confirm it, and says how to put it back. Only short lines are furniture: a
paragraph of the author's that happens to start with "Related" stays a paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.clean import Block
from ..core.segment import split_sentences

# Kinds a reader should still see: shown on "About this text" from meta.publisher_notes.
FOR_THE_RECORD = ("correction notice", "translator's credit", "editor's note")

_SEP = r"\s*(?:[:|›»—–]|-\s)"
_LINK_LABEL = re.compile(
    r"^(?:read more|read also|also read|read next|see also|related(?: articles?| stories| coverage| reading)?|more from|"
    r"more on|more stories|recommended(?: for you)?|most read|most popular|you may also like|you might also like|"
    r"further coverage|more)\b",
    re.IGNORECASE,
)
_KINDS: list[tuple[str, re.Pattern[str], int]] = [  # (kind, pattern, at most this many words)
    ("correction notice", re.compile(r"^(?:corrections?|clarifications?|update)\b[^:]{0,40}:\s*\S|^an earlier version of this\b|"
                                     r"^this (?:article|story|piece|essay|op-ed) (?:was|has been) (?:amended|corrected|updated)\b", re.I), 90),
    ("editor's note", re.compile(r"^(?:editor[’']?s[’']?|editorial) note\b|^note from the editors?\b|"
                                 r"^the (?:views|opinions) expressed (?:here |in this (?:article|piece|essay|op-ed) )?are\b|"
                                 r"^(?:opinion|guest) (?:articles|pieces|essays|columns) (?:reflect|represent)\b", re.I), 90),
    ("translator's credit", re.compile(
        r"^\(?(?:translated(?: from (?:the )?[A-Z][\w-]+)?(?: into english)?(?: by)?|translation(?: from (?:the )?[A-Z][\w-]+)? by|"
        r"translator:|english translation by)\s+\S", re.I), 30),
    ("newsletter line", re.compile(
        r"^(?:sign up|subscribe|get (?:the|our) .{0,60}(?:newsletter|in your inbox)|join .{0,40}newsletter)\b|\bnewsletter\b.{0,60}"
        r"\b(?:sign up|subscribe)\b|\bsign up\b.{0,60}\bnewsletter\b|\bin your inbox\b", re.I), 30),
    ("share line", re.compile(
        r"^(?:share|tweet|e-?mail|print|copy link|save|gift)(?: (?:this|the))?(?: (?:article|story|page|op-ed|piece|link))?"
        r"(?: (?:on|via|with) .{0,30})?$|\bshare on (?:facebook|x|twitter|whatsapp|linkedin|bluesky)\b", re.I), 20),
    ("advertisement", re.compile(
        r"^(?:advertisement|advert|ad)\s*[-–—:|·]\s*(?:scroll|continue|story)[^.]*$|^sponsored by\s+[A-Z][^.]*$|"
        r"^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|paid partnership|story continues below(?: advertisement)?|"
        r"continue reading(?: below| the main story)?|scroll to continue(?: with content)?)$", re.I), 8),
    ("audio or reading-time line", re.compile(
        r"^(?:listen to this (?:article|story|op-ed)|\d+[- ]min(?:ute)?s?(?: read| listen)\b|reading time\b)", re.I), 12),
    ("photo caption or credit", re.compile(
        r"^(?:photo(?:graph)?s?|image|picture|illustration|caption|credit|photo credit|top image|main image)\s*(?:credit\s*)?[:|—–]|"
        r"^(?:photo(?:graph)?|image|illustration) by\s+[A-Z]|"
        r"\((?:photo(?:graph)?|image|illustration|credit)(?: by|:)\s[^)]*\)\.?$|"
        r"\b(?:getty images|reuters|associated press|afp|shutterstock|alamy)\)?\.?$|\(ap photo/[^)]*\)\.?$|^(?:image|photo|slide) \d+ of \d+\b", re.I), 45),
    ("topic tags", re.compile(r"^(?:topics?|tags?|filed under|more about|categories)\s*:\s*\S", re.I), 20),
    ("section label", re.compile(r"^(?:opinion|comment|commentary|analysis|op-ed|editorial|perspective|guest (?:column|essay)|"
                                 r"letters?(?: to the editor)?|viewpoint)(?:\s*[|›»/:·]\s*[^.!?]{0,30})?$", re.I), 5),
    ("social media line", re.compile(r"^follow (?:us|\w+(?: \w+)?) on (?:x|twitter|instagram|facebook|bluesky|mastodon|threads)\b|"
                                     r"^(?:on (?:x|twitter|bluesky|instagram):?\s*)?@\w{2,}$", re.I), 16),
    ("page navigation", re.compile(r"^(?:skip to (?:main )?content|skip navigation|back to top|menu|sign in|log in|"
                                   r"print this page|open in app)$", re.I), 4),
    ("age notice", re.compile(r"^this (?:article|story|piece) is (?:more than|over) (?:\w+ )?(?:years?|months?) old\b", re.I), 12),
    ("comments line", re.compile(r"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:view|show|join the|read the) (?:\d+ )?comments?\b|"
                                 r"^(?:leave|add|post) a comment\b", re.I), 8),
]
_BREADCRUMB = re.compile(r"^[^.!?:]{1,40}(?:\s[›»>/|]\s[^.!?:]{1,40}){2,}$|^home\s*[›»>/|]\s*\S", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")


def furniture_kind(text: str) -> str | None:
    """What kind of furniture a line or short paragraph is, or None when it may be the author's."""
    text = text.strip()
    if text.startswith("|") or text.endswith("|"):
        return None  # a row of a table
    count = len(text.split())
    for kind, pattern, most in _KINDS:
        if count <= most and pattern.search(text):
            return kind
    link = _LINK_LABEL.match(text)
    if link and count <= 16:
        rest = text[link.end() :]
        if not rest.strip() or re.match(_SEP, rest) or (not _TERMINAL.search(text) and count <= 12 and rest[:1] == " " and rest[1:2].isupper()):
            return "link to another article"
    if _BREADCRUMB.match(text) and count <= 10:
        return "breadcrumbs"
    return None


# "SAN ISIDRO — ", "LOWMERE, England – ": a news dateline opening the first paragraph, the place in capitals.
_INLINE_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?\s+[—–]\s+|"
                              r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s+--\s+)(?=[A-Z])")


def inline_dateline(text: str) -> str | None:
    """The dateline that opens a paragraph ("SAN ISIDRO — "), as written, or None."""
    match = _INLINE_DATELINE.match(text)
    return match.group(1) if match and len(match.group(1).split()) <= 6 else None


def _plain(text: str) -> str:
    """Text compared for repeats: letters and digits in lower case, quotes and punctuation gone."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


@dataclass
class Repeat:
    """A block of the body whose words are all said again elsewhere in it: a pull quote, or a paragraph pasted twice."""

    block: Block
    kept: Block  # the block that holds the copy kept in the body
    kind: str  # "pull quote" or "repeated paragraph"


def repeats(blocks: list[Block]) -> list[Repeat]:
    """Blocks that only repeat others. A pull quote (a short block whose sentences all stand in a longer one) goes and
    the sentence stays in its paragraph; of a paragraph pasted twice, the first copy stays."""
    found: list[Repeat] = []
    plain = [_plain(b.text) for b in blocks]
    for i, block in enumerate(blocks):
        if not plain[i] or len(plain[i].split()) > 80 or any(r.block is block for r in found):
            continue
        same = [j for j in range(len(blocks)) if j != i and plain[j] == plain[i]]
        if same:
            if same[0] < i:
                found.append(Repeat(block, blocks[same[0]], "repeated paragraph"))
            continue
        sentences = [_plain(s) for _, s in split_sentences(block.text.strip(" “”\"'‘’"))]
        sentences = [s for s in sentences if s]
        if not sentences or sum(len(s.split()) for s in sentences) < 6:
            continue
        holders = [j for j in range(len(blocks)) if j != i and len(plain[j]) > len(plain[i])
                   and all(f" {s} " in f" {plain[j]} " for s in sentences)]
        if holders:
            found.append(Repeat(block, blocks[holders[0]], "pull quote"))
    return found


def refrains(blocks: list[Block]) -> list[tuple[str, list[int]]]:
    """Sentences of six words or more that stand in two paragraphs or more: the author's own repetition, kept as
    written (leaving one out would change a paragraph of the author's), so the draft names them for a person to judge.
    (sentence, lines of the paragraphs that hold it)."""
    where: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    for block in blocks:
        for _, sentence in split_sentences(block.text):
            key = _plain(sentence)
            if len(key.split()) >= 6 and block.line not in where.setdefault(key, []):
                where[key].append(block.line)
                shown.setdefault(key, sentence)
    return [(shown[key], lines) for key, lines in where.items() if len(lines) > 1]
