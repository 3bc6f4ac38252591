"""Dropping the parts of a page that are not the report: link lists, comment widgets, calls to act.

The rules are data: three lists of line patterns, each matched against a whole
(stripped) line, case-insensitively, with optional bullets and a trailing colon.

- SECTION_MARKERS open a block of headlines and teasers ("Related Stories").
  The block is dropped up to the next real paragraph, or to the end.
- COMMENT_MARKERS open a comment widget. Widgets come after the article, so one
  found after the text has begun (a real paragraph precedes it) drops everything
  after it; one found earlier (a share/comment toolbar) drops only its own line.
- LINE_MARKERS are single short lines ("Donate", "Share this", "Read more: ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

SECTION_MARKERS = [
    r"related(?: (?:stories|story|news|articles?|posts?|content|links|topics|videos?|reports?|items))?",
    r"featured(?: (?:stories|news|articles|posts|videos?))?",
    r"most (?:viewed|read|popular|visited|commented|shared|recent)(?: (?:stories|news|articles))?",
    r"(?:popular|top|trending|latest|recent|more|other|similar|breaking)(?: (?:stories|news|articles|posts|headlines|videos?))",
    r"(?:latest|breaking|trending|headlines|highlights)",
    r"you (?:may|might) (?:also )?(?:like|be interested in|have missed)",
    r"(?:read|see) (?:more|also)|also read|more to read|further reading",
    r"recommended(?: (?:for you|stories|articles|news))?",
    r"editor'?s?['’]? (?:picks?|choice)",
    r"more (?:from|on|in|about) .{1,60}",
    r"in (?:other|related) news",
    r"(?:tags?|keywords?|topics?)",
]

COMMENT_MARKERS = [
    r"comments?",
    r"\d+ comments?",
    r"comments? \(\d+\)",
    r"(?:leave|post|add|write|submit|send) (?:a |your |new )?(?:comment|reply|opinion)",
    r"your (?:comment|opinion|name|e-?mail)",
    r"(?:show|view|load|read) (?:all |more )?comments",
    r"(?:there are )?no comments(?: yet)?",
]

LINE_MARKERS = [
    r"(?:read|see) (?:more|also)\s*:.*",                 # "Read more: <headline>" inline link
    r"(?:tags?|keywords?)\s*:.*",
    r"donate(?: now| today)?|make a donation|support (?:us|our (?:work|journalism)).*",
    r"subscribe\b.*|unsubscribe",
    r"(?:sign up|join|get|receive)\b.*\b(?:newsletter|updates|alerts)\b.*|newsletter(?: sign[- ]?up)?",
    r"share(?: this(?: article| story| page| post)?| on \w+| via \w+| article| story)?(?:\s*[:|].*)?",
    r"(?:follow|like) us\b.*",
    r"(?:print|email|e-mail|tweet|whatsapp|facebook|twitter|telegram|linkedin|reddit)(?: ?[|/•·] ?\w+)*",
    r"click here\b.*",
    r"(?:advertisement|sponsored(?: content)?|back to top|top of page)",
    r"copyright\s*(?:©|\(c\)|\d{4}).*|©.*|all rights reserved.*",
]

# A line bullets or decorations may precede, and a colon may follow.
_DECORATION = r"^[\s*#•·>|\-–—]*(?:{})[\s:.|]*$"


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile(_DECORATION.format("|".join(f"(?:{p})" for p in patterns)), re.IGNORECASE)


SECTION_RE = _compile(SECTION_MARKERS)
COMMENT_RE = _compile(COMMENT_MARKERS)
LINE_RE = _compile(LINE_MARKERS)

# Marker lines are short: a long line that starts like one is a sentence.
MAX_MARKER_WORDS = 14
# A block of links ends at a line that reads like prose: enough words, a sentence
# ending, and not a teaser cut off with an ellipsis.
MIN_PARAGRAPH_WORDS = 10
SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’»)\]]*$")
# "Islam Times - The chief of ...": a teaser in a link list, however long.
TEASER_PREFIX = re.compile(r"^\s*[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4}\s+[-–—]\s+\S")


@dataclass
class Cleaned:
    lines: list[str]
    dropped: list[str] = field(default_factory=list)   # kept for what they tell (outlet teasers)


def is_real_paragraph(line: str) -> bool:
    stripped = line.strip()
    return (len(stripped.split()) >= MIN_PARAGRAPH_WORDS and bool(SENTENCE_END.search(stripped))
            and not ELLIPSIS_END.search(stripped))


def _ends_link_list(line: str) -> bool:
    return is_real_paragraph(line) and not TEASER_PREFIX.match(line)


def _is_marker(pattern: re.Pattern, line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= MAX_MARKER_WORDS and bool(pattern.match(stripped))


def remove_boilerplate(lines: list[str]) -> Cleaned:
    """Lines of the body with boilerplate blocks and lines removed."""
    kept: list[str] = []
    dropped: list[str] = []
    in_section = False
    for index, line in enumerate(lines):
        if in_section and not _ends_link_list(line):
            dropped.append(line)
            continue
        in_section = False
        if _is_marker(COMMENT_RE, line):
            if any(is_real_paragraph(previous) for previous in kept):
                dropped.extend(lines[index:])
                break
            dropped.append(line)
        elif _is_marker(SECTION_RE, line):
            in_section = True
            dropped.append(line)
        elif _is_marker(LINE_RE, line):
            dropped.append(line)
        else:
            kept.append(line)
    return Cleaned(kept, dropped)
