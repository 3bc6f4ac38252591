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
from .dates import StatedDate, parse_date_line, parse_date_stamp_line, parse_labelled_date_line

CLIP_LINE = re.compile(r"^\s*(?:clip\s*(?:no\.?)?\s*)?#\s*(?P<id>\d+)\s*\|\s*(?P<duration>\d{1,2}:\d{2}(?::\d{2})?)\s*$",
                       re.IGNORECASE)
ID_LINE = re.compile(
    r"^\s*(?:story\s*code|news\s*(?:id|code)|article\s*id|news\s*no\.?|clip\s*(?:no\.?|id|#))\s*[:#]?\s*(?P<id>[A-Za-z0-9-]+)\s*$",
    re.IGNORECASE)
# "Source: Mayadeen TV (Lebanon)": the name before any bracket, the country in the last one.
SOURCE_LINE = re.compile(r"^\s*source\s*:\s*(?P<value>[^\s(].{0,119})$", re.IGNORECASE)
SOURCE_COUNTRY = re.compile(r"\(([^()]{1,40})\)\s*$")
MAX_SOURCE_WORDS = 12          # longer, it is a sentence that starts with "Source:"
BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|bin|de|van|von)){0,4})\s*$")

# A headline: a single, not too long line that does not end like a sentence (or, if it
# ends with a full stop, is short and stands alone above a longer lead paragraph).
MAX_HEADLINE_CHARS = 300
MAX_HEADLINE_WORDS = 45
MIN_HEADLINE_CHARS = 10
MAX_HEADLINE_WITH_STOP_CHARS = 160
CLAUSE_CLOSE = re.compile(r"[,;:][\"'”’)\]]*$")
FULL_STOP_CLOSE = re.compile(r"\.[\"'”’)\]]*$")
# Separators between a headline and a site name ("Headline - Islam Times").
TITLE_SUFFIX_SEPARATOR = re.compile(r"^\s*[-|–—:]\s*\S")
MIN_TITLE_SHARE = 0.5          # a site-name suffix is shorter than the headline it follows
QUOTE_VARIANTS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
# How many non-blank lines the header may span before we stop looking for it.
MAX_HEADER_LINES = 12
# How far below a headline candidate we look for the story under it.
LOOKAHEAD_LINES = 50

# "Islam Times - Secretary-general of ..." : an outlet naming itself before a teaser or lead.
OUTLET_PREFIX = re.compile(r"^\s*(?P<name>[A-Z][\w'’&.]*(?:\s+[A-Z][\w'’&.]*){0,4})\s+[-–—]\s+\S")
# Teasers are a sentence or more; shorter lines in link lists are headlines ("Iran - Iraq Talks Resume").
MIN_TEASER_WORDS = 8
# Without more evidence, only a name that says it is a publisher is taken for one
# ("BAGHDAD -" and "Tehran -" are datelines).
OUTLET_WORDS = re.compile(
    r"\b(?:times|news|agency|press|tv|post|daily|tribune|herald|journal|network|online|media|observer|gazette|"
    r"telegraph|review|monitor|channel|radio|chronicle|today|wire|report|express|mirror|star|sun)\b",
    re.IGNORECASE)


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
class HeaderFields:
    """What header lines say about a page."""
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
    header = HeaderFields(title=known_title)
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


def read_header_fields(lines: list[str]) -> HeaderFields:
    """Header fields from lines around a text rather than at its top (an HTML page's chrome).

    Every line is tried; where lines disagree the one read last from the end, i.e. the one
    nearest the text, wins.
    """
    header = HeaderFields()
    for line in reversed(lines):
        _read_header_line(line, [], header, may_take_title=False)
    return header


def _read_header(lines: list[str], header: HeaderFields, may_take_title: bool) -> int:
    """Read header lines into `header`; return the index of the first body line."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        following = lines[index + 1: index + 1 + LOOKAHEAD_LINES]
        if seen > MAX_HEADER_LINES or not _read_header_line(line, following, header, may_take_title):
            return index
    return len(lines)


def _read_header_line(line: str, following: list[str], header: HeaderFields, may_take_title: bool) -> bool:
    """Record what a header line says; False when the line is not a header line."""
    if (stamp := parse_date_stamp_line(line)) is not None:
        header.date_stamp = header.date_stamp or stamp
    elif (stated := parse_date_line(line)) is not None:
        header.published = header.published or stated
    elif match := CLIP_LINE.match(line):
        header.external_id = header.external_id or match["id"]
        header.extra.setdefault("clip_duration", match["duration"])
    elif labelled := parse_labelled_date_line(line):
        kind, value = labelled           # a date we cannot read, or an update time: kept, not guessed
        header.extra.setdefault("updated" if kind == "updated" else "published_as_written", value)
    elif match := ID_LINE.match(line):
        header.external_id = header.external_id or match["id"]
    elif (match := SOURCE_LINE.match(line)) and len(match["value"].split()) <= MAX_SOURCE_WORDS:
        _record_source(header, match["value"])
    elif header.title and _is_title_variant(line, header.title):
        pass  # the headline repeated (e.g. after "Story Code : ...")
    elif header.title and (match := BYLINE.match(line)):
        header.extra.setdefault("byline", match["name"])
    elif may_take_title and header.title is None and _looks_like_headline(line, following):
        header.title = line.strip()
    else:
        return False
    return True


def _record_source(header: HeaderFields, value: str) -> None:
    """"Mayadeen TV (Lebanon)" -> broadcaster "Mayadeen TV", country "Lebanon"."""
    if header.broadcaster is not None:
        return
    name = value.split("(", 1)[0].strip()
    header.broadcaster = name or value.strip()
    if country := SOURCE_COUNTRY.search(value):
        header.extra["broadcaster_country"] = country.group(1).strip()


def _looks_like_headline(line: str, following: list[str]) -> bool:
    stripped = line.strip()
    if not (MIN_HEADLINE_CHARS <= len(stripped) <= MAX_HEADLINE_CHARS and len(stripped.split()) <= MAX_HEADLINE_WORDS):
        return False
    next_lines = [rest for rest in following if rest.strip()]
    if not next_lines or CLAUSE_CLOSE.search(stripped):    # a headline has a story under it
        return False
    if FULL_STOP_CLOSE.search(stripped):
        stands_alone = bool(following) and not following[0].strip()
        return (stands_alone and len(stripped) <= MAX_HEADLINE_WITH_STOP_CHARS
                and len(next_lines[0].strip()) > len(stripped))
    return True


def _comparable(text: str) -> str:
    return " ".join(text.translate(QUOTE_VARIANTS).split()).casefold()


def _same_text(a: str, b: str) -> bool:
    return _comparable(a) == _comparable(b)


def _is_title_variant(line: str, title: str) -> bool:
    """The headline again, possibly with or without a site name after a separator."""
    line_key, title_key = _comparable(line), _comparable(title)
    if line_key == title_key:
        return True
    longer, shorter = (line_key, title_key) if len(line_key) > len(title_key) else (title_key, line_key)
    return (len(shorter) >= MIN_TITLE_SHARE * len(longer) and longer.startswith(shorter)
            and bool(TITLE_SUFFIX_SEPARATOR.match(longer[len(shorter):])))


def _drop_repeated_title(lines: list[str], title: str | None) -> list[str]:
    """HTML extractors often return the headline again as the first line."""
    if title:
        for index, line in enumerate(lines):
            if line.strip():
                return lines[index + 1:] if _is_title_variant(line, title) else lines
    return lines


def _drop_trailing_source_line(lines: list[str], header: HeaderFields) -> list[str]:
    """A "Source: X" credit as the last line belongs to the page, not the text."""
    last = max((i for i, line in enumerate(lines) if line.strip()), default=None)
    match = SOURCE_LINE.match(lines[last]) if last is not None else None
    if match and len(match["value"].split()) <= MAX_SOURCE_WORDS:
        header.extra.setdefault("source_credit", match["value"].strip())
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
    teasers = dict.fromkeys(line.strip() for line in dropped_lines if len(line.split()) >= MIN_TEASER_WORDS)
    teaser_names = [m["name"] for line in teasers if (m := OUTLET_PREFIX.match(line)) and not m["name"].isupper()]
    for name in teaser_names:
        if OUTLET_WORDS.search(name) or teaser_names.count(name) > 1:
            return name
    lead = next((line for line in body_lines if line.strip()), "")
    match = OUTLET_PREFIX.match(lead)
    if match and not match["name"].isupper() and OUTLET_WORDS.search(match["name"]):
        return match["name"]
    return None
