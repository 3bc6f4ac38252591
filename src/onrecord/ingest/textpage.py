"""Reading a text page in the style of news sites and transcript services.

A page starts with a header of short lines, in any order: a date line, the
headline, a clip line ("#8830 | 03:19"), a "Source:" line, a story code or news
id, sometimes the headline again. The header ends at the first line that is
none of these; that line starts the body. Header lines are read into fields and
left out of the body; the body keeps every other character as written, because
later stages compute offsets into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import remove_boilerplate
from .dates import StatedDate, parse_date_line, parse_date_stamp_line

CLIP_LINE = re.compile(r"^\s*#\s*(?P<id>\d+)\s*\|\s*(?P<duration>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
ID_LINE = re.compile(
    r"^\s*(?:story\s*code|news\s*(?:id|code)|article\s*id|news\s*no\.?|clip\s*(?:no\.?|id|#))\s*[:#]?\s*(?P<id>[A-Za-z0-9-]+)\s*$",
    re.IGNORECASE)
# "Source: Mayadeen TV (Lebanon)". A source line is a name, not a sentence.
SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(?P<name>[^()\n]{1,80}?)\s*(?:\((?P<country>[^()\n]{1,40})\))?\s*$",
                         re.IGNORECASE)
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|bin|de|van|von)){0,4})\s*$")

# A headline: a single, not too long line that does not end like a sentence.
MAX_HEADLINE_CHARS = 300
MAX_HEADLINE_WORDS = 45
MIN_HEADLINE_CHARS = 10
SENTENCE_CLOSE = re.compile(r"[.,;:][\"'”’)\]]*$")
# How many non-blank lines the header may span before we stop looking for it.
MAX_HEADER_LINES = 12

# "Islam Times - Secretary-general of ..." : an outlet naming itself before a teaser or lead.
OUTLET_PREFIX = re.compile(r"^\s*(?P<name>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4})\s+[-–—]\s+\S")
# Without more evidence, only a name that says it is a publisher is taken for one
# ("BAGHDAD -" and "Tehran -" are datelines).
OUTLET_WORDS = re.compile(
    r"\b(?:times|news|agency|press|tv|post|daily|tribune|herald|journal|network|online|media|observer|gazette|"
    r"telegraph|review|monitor|channel|radio|chronicle|today|wire|report|express|mirror|star|sun)\b",
    re.IGNORECASE)
ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")


@dataclass
class TextPage:
    body: str
    title: str | None = None
    published: StatedDate | None = None
    broadcaster: str | None = None
    external_id: str | None = None
    outlet: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class _Header:
    title: str | None = None
    published: StatedDate | None = None
    date_stamp: StatedDate | None = None
    broadcaster: str | None = None
    external_id: str | None = None
    extra: dict = field(default_factory=dict)


def normalise_lines(text: str) -> list[str]:
    """CRLF and CR to LF, trailing white space stripped; nothing else touched."""
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def parse_text_page(text: str, known_title: str | None = None) -> TextPage:
    """Header fields and clean body of a page.

    `known_title` (from HTML metadata) stops the parser from taking a body line
    for the headline; a line repeating it is still removed.
    """
    lines = normalise_lines(text)
    header = _Header(title=known_title)
    body_start = _read_header(lines, header, may_take_title=known_title is None)
    body_lines = _drop_repeated_title(lines[body_start:], header.title)
    body_lines = _drop_trailing_source_line(body_lines, header)
    cleaned = remove_boilerplate(body_lines)
    body = join_paragraphs(cleaned.lines)
    return TextPage(
        body=body,
        title=header.title,
        published=header.published or header.date_stamp,
        broadcaster=header.broadcaster,
        external_id=header.external_id,
        outlet=find_outlet(cleaned.lines, cleaned.dropped),
        extra=header.extra,
    )


def _read_header(lines: list[str], header: _Header, may_take_title: bool) -> int:
    """Read header lines into `header`; return the index of the first body line."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > MAX_HEADER_LINES or not _read_header_line(line, lines[index + 1:], header, may_take_title):
            return index
    return len(lines)


def _read_header_line(line: str, following: list[str], header: _Header, may_take_title: bool) -> bool:
    """Record what a header line says; False when the line is not a header line."""
    if (stamp := parse_date_stamp_line(line)) is not None:
        header.date_stamp = header.date_stamp or stamp
    elif (stated := parse_date_line(line)) is not None:
        header.published = header.published or stated
    elif match := CLIP_LINE.match(line):
        header.external_id = header.external_id or match["id"]
        header.extra.setdefault("clip_duration", match["duration"])
    elif match := ID_LINE.match(line):
        header.external_id = header.external_id or match["id"]
    elif match := SOURCE_LINE.match(line):
        _record_source(header, match)
    elif header.title and _same_text(line, header.title):
        pass  # the headline repeated (e.g. after "Story Code : ...")
    elif header.title and (match := BYLINE.match(line)):
        header.extra.setdefault("byline", match["name"])
    elif may_take_title and header.title is None and _looks_like_headline(line, following):
        header.title = line.strip()
    else:
        return False
    return True


def _record_source(header: _Header, match: re.Match) -> None:
    if header.broadcaster is None:
        header.broadcaster = match["name"].strip()
        if match["country"]:
            header.extra["broadcaster_country"] = match["country"].strip()


def _looks_like_headline(line: str, following: list[str]) -> bool:
    stripped = line.strip()
    return (MIN_HEADLINE_CHARS <= len(stripped) <= MAX_HEADLINE_CHARS
            and len(stripped.split()) <= MAX_HEADLINE_WORDS
            and not SENTENCE_CLOSE.search(stripped)
            and any(rest.strip() for rest in following))   # a headline has a story under it


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _drop_repeated_title(lines: list[str], title: str | None) -> list[str]:
    """HTML extractors often return the headline again as the first line."""
    if title:
        for index, line in enumerate(lines):
            if line.strip():
                return lines[index + 1:] if _same_text(line, title) else lines
    return lines


def _drop_trailing_source_line(lines: list[str], header: _Header) -> list[str]:
    """A "Source: X" credit as the last line belongs to the page, not the text."""
    last = max((i for i, line in enumerate(lines) if line.strip()), default=None)
    if last is not None and (match := SOURCE_LINE.match(lines[last])):
        header.extra.setdefault("source_credit", match["name"].strip())
        return lines[:last]
    return lines


def join_paragraphs(lines: list[str]) -> str:
    """Body text: paragraphs separated by exactly one blank line, lines inside a paragraph kept."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(paragraph) for paragraph in paragraphs if paragraph)


def find_outlet(body_lines: list[str], dropped_lines: list[str]) -> str | None:
    """The publisher, when the page names itself before a teaser or the lead.

    Teasers in dropped link lists ("Islam Times - ... ...") are the best evidence;
    a prefix on the lead paragraph counts only if the name says it is a publisher.
    """
    teaser_names = [m["name"] for line in dropped_lines
                    if ELLIPSIS_END.search(line) and (m := OUTLET_PREFIX.match(line)) and not m["name"].isupper()]
    for name in teaser_names:
        if OUTLET_WORDS.search(name) or teaser_names.count(name) > 1:
            return name
    lead = next((line for line in body_lines if line.strip()), "")
    match = OUTLET_PREFIX.match(lead)
    if match and not match["name"].isupper() and OUTLET_WORDS.search(match["name"]):
        return match["name"]
    return None
