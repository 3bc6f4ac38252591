"""Dropping the parts of a page that are not the report: link lists, comment widgets, calls to act.

The rules are data: lists of line patterns, each matched against a whole
(stripped) line, case-insensitively, with optional bullets and a trailing colon.

- SECTION_MARKERS open a block of headlines and teasers ("Related Stories").
  The block is dropped up to the next real paragraph, or to the end.
- COMMENT_MARKERS open a comment widget. Widgets come after the article, so one
  found after the text has begun (a real paragraph precedes it) drops everything
  after it; one found earlier (a share/comment toolbar) drops only its own line.
- LINE_MARKERS are single short lines ("Donate", "Share this", "Read more: ...").
- LINK_MARKERS are short link lines ("Watch: ...", "#Tag: ...") that are dropped
  only when they do not end like a sentence (a headline has no full stop).
- LABEL_MARKERS start with a label specific enough that the line is boilerplate
  whatever follows, up to MAX_LABELLED_WORDS ("To contact the reporter on this
  story: ...", "A post shared by X (@x) on ...", a caption ending in a credit).
  A line that holds a quotation mark is never one of these: it reports speech.
- MARKUP_MARKERS find embed code left in the text ('<iframe ...>') anywhere in a line.
- Navigation lines (`is_navigation_line`) are menus, breadcrumbs and logos.
- Interface lines (`is_interface_line`): INTERFACE_MARKERS (loading text, "No Script",
  "Add to favorites"), and short lines with an icon font's ligature name glued to
  their label ("starAdd to favorites", "folder_openWorld access_time2 hours ago"):
  ICON_NAMES lists the names; prose never glues them to a word.
- Media teasers are links to a video or gallery: a title, then the kind of medium as
  the last word ("Coach: We deserved more! Video"), with no sentence punctuation after it.
- In context (`remove_boilerplate`): a short line without sentence punctuation printed
  twice in a row is an image's alt text and caption ("Harbour Bridge at dusk" twice);
  a lone bulleted line without sentence punctuation between paragraphs is a promo
  link ("• Get Live Quotes for Harbour Corp").

Each pattern has tests on both sides (tests/ingest/test_ingest_page_chrome.py): the
furniture goes, and sentences that merely contain the same words stay.
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
    r"(?:media |press )?contacts?(?: information| details)?",     # a press release's contact block
    r"(?:story|key) (?:highlights|points)|key takeaways|at a glance",
    r"countr(?:y|ies)|categor(?:y|ies)|regions?",                   # a page's filing labels ("• Country: • India")
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
    r"[^\w\s]{1,10}",                                              # a line of signs only ("|", "***")
    # page furniture: menus, media players, image placeholders
    r"(?:left |main |top |open |close )?menu|skip to (?:main )?content|search|sign in|log ?in",
    r"download(?: audio| mp3| transcript| video)?|embed|transcript|listen(?: now| live)?|play(?: audio| video)?",
    r"(?:main |post |lead |hero |cover )?(?:featured )?(?:img|image|photo|picture)(?: \d+)?",
    r"\(?courtesy\s*:\s*[^()]{1,60}\)?",                                # "(Courtesy : Nutra Supplements)"
    # social embeds
    r"view (?:this|the) (?:post|photo|video|reel|tweet|profile) on (?:instagram|twitter|facebook|tiktok|youtube|x)",
    r"(?:view|see) (?:more )?on (?:instagram|twitter|facebook|tiktok|youtube)",
    # press releases: where the audio or transcript is, and the contact line
    r"(?:full )?(?:audio|video|transcript|recording)s?(?: is| are| will be)? (?:available|below|follows|attached|online)\b.*",
    r"(?:media |press )?contacts?\s*:\s*.+",
    # a date line left below the header ("Modified at :December 13, 2023 at 1:01 PM")
    r"(?:published|posted|(?:last )?(?:updated|modified))(?: (?:on|at))?\s*:\s*.{0,30}\b(?:19|20)\d\d\b.{0,30}",
]

# Interface text: what a page shows while its scripts load or without them, and button labels.
# Checked before a headline is looked for (a "Please Wait..." line is not a headline).
INTERFACE_MARKERS = [
    r"no ?script|(?:please wait|loading)(?:\s*(?:\.\.\.|…))?|(?:please )?(?:enable|turn on) javascript\b.*|"
    r"javascript (?:is )?(?:required|disabled)\b.*",
    r"(?:add to|remove from) (?:my )?(?:favou?rites|bookmarks|reading list|watch ?list)",
]

LINK_MARKERS = [
    r"(?:also |must )?(?:watch|listen|video|photos|gallery|podcast|live)\s*:\s*\S.*",   # "Watch: X highlights"
    r"#\w+\s*:\s*\S.*",                                                             # "#ATL24: A day in the life ..."
]

LABEL_MARKERS = [
    r"to contact the (?:reporters?|editors?|writers?|authors?|correspondents?)\b.{0,40}?"
    r"\b(?:on|for|of|about) this (?:story|article|report)\s*:.*",
    # embed attribution: "A post shared by Indian Super League (@indiansuperleague) on Oct 24, 2018 at 9:45am PDT"
    r"an? (?:post|photo|video|reel) shared by .{1,80}\(@[\w.]{1,40}\).*",
    # tweet attribution: "— Jane Roe (@janeroe) October 24, 2018"
    r"[—–-]+\s*[^()]{1,80}\(@\w{1,40}\)\s+\w+\.? \d{1,2},? (?:19|20)\d\d",
    # a call to send material: "Are you in the storm? Please share your videos, pictures and stories at X."
    r"(?:[^.!?]{1,200}\?\s+)?(?:please\s+)?(?:share|send|submit|upload|email|e-mail)\s+(?:us\s+)?your\s+(?:own\s+)?"
    r"(?:videos?|photos?|pictures?|images?|stories|story|tips?|experiences?|views?|thoughts)\b.*",
    # a caption whose last words credit the image: "File photo: X. Photograph:(AFP)", "... Image Credit: ANI"
    r".{0,300}?(?-i:\b(?:Photo|PHOTO|Photograph|Picture|Image|IMAGE|Pic|File photo|Photo credit|Image credit|Image Credit|"
    r"Photo Credit|Credit|Courtesy))(?:\s*credits?)?\s*:\s*\(?(?-i:[A-Z][\w&.’'/-]*(?:\s+[A-Z][\w&.’'/-]*){0,3})\)?",
]
MAX_LABELLED_WORDS = 60

# Icon-font ligature names (Material icons) that a page's text keeps when the font is gone.
# Names with an underscore never occur in prose; plain words count only when glued to a
# capital or a digit ("starAdd to favorites", "visibility1,204").
ICON_NAMES = [
    "access_time", "account_circle", "arrow_back", "arrow_forward", "bookmark", "bookmark_border", "calendar_today",
    "chat_bubble", "chat_bubble_outline", "chevron_left", "chevron_right", "comment", "date_range", "event",
    "expand_more", "favorite", "favorite_border", "folder", "folder_open", "forum", "insert_comment",
    "keyboard_arrow_right", "label", "local_offer", "location_on", "mail_outline", "mode_comment", "person",
    "person_outline", "play_arrow", "play_circle_outline", "print", "query_builder", "question_answer",
    "remove_red_eye", "schedule", "share", "star", "star_border", "thumb_up", "timer", "today", "trending_up",
    "update", "visibility", "watch_later", "whatshot",
]
_SNAKE_ICONS = "|".join(sorted((n for n in ICON_NAMES if "_" in n), key=len, reverse=True))
_PLAIN_ICONS = "|".join(sorted((n for n in ICON_NAMES if "_" not in n), key=len, reverse=True))
ICON_LIGATURE = re.compile(rf"(?<![\w-])(?:(?:{_SNAKE_ICONS})(?=[\w\s]|$)|(?:{_PLAIN_ICONS})(?=[A-Z0-9]))")
GLUED_ICON = re.compile(rf"(?<![\w-])(?:(?:{_SNAKE_ICONS})(?=\w)|(?:{_PLAIN_ICONS})(?=[A-Z0-9]))")
# A link to a video or gallery: a title, then the medium as a capitalised last word.
MEDIA_TEASER = re.compile(r"^\s*(?P<title>\S.*?\S)\s+(?-i:Video|VIDEO|Videos|Gallery|GALLERY|Photos|PHOTOS|Watch|WATCH|"
                          r"Audio|Podcast)\s*$")
# "Who to Watch", "The Video", "in our Gallery": the word is part of the phrase, not a label after it.
PHRASE_WORDS = {"a", "an", "the", "to", "of", "in", "on", "at", "for", "with", "by", "our", "your", "my", "his", "her",
                "their", "its", "this", "that", "and", "or", "must", "music", "official", "new", "live"}
MIN_TEASER_TITLE_WORDS = 2
# A line printed twice in a row (an image's alt text and caption) is this short at most.
MAX_CAPTION_WORDS = 12
BULLET = re.compile(r"^\s*[•·▪►▸◦‣]\s*\S")

# Markup left in the text (an embed code line: '<iframe src="..." title="NPR embedded audio player">'),
# found anywhere in a line: prose does not hold tags.
MARKUP_MARKERS = [
    r"<\s*/?\s*(?:iframe|script|noscript|embed|object|img|video|audio|source|div|span|blockquote|figure)\b[^<>]*>?",
]

# A line bullets or decorations may precede, and a colon may follow.
_DECORATION = r"^[\s*#•·>|\-–—]*(?:{})[\s:;.|]*$"


def _compile(patterns: list[str]) -> re.Pattern:
    return re.compile(_DECORATION.format("|".join(f"(?:{p})" for p in patterns)), re.IGNORECASE)


SECTION_RE = _compile(SECTION_MARKERS)
COMMENT_RE = _compile(COMMENT_MARKERS)
LINE_RE = _compile(LINE_MARKERS)
LINK_RE = _compile(LINK_MARKERS)
INTERFACE_RE = _compile(INTERFACE_MARKERS)
LABEL_RE = _compile(LABEL_MARKERS)
MARKUP_RE = re.compile("|".join(f"(?:{p})" for p in MARKUP_MARKERS), re.IGNORECASE)
QUOTE_MARKS = re.compile(r"[\"“”«»„]")

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


def _is_link_line(line: str) -> bool:
    return _is_marker(LINK_RE, line) and not SENTENCE_END.search(line.strip())


def _is_labelled_line(line: str) -> bool:
    stripped = line.strip()
    return (bool(stripped) and len(stripped.split()) <= MAX_LABELLED_WORDS and not QUOTE_MARKS.search(stripped)
            and bool(LABEL_RE.match(stripped)))


def is_boilerplate_line(line: str) -> bool:
    """A single line that is page furniture wherever it stands."""
    return (_is_marker(LINE_RE, line) or _is_link_line(line) or _is_labelled_line(line)
            or bool(MARKUP_RE.search(line)) or is_navigation_line(line) or is_interface_line(line)
            or is_media_teaser(line))


def is_interface_line(line: str) -> bool:
    """Loading text, a button label, or a short line with an icon font's ligature name glued to
    its label ("starAdd to favorites")."""
    stripped = line.strip()
    if _is_marker(INTERFACE_RE, line):
        return True
    if not stripped or len(stripped.split()) > MAX_MARKER_WORDS or QUOTE_MARKS.search(stripped):
        return False
    # glued to its label, or (a name with an underscore) apart from it on a line that is no sentence
    return bool(GLUED_ICON.search(stripped)) or (bool(ICON_LIGATURE.search(stripped))
                                                 and not SENTENCE_END.search(stripped))


def strip_icon_ligatures(line: str) -> str:
    """The line without icon names: "folder_openWorld access_time2 hours ago" -> "World 2 hours ago"."""
    return " ".join(ICON_LIGATURE.sub(" ", line).split())


def is_media_teaser(line: str) -> bool:
    """A link to a video or gallery: "Coach: We deserved more! Video" (not "Players to Watch")."""
    stripped = line.strip()
    match = MEDIA_TEASER.match(stripped)
    if not match or len(stripped.split()) > MAX_MARKER_WORDS:
        return False
    words = match["title"].split()
    last = words[-1].strip("\"'“”‘’").lower()
    return len(words) >= MIN_TEASER_TITLE_WORDS and last not in PHRASE_WORDS


# -- navigation: menus, breadcrumbs, logos -------------------------------------------------------

# "Khel Now logo", "Site logo": a logo's alt text.
LOGO_LINE = re.compile(r"^\s*(?:\S+\s+){0,4}logo\s*$", re.IGNORECASE)
# Breadcrumbs: "Home > Foreign Ministry Spokesperson's Remarks", "News » World » Asia".
BREADCRUMB_SEPARATOR = re.compile(r"\s+[>»›]\s+")
WEAK_BREADCRUMB_SEPARATOR = re.compile(r"\s+[|/]\s+")       # also a headline's site suffix: needs 3 parts
MAX_CRUMB_WORDS = 6
# Menu entries for another language version of the site, at the end of a menu.
LANGUAGE_SWITCH = re.compile(
    r"(?:中文|简体|繁體|日本語|한국어|العربية|عربي|فارسی|Русский|Español|Français|Deutsch|Português|Türkçe|हिन्दी|اردو)\s*$")
# "HomeSportsIPL 2024Live Score": menu entries glued together, a capital straight after a small letter or digit.
GLUED_ENTRY = re.compile(r"(?<=[a-z0-9])[A-Z](?=[A-Za-z])")
MIN_GLUED_ENTRIES = 2
MENU_START = re.compile(r"^\s*Home(?=[A-Z\s]|$)")
MIN_MENU_WORDS = 3
MIN_MENU_SIGNALS = 2
NO_SENTENCE_PUNCTUATION = re.compile(r"^[^.!?,;:\"“”]*$")


def _capitalised_words(line: str) -> bool:
    """Every Latin word starts with a capital, and there is one (digits, signs and other scripts allowed)."""
    latin_capital = False
    for word in line.split():
        first = word.lstrip("(\"'“‘")[:1]
        if not any(char.isalnum() for char in word) or not first or first.isdigit() or not first.isascii():
            continue
        if not first.isupper():
            return False
        latin_capital = True
    return latin_capital


def is_navigation_line(line: str) -> bool:
    """A site menu, breadcrumb trail or logo, not a headline.

    A menu needs two signals among: starting with "Home", two or more "&" entries, a
    language switch at the end, entries glued together; all of it capitalised and with
    no sentence punctuation. A single signal is a headline ("Home Truths About Rent").
    """
    stripped = line.strip()
    if not stripped or not NO_SENTENCE_PUNCTUATION.match(BREADCRUMB_SEPARATOR.sub(" ", stripped).replace("'", "")
                                                         .replace("’", "")):
        return False
    if LOGO_LINE.match(stripped):
        return True
    for separator, min_parts in ((BREADCRUMB_SEPARATOR, 2), (WEAK_BREADCRUMB_SEPARATOR, 3)):
        parts = separator.split(stripped)
        if len(parts) >= min_parts and all(0 < len(part.split()) <= MAX_CRUMB_WORDS for part in parts) \
                and _capitalised_words(stripped):
            return True
    if not _capitalised_words(stripped):
        return False
    signals = [
        bool(MENU_START.match(stripped)),
        stripped.count(" & ") >= 2,
        bool(LANGUAGE_SWITCH.search(stripped)) and len(stripped.split()) > 1,
        len(GLUED_ENTRY.findall(stripped)) >= MIN_GLUED_ENTRIES,
    ]
    glued = signals[3]
    return (len(stripped.split()) >= MIN_MENU_WORDS or glued) and sum(signals) >= MIN_MENU_SIGNALS


def _is_short_label(line: str, max_words: int) -> bool:
    """A short line with no sentence punctuation at its end and no quotation: a caption or link."""
    stripped = line.strip()
    return (0 < len(stripped.split()) <= max_words and not QUOTE_MARKS.search(stripped)
            and not re.search(r"[.!?:;,][\"'”’»)\]]*$", stripped))


def repeated_captions(lines: list[str]) -> set[int]:
    """Indices of short lines printed twice or more in a row (an image's alt text, then its caption)."""
    found: set[int] = set()
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if (_is_short_label(line, MAX_CAPTION_WORDS) and " ".join(line.split()) == " ".join(following.split())):
            found.update((index, index + 1))
    return found


def lone_bullet_links(lines: list[str]) -> set[int]:
    """Indices of bulleted lines that stand alone between paragraphs without sentence punctuation
    ("• Get Live Quotes for Harbour Corp"): a promo link, not an item of a list."""
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    found: set[int] = set()
    for position, index in enumerate(non_blank):
        if not (BULLET.match(lines[index]) and _is_short_label(lines[index], MAX_MARKER_WORDS)):
            continue
        neighbours = non_blank[max(position - 1, 0):position] + non_blank[position + 1:position + 2]
        if not any(BULLET.match(lines[other]) for other in neighbours):
            found.add(index)
    return found


def remove_boilerplate(lines: list[str]) -> Cleaned:
    """Lines of the body with boilerplate blocks and lines removed."""
    kept: list[str] = []
    dropped: list[str] = []
    in_section = False
    in_context = repeated_captions(lines) | lone_bullet_links(lines)
    for index, line in enumerate(lines):
        if in_section and not _ends_link_list(line):
            dropped.append(line)
            continue
        in_section = False
        if index in in_context:
            dropped.append(line)
            continue
        if _is_marker(COMMENT_RE, line):
            if any(is_real_paragraph(previous) for previous in kept):
                dropped.extend(lines[index:])
                break
            dropped.append(line)
        elif _is_marker(SECTION_RE, line):
            in_section = True
            dropped.append(line)
        elif is_boilerplate_line(line):
            dropped.append(line)
        else:
            kept.append(line)
    return Cleaned(kept, dropped)
