"""Paragraphs and sentences as offset spans over the document text.

A hand-written splitter rather than a statistical one: news copy and
transcripts break in predictable places, and every later component needs
exact character offsets that a tokenizer's normalisation would lose.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rep", "sen", "gov", "st",
    "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "est", "approx", "fig", "e.g", "i.e", "u.s", "u.k",
    "u.n", "u.s.a", "a.m", "p.m", "sheikh", "h.e", "pres", "adm", "cmdr", "brig",
}

OPEN_MARKS = "\"“«„‘'‹"
CLOSE_MARKS = "\"”»“’'›"

# A sentence ends at . ! ? or … (possibly followed by closing marks/brackets) before white space and
# something that can open a sentence.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s+[\"“«‘'(\[]?[A-Z0-9\u0600-\u06FF])")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start:self.end]

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line is a paragraph: reports and transcripts put one paragraph per line."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, dot - 12):dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # single capital initial ("J. Magnier") or dotted acronyms ("U.S.")
    return bool(re.fullmatch(r"[a-z]", word) and text[dot - 1].isupper()) or "." in word


def sentences(text: str, within: Span | None = None) -> list[Span]:
    """Sentence spans inside `within` (default: every paragraph of `text`)."""
    if within is None:
        out: list[Span] = []
        for p in paragraphs(text):
            out.extend(sentences(text, p))
        return out
    out = []
    start = within.start
    chunk = text[within.start:within.end]
    for m in _SENTENCE_END.finditer(chunk):
        end = within.start + m.end()
        first_dot = within.start + m.start()
        if text[first_dot] == "." and m.group().startswith(".") and len(m.group().rstrip("\"”»’')]")) == 1 \
                and _is_abbreviation(text, first_dot):
            # "U.S. forces" is not a boundary, but "in the U.S. The" is: an abbreviation before a
            # capitalised function word still ends the sentence.
            nxt = re.match(r"\s+(\w+)", text[end:within.end])
            if not nxt or nxt.group(1) not in _SENTENCE_OPENERS:
                continue
        out.append(Span(start, end))
        start = end
        while start < within.end and text[start].isspace():
            start += 1
    if start < within.end:
        out.append(Span(start, within.end))
    return out


_SENTENCE_OPENERS = {"The", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "I", "In", "On",
                     "But", "And", "A", "An", "His", "Her", "Their", "Its", "There", "However", "Meanwhile"}


def sentence_at(sents: list[Span], pos: int) -> Span | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s
    return None


def paragraph_at(paras: list[Span], pos: int) -> Span | None:
    for p in paras:
        if p.start <= pos < p.end:
            return p
    return None


def trim(text: str, start: int, end: int, chars: str = " \t\n,;:.") -> tuple[int, int]:
    """Shrink [start, end) past white space and the given punctuation at both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def words(s: str) -> list[str]:
    return re.findall(r"[\w'’\-]+", s)
