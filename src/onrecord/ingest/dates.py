"""Publication dates as pages print them in their header lines.

Only header lines are read here (never dates inside the text, never a
"related stories" list), and only what is written is returned: a date with a
time gives minute precision, a date alone gives day precision.

Besides plain date lines, three weaker kinds of evidence are read, each only
where a page's header puts it; the text-page reader uses them only when the
page states no publication date (see `textpage.parse_text_page`):

- an update line ("Beijing, China Updated: Sep 25, 2019, 01:18 PM IST"): the
  time the text was last current. Pages that print only this line print it
  where others print the publication date, so it stands in for it;
- a date-stamp prefix glued to the first body line (" date 2019-09-24 On ...");
- a headline naming a dated occasion ("... Regular Press Conference on June 13,
  2013"): a transcript's title states the day it records.

A relative date line ("one year ago", "Posted 3 hours ago") states the publication
date against a day we do not know: it is kept as written, never resolved, and a page
that prints one states its publication date, so the weaker evidence is not used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1)
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = (r"(?:\s*(?:[-|,@–]|\bat\b|T)?\s*(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::\d\d(?:\.\d+)?)?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?)?")
# Time zones are matched case-sensitively so that a word after the date is not taken for one.
_ZONE = (r"(?-i:\s*(?:Z|GMT|UTC|IRST|IRDT|AST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CET|CEST|EET|EEST|BST|MSK|IST|PKT|"
         r"GST|WIB|SGT|HKT|JST|KST|AEST|AEDT|WAT|EAT|CAT|SAST)?\s*(?:[+-]\d\d:?\d\d)?)?")

# Labels pages put before the date ("Publish Date : 30 June 2021 - 22:23").
DATE_LABEL = r"(?:(?:publish(?:ed)?(?:\s+(?:date|on|at))?|date(?:\s+published)?|posted(?:\s+on)?|release\s+date)\s*:?\s*)?"

_LEADING_TIME = (r"(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::\d\d)?\s*(?P<ampm>[ap]\.?m\.?)?" + _ZONE
                 + r"\s*(?:[-|,–]|\bon\b)?\s*")
_DATE_CORES = [
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",                                            # May 05, 2021
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",                                            # 2 June 2021
    r"(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d\d)[-/.](?P<day>\d\d)",             # 2021-06-02
]
# Each date either alone, followed by a time ("2 June 2021 - 09:08") or preceded by one ("09:08 GMT, 2 June 2021").
DATE_LINE_PATTERNS = [
    re.compile(rf"^\s*{DATE_LABEL}{before}{_WEEKDAY}{core}{after}\s*$", re.IGNORECASE)
    for core in _DATE_CORES
    for before, after in (("", _TIME + _ZONE), (_LEADING_TIME, ""))
]

# A labelled date line we may not be able to read ("Publish Date : 1400/04/09"): still a header line.
_UPDATE_LABEL = r"(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?"
LABELLED_DATE_LINE = re.compile(
    r"^\s*(?P<label>publish(?:ed)?(?:\s+(?:date|on|at))?|date(?:\s+published)?|posted(?:\s+on)?|release\s+date|"
    + _UPDATE_LABEL + r")\s*:\s*(?P<value>\S.{0,60})$", re.IGNORECASE)

# "Beijing, China Updated: Sep 25, 2019, 01:18 PM IST": an update line, perhaps after a dateline place.
_PLACE = r"(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*[,|-]?\s+)?"
# After a place the label must be capitalised as a label is ("Prices updated: ..." is not one).
_PLACED_UPDATE_LABEL = r"(?-i:{}(?:(?:(?:Last|LAST)\s+)?(?:Updated|UPDATED|Modified|MODIFIED)|Last\s+(?:updated|modified)))(?:\s+(?:on|at))?".format(_PLACE)
UPDATED_LINE_PATTERNS = [
    re.compile(rf"^\s*(?:{label})\s*:?\s*{_WEEKDAY}{core}{_TIME}{_ZONE}\s*$", re.IGNORECASE)
    for core in _DATE_CORES
    for label in (_UPDATE_LABEL, _PLACED_UPDATE_LABEL)
]

# " date 2021-06-02 0": a stray date stamp some scrapes leave above the header.
DATE_STAMP_LINE = re.compile(r"^\s*date\s+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b.{0,20}$", re.I)
# The same stamp glued to the first line of the text (" date 2019-09-24 On September 24 ..."):
# the text starts after it. The rest must read like prose (a capital, then enough words).
DATE_STAMP_PREFIX = re.compile(
    r"^\s*date\s+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\s+(?=[\"“‘'(]?[A-Z0-9])(?P<rest>(?:\S+\s+){5}\S.*)$",
    re.I)

# A headline that names a dated occasion: "Foreign Ministry Spokesperson X's Regular Press
# Conference on June 13, 2013", "Remarks by the President at ..., 2 May 2021". The date must end
# the headline and follow a word for a transcribed occasion.
OCCASION_WORDS = (r"press\s+(?:conference|briefing|availability|statement|release)|briefing|news\s+conference|"
                  r"remarks|speech|address|statement|interview|transcript|q\s*&\s*a|hearing|debate|session")
TITLE_DATE_PATTERNS = [
    re.compile(rf"\b(?:{OCCASION_WORDS})\b.{{0,120}}?(?:\s+(?:on|of|dated)\s+|\s*[,(–—-]\s*){_WEEKDAY}{core}\)?\s*$",
               re.IGNORECASE)
    for core in _DATE_CORES[:2]
]


# "one year ago", "Posted 3 hours ago", "World 2 days ago" (a section name before it).
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|\d{1,3})"
_UNIT = r"(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?"
RELATIVE_DATE_LINE = re.compile(
    rf"^\s*(?:(?:published|posted|updated|modified)\s*:?\s*)?(?P<place>(?-i:(?:[A-Z][\w'’.-]*\s+){{0,3}}?))"
    rf"(?P<value>{_COUNT}\s+{_UNIT}\s+ago)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class StatedDate:
    iso: str          # "2021-06-02" or "2021-06-02T09:08"
    precision: str    # "day" or "minute"


def parse_date_line(line: str) -> StatedDate | None:
    """The date a whole header line states, or None if the line is not (only) a date."""
    for pattern in DATE_LINE_PATTERNS:
        match = pattern.match(line)
        if match:
            return _stated_date(match)
    return None


def parse_labelled_date_line(line: str) -> tuple[str, str] | None:
    """("published" or "updated", the value as written) for a labelled date line, else None."""
    match = LABELLED_DATE_LINE.match(line)
    if not match:
        return None
    kind = "updated" if re.match(r"(?:last\s+)?updated|modified", match["label"], re.IGNORECASE) else "published"
    return kind, match["value"].strip()


def parse_date_stamp_line(line: str) -> StatedDate | None:
    match = DATE_STAMP_LINE.match(line)
    return _stated_date(match) if match else None


def parse_relative_date_line(line: str, allow_place: bool = False) -> str | None:
    """ "one year ago" as written, for a line that is a relative date (with `allow_place`, after a
    section or place name: "Lebanon one year ago"), else None."""
    match = RELATIVE_DATE_LINE.match(line)
    if not match or (match["place"].strip() and not allow_place):
        return None
    return " ".join(match["value"].split())


def parse_updated_line(line: str) -> StatedDate | None:
    """The date of an update line ("Updated: Sep 25, 2019, 01:18 PM IST"), else None."""
    for pattern in UPDATED_LINE_PATTERNS:
        if match := pattern.match(line):
            return _stated_date(match)
    return None


def split_date_stamp_prefix(line: str) -> tuple[StatedDate, str] | None:
    """(date, the text after it) for a date stamp glued to a line of text, else None."""
    match = DATE_STAMP_PREFIX.match(line)
    if not match:
        return None
    stated = _stated_date(match)
    return (stated, match["rest"]) if stated else None


def parse_title_date(title: str) -> StatedDate | None:
    """The date a headline gives for the occasion it reports ("... Press Conference on June 13, 2013")."""
    for pattern in TITLE_DATE_PATTERNS:
        if match := pattern.search(title):
            return _stated_date(match)
    return None


def _stated_date(match: re.Match) -> StatedDate | None:
    fields = match.groupdict()
    month = fields["month"]
    month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        day = date(int(fields["year"]), month_number, int(fields["day"]))
    except ValueError:  # "February 30": not a date, so not a date line
        return None
    if fields.get("hour") is None:
        return StatedDate(day.isoformat(), "day")
    hour, minute = int(fields["hour"]), int(fields["minute"])
    ampm = (fields.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return StatedDate(day.isoformat(), "day")
    return StatedDate(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "minute")
