"""Reading a text page in the style of news sites and transcript services.

A page starts with a header of short lines, in any order: a date line, the
headline, a clip line ("#8830 | 03:19"), a "Source:" line, a story code or news
id, sometimes the headline again. Pages saved whole add site chrome above it:
menus, breadcrumbs, a logo's alt text, a section name ("Football"), image
placeholders and credits, an update line; press releases add a "Contact:" block,
a headline over two upper-case lines and upper-case deck lines under it; audio
pages put a "headline : teaser" line above the headline; pages whose scripts did
not run keep interface text ("Please Wait...", icon names glued to labels). A line
above the headline that reads like one (a photo caption) is taken for it until the
line under it proves to be the headline (it is printed twice, or a date line
follows it). A credit ("Translated by X") may follow the headline. The header
ends at the first line that is none of these; that line starts the body. Header lines are
read into fields and left out of the body; the body keeps every other character
as written, because later stages compute offsets into it (a date stamp glued to
the first line of text, " date 2019-09-24 On ...", is the one thing cut from a line).

The publication date is the first that applies of: a date line, a date stamp, an
update line, a date ending a headline that names a dated occasion ("... Press
Conference on June 13, 2013"). An update line is used only when the page states
no publication date: pages that print just "Updated: <date>" print it where
others print the publication date, and the text is current as of that date. A
relative date line ("one year ago", kept as written in `extra`) is such a
statement, in a form we cannot read: then neither the update line nor the
headline's occasion is used. Which one was used is in `extra["published_from"]`.

The broadcaster is what the page says about itself: a "Source:" line, a sign-on
in the text ("... and this is EMBEDDED from NPR."), a copyright line under a
transcript, or the organisation in a press release's contact block when the
release announces a broadcast ("AIRING ON ...", "AUDIO AVAILABLE AT ..."), or
the channel the headline or the intro says an interview or speech was given to
("... Interview with Al-Alam Network", "Al-Alam TV's interview with ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .boilerplate import (ICON_LIGATURE, SENTENCE_END, is_boilerplate_line, is_interface_line, is_navigation_line,
                          remove_boilerplate, strip_icon_ligatures)
from .dates import (StatedDate, parse_date_line, parse_date_stamp_line, parse_labelled_date_line,
                    parse_relative_date_line, parse_title_date, parse_updated_line, split_date_stamp_prefix)

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
# "Translated by Al-Ahed News", "Edited by Jane Roe": who else worked on the text, under the headline.
CREDIT_LINE = re.compile(r"^\s*(?P<role>translated|edited|compiled|prepared|written|reported)\s+by\s*:?\s+"
                         r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|bin|de|van|von)){0,4})\s*$",
                         re.IGNORECASE)

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

# A section name above the headline ("Football", "World News"): a few capitalised words.
SECTION_LABEL = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,2}\s*$")
MAX_SECTION_LABEL_CHARS = 30
# "Mitch Part 4: 'Not A Happy Choice' : Embedded Mitch McConnell says ...": the headline, a
# separator, then a program name or teaser, above the headline alone.
TEASER_SEPARATOR = re.compile(r"^\s*[:|–—-]\s+\S")
# Headlines and deck lines set in capitals (press releases). A deck line has three words or more
# and is not a dateline ("NEW YORK (AP) —"), a stage direction ("(LAUGHTER)") or a speaker label.
URL = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|int)\b\S*", re.IGNORECASE)
MIN_SHOUTED_WORDS = 3
MAX_DECK_WORDS = 20            # longer, it is a paragraph set in capitals
DATELINE_END = re.compile(r"[-–—]+\s*$")
SPEAKER_LABEL = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,40}:\s")
# A press release's contact block: "Contact:" and a few short lines ("Anna Roe, NPR", a phone, an e-mail).
CONTACT_LABEL = re.compile(r"^\s*(?:media\s+|press\s+)?contacts?\s*:\s*(?P<value>.*)$", re.IGNORECASE)
MAX_CONTACT_WORDS = 8
CONTACT_ORG = re.compile(r",\s*(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*$")
# A release about a broadcast: then its issuer is the broadcaster.
BROADCAST_WORDS = re.compile(r"\b(?:air(?:s|ing|ed)?\s+on|broadcast|audio|transcript|listen|on\s+air)\b", re.IGNORECASE)
# Radio sign-ons naming the outlet: "And this is EMBEDDED from NPR.", "You're listening to X on Y."
_NAME = r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}"
SIGN_ON = re.compile(
    rf"\b(?:this\s+is\s+(?:{_NAME})\s+from|(?:you'?re|you\s+are)\s+(?:listening\s+to|watching)\s+(?:{_NAME})\s+(?:from|on))"
    rf"\s+(?P<outlet>{_NAME})\s*[.!]")
SIGN_ON_LINES = 12             # a sign-on opens a program
# "Copyright 2019 NPR. All rights reserved." under a transcript names the broadcaster.
COPYRIGHT_HOLDER = re.compile(
    rf"^\W*(?:copyright|COPYRIGHT|Copyright)\s*(?:©|\([cC]\))?\s*(?:(?:19|20)\d\d\s*)?(?:©\s*)?(?P<holder>{_NAME})\s*(?:[.,;]|$)")
MIN_SPEAKER_TURNS = 2
# A name alone under the headline: two to four capitalised words.
BARE_BYLINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")
# Standfirsts repeated by the text start within its first lines.
MAX_TEASER_POSITION = 4
# A line above the headline that reads like one (a photo caption, a link to the site's channel)
# is taken for the headline first; the line under it replaces it when the page confirms that one:
# it is printed twice, or a date line follows it and it is no longer (a deck under a headline is
# longer than the headline, and stays out of the title).
MIN_DISPLACING_HEADLINE_WORDS = 4

# The channel an interview or speech was broadcast on, as a headline or an intro names it:
# "... Interview with Al-Alam Network on ...", "The full transcript of Al-Alam TV's interview with ...".
MEDIA_TOKENS = {"tv", "television", "network", "channel", "radio", "station", "satellite"}
_MEDIA_TOKEN = r"(?:[A-Z][\w&.-]*|(?:al|el|Al|El)-[\w-]+|(?i:tv|television|network|channel|radio|station|satellite))"
_MEDIA_RUN = rf"(?P<run>{_MEDIA_TOKEN}(?:\s+{_MEDIA_TOKEN}){{0,5}})"
_OWNER = rf"(?:{_MEDIA_TOKEN}(?:\s+{_MEDIA_TOKEN}){{0,2}}['’]s\s+)?"
BROADCAST_OCCASION = r"interview|conversation|appearance|speech|address|remarks|statements?|comments|program(?:me)?|show"
NAMED_CHANNEL_PATTERNS = [
    # "interview with (Lebanon's) al-Manar television network", "interviewed by Al-Alam TV"
    re.compile(rf"\b(?i:(?:{BROADCAST_OCCASION})\s+(?:with|to|on|for)|interviewed\s+(?:by|on))\s+(?i:the\s+)?"
               rf"{_OWNER}{_MEDIA_RUN}"),
    # "Al-Alam TV's interview with ..."
    re.compile(rf"{_MEDIA_RUN}['’]s\s+(?i:(?:exclusive|live|televised|recent|latest|special|weekly)\s+)?"
               rf"(?i:{BROADCAST_OCCASION})\b"),
]


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
    updated: StatedDate | None = None
    broadcaster: str | None = None
    external_id: str | None = None
    relative_date: str | None = None        # "one year ago": a publication date stated, not readable
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
    cleaned.lines = _drop_repeated_teasers(cleaned.lines, header)
    body = join_paragraphs(cleaned.lines)
    return TextPage(
        body=body,
        title=header.title,
        published=_publication_date(header),
        broadcaster=(header.broadcaster or _release_broadcaster(header) or find_broadcaster(cleaned.lines, cleaned.dropped)
                     or find_named_channel(header.title, cleaned.lines)),
        external_id=header.external_id,
        outlet=find_outlet(cleaned.lines, cleaned.dropped) or header.extra.get("contact_organisation"),
        extra=header.extra,
    )


def _release_broadcaster(header: HeaderFields) -> str | None:
    """The issuer of a press release that announces a broadcast (its headline or deck says so)."""
    organisation = header.extra.get("contact_organisation")
    announcement = " ".join([header.title or "", *header.extra.get("deck", [])])
    return organisation if organisation and BROADCAST_WORDS.search(announcement) else None


def _publication_date(header: HeaderFields) -> StatedDate | None:
    """The date line, else the date stamp, else the update line, else a dated occasion in the headline.

    A page that states its date relatively ("one year ago") states one: the weaker evidence is not used.
    """
    title_date = parse_title_date(header.title) if header.title else None
    weak = [] if header.relative_date else [("updated line", header.updated), ("headline", title_date)]
    for source, stated in (("date line", header.published), ("date stamp", header.date_stamp), *weak):
        if stated is not None:
            if source != "date line":
                header.extra.setdefault("published_from", source)
            return stated
    return None


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
    """Read header lines into `header`; return the index of the first body line.

    A date stamp glued to the first line of text is cut from that line (`lines` is changed).
    """
    seen = 0
    index = 0
    in_contact = False
    title_index = None                       # where a headline read from the lines stands
    previous = None                          # the last non-blank line read
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            in_contact = False              # a contact block ends at a blank line
            index += 1
            continue
        seen += 1
        if seen > MAX_HEADER_LINES:
            return index
        if title_index is not None and previous == title_index and _displaces_title(lines, index, header.title):
            header.extra.setdefault("above_headline", header.title)
            header.title = line.strip()
            title_index = previous = index
            index += 1
            continue
        previous = index
        if split := split_date_stamp_prefix(line):
            header.date_stamp = header.date_stamp or split[0]
            lines[index] = split[1]
            return index
        if may_take_title and header.title is None and (count := _shouted_headline_lines(lines, index)):
            header.title = " ".join(part.strip() for part in lines[index:index + count])
            index += count
            continue
        if in_contact and _is_contact_line(line):
            _record_contact(header, line)
            index += 1
            continue
        in_contact = False
        if match := CONTACT_LABEL.match(line):
            if match["value"].strip():
                _record_contact(header, match["value"])
            else:
                in_contact = True
            index += 1
            continue
        following = lines[index + 1: index + 1 + LOOKAHEAD_LINES]
        had_title = header.title is not None
        if not _read_header_line(line, following, header, may_take_title):
            return index
        if may_take_title and not had_title and header.title is not None:
            title_index = index
        index += 1
    return len(lines)


def _displaces_title(lines: list[str], index: int, title: str) -> bool:
    """The line under a headline taken from the lines is the headline, and that one a caption or link above it:
    this line reads like a headline and the page confirms it (see MIN_DISPLACING_HEADLINE_WORDS)."""
    line = lines[index].strip()
    following = lines[index + 1: index + 1 + LOOKAHEAD_LINES]
    next_lines = _next_lines(following)
    if (not next_lines or _is_title_variant(line, title) or len(line.split()) < MIN_DISPLACING_HEADLINE_WORDS
            or BARE_BYLINE.match(line) or _is_shouted(line) or not _is_plain_line(line)
            or not _looks_like_headline(line, following)):
        return False
    after = next_lines[0]
    if _same_text(after, line):
        return True
    dated = parse_date_line(after) or parse_updated_line(after) or parse_date_stamp_line(after)
    return dated is not None and len(line) <= len(title.strip())


def _read_header_line(line: str, following: list[str], header: HeaderFields, may_take_title: bool) -> bool:
    """Record what a header line says; False when the line is not a header line."""
    if (stamp := parse_date_stamp_line(line)) is not None:
        header.date_stamp = header.date_stamp or stamp
    elif (stated := parse_date_line(line)) is not None:
        header.published = header.published or stated
    elif match := CLIP_LINE.match(line):
        header.external_id = header.external_id or match["id"]
        header.extra.setdefault("clip_duration", match["duration"])
    elif (updated := parse_updated_line(line)) is not None:
        header.updated = header.updated or updated
        header.extra.setdefault("updated", _labelled_value(line))
    elif (relative := _relative_date(line)) is not None:
        header.relative_date = header.relative_date or relative
        header.extra.setdefault("published_as_written", relative)
    elif labelled := parse_labelled_date_line(line):
        kind, value = labelled           # a date we cannot read: kept, not guessed
        header.extra.setdefault("updated" if kind == "updated" else "published_as_written", value)
    elif match := ID_LINE.match(line):
        header.external_id = header.external_id or match["id"]
    elif (match := SOURCE_LINE.match(line)) and len(match["value"].split()) <= MAX_SOURCE_WORDS:
        _record_source(header, match["value"])
    elif header.title and _is_title_variant(line, header.title):
        pass  # the headline repeated (e.g. after "Story Code : ...")
    elif header.title and (match := BYLINE.match(line)):
        header.extra.setdefault("byline", match["name"])
    elif header.title and (match := CREDIT_LINE.match(line)):
        header.extra.setdefault(f"{match['role'].lower()}_by", match["name"])
    elif is_navigation_line(line):
        pass  # a menu, breadcrumb trail or logo above the headline
    elif is_interface_line(line):
        pass  # loading text, a button label, icon names glued to a label
    elif header.title and _is_deck_line(line):
        header.extra.setdefault("deck", []).append(line.strip())
    elif may_take_title and header.title is None and _is_teaser_above_headline(line, following):
        header.extra.setdefault("teaser", line.strip())
    elif may_take_title and header.title is None and _is_section_label(line, following):
        header.extra.setdefault("section", line.strip())
    elif may_take_title and header.title is None and _looks_like_headline(line, following):
        header.title = line.strip()
    elif header.title and _is_bare_byline(line, following):
        header.extra.setdefault("byline", line.strip())
    elif is_boilerplate_line(line):
        pass  # an image placeholder or credit, a "Modified at" line, a menu entry
    else:
        return False
    return True


def _relative_date(line: str) -> str | None:
    """ "one year ago" for a relative date line; after icon names a section or place may precede it
    ("folder_openWorld access_time2 hours ago")."""
    if ICON_LIGATURE.search(line) and is_interface_line(line):
        return parse_relative_date_line(strip_icon_ligatures(line), allow_place=True)
    return parse_relative_date_line(line)


def _labelled_value(line: str) -> str:
    """ "Beijing, China Updated: Sep 25, 2019" -> "Sep 25, 2019" (the date as written)."""
    return line.split(":", 1)[1].strip() if ":" in line else line.strip()


def _next_lines(following: list[str]) -> list[str]:
    return [rest for rest in following if rest.strip()]


def _is_shouted(line: str) -> bool:
    """Set in capitals (web addresses aside), with some words: a press release's headline or deck."""
    stripped = line.strip()
    letters = URL.sub("", stripped)
    words = [word for word in letters.split() if any(char.isalpha() for char in word)]
    cased = any(char.isupper() for char in letters) and not any(char.islower() for char in letters)
    return (len(words) >= MIN_SHOUTED_WORDS and cased and not stripped.startswith(("(", "["))
            and not DATELINE_END.search(stripped) and not SPEAKER_LABEL.match(stripped))


def _shouted_headline_lines(lines: list[str], index: int) -> int:
    """How many lines from `index` make a headline set in capitals over two or more lines (else 0)."""
    count = 0
    while index + count < len(lines) and lines[index + count].strip() and _is_shouted(lines[index + count]):
        count += 1
    if count < 2:
        return 0
    joined = " ".join(part.strip() for part in lines[index:index + count])
    story_below = any(not _is_shouted(rest) for rest in _next_lines(lines[index + count: index + count + LOOKAHEAD_LINES]))
    fits = len(joined) <= MAX_HEADLINE_CHARS and len(joined.split()) <= MAX_HEADLINE_WORDS
    return count if fits and story_below else 0


def _is_deck_line(line: str) -> bool:
    return _is_shouted(line) and len(line.split()) <= MAX_DECK_WORDS


def _is_teaser_above_headline(line: str, following: list[str]) -> bool:
    """The headline, a separator and more, directly above the headline alone."""
    next_lines = _next_lines(following)
    if not next_lines:
        return False
    headline, stripped = next_lines[0].strip(), line.strip()
    key, headline_key = _comparable(stripped), _comparable(headline)
    return (len(headline_key) >= MIN_HEADLINE_CHARS and key.startswith(headline_key) and len(key) > len(headline_key)
            and bool(TEASER_SEPARATOR.match(key[len(headline_key):]))
            and _looks_like_headline(headline, following[following.index(next_lines[0]) + 1:]))


def _is_section_label(line: str, following: list[str]) -> bool:
    """A section name directly above a headline."""
    stripped = line.strip()
    if not (SECTION_LABEL.match(stripped) and len(stripped) <= MAX_SECTION_LABEL_CHARS):
        return False
    next_lines = _next_lines(following)
    if not next_lines:
        return False
    headline = next_lines[0]
    if (not _is_plain_line(headline) or SECTION_LABEL.match(headline) or SPEAKER_LABEL.match(headline)
            or FULL_STOP_CLOSE.search(headline.strip())):
        return False
    return _looks_like_headline(headline, following[following.index(headline) + 1:])


def _is_plain_line(line: str) -> bool:
    """Not a line any header rule reads as a date, id, source, credit or menu."""
    return not (parse_date_stamp_line(line) or parse_date_line(line) or CLIP_LINE.match(line)
                or parse_updated_line(line) or parse_labelled_date_line(line) or ID_LINE.match(line)
                or SOURCE_LINE.match(line) or is_navigation_line(line) or is_boilerplate_line(line))


def _is_bare_byline(line: str, following: list[str]) -> bool:
    """An author or agency name alone ("Khel Now") between the headline and the first paragraph."""
    stripped = line.strip()
    next_lines = _next_lines(following)
    if not (BARE_BYLINE.match(stripped) and not _is_shouted(stripped) and next_lines):
        return False
    lead = next_lines[0].strip()
    return len(lead.split()) >= MIN_TEASER_WORDS and bool(SENTENCE_END.search(lead))


def _drop_repeated_teasers(lines: list[str], header: HeaderFields) -> list[str]:
    """A standfirst or highlight at the top that the text repeats later, word for word, is dropped.

    Only the first few lines are looked at, only lines of a sentence or more, and only when the
    repeat is a whole later line or the start of one.
    """
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    drop: set[int] = set()
    for position, index in enumerate(non_blank[:MAX_TEASER_POSITION]):
        key = _comparable(lines[index])
        if len(key.split()) < MIN_TEASER_WORDS:
            continue
        if any(_comparable(lines[later]).startswith(key) for later in non_blank[position + 1:]):
            drop.add(index)
    if drop:
        header.extra.setdefault("teasers", [lines[index].strip() for index in sorted(drop)])
    return [line for index, line in enumerate(lines) if index not in drop]


def _is_contact_line(line: str) -> bool:
    stripped = line.strip()
    return (len(stripped.split()) <= MAX_CONTACT_WORDS and not _is_shouted(stripped)
            and ("@" in stripped or not FULL_STOP_CLOSE.search(stripped)))


def _record_contact(header: HeaderFields, value: str) -> None:
    value = value.strip()
    header.extra.setdefault("contact", []).append(value)
    if (match := CONTACT_ORG.search(value)) and "@" not in match["org"]:
        header.extra.setdefault("contact_organisation", match["org"])


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


def find_broadcaster(body_lines: list[str], dropped_lines: list[str]) -> str | None:
    """The outlet a broadcast page names as its own: a sign-on, or a copyright line under a transcript."""
    opening = [line for line in body_lines if line.strip()][:SIGN_ON_LINES]
    for line in opening:
        if match := SIGN_ON.search(line):
            return match["outlet"]
    turns = sum(1 for line in body_lines if SPEAKER_LABEL.match(line))
    if turns >= MIN_SPEAKER_TURNS:
        for line in dropped_lines:
            if match := COPYRIGHT_HOLDER.match(line.strip()):
                return match["holder"]
    return None


def find_named_channel(title: str | None, body_lines: list[str]) -> str | None:
    """The channel a headline or the intro (the first line of text) says an interview or speech was
    broadcast on: "Interview with Al-Alam Network", "Al-Alam TV's interview with ..."."""
    intro = next((line for line in body_lines if line.strip()), "")
    for text in (title or "", intro):
        for pattern in NAMED_CHANNEL_PATTERNS:
            for match in pattern.finditer(text):
                if name := _channel_name(match["run"]):
                    return name
    return None


def _channel_name(run: str) -> str | None:
    """The run of name words up to its last media word, if a name precedes that word."""
    words = run.split()
    last = max((i for i, word in enumerate(words) if word.lower().strip(".") in MEDIA_TOKENS), default=None)
    if last is None or words[0].lower() in MEDIA_TOKENS:
        return None
    return " ".join(words[:last + 1])


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
