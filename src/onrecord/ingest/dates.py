"""Publication dates as pages print them in their header lines.

Only whole header lines are read here (never dates inside the text, never a
"related stories" list), and only what is written is returned: a date with a
time gives minute precision, a date alone gives day precision.
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
_ZONE = r"(?-i:\s*(?:Z|GMT|UTC|IRST|IRDT|AST|EST|EDT|CET|CEST|BST|MSK)?\s*(?:[+-]\d\d:?\d\d)?)?"

# Labels pages put before the date ("Publish Date : 30 June 2021 - 22:23").
DATE_LABEL = r"(?:(?:publish(?:ed)?(?:\s+(?:date|on|at))?|date(?:\s+published)?|posted(?:\s+on)?|release\s+date)\s*:?\s*)?"

DATE_LINE_PATTERNS = [
    re.compile(rf"^\s*{DATE_LABEL}{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}{_ZONE}\s*$", re.I),  # May 05, 2021
    re.compile(rf"^\s*{DATE_LABEL}{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}{_ZONE}\s*$", re.I),  # 2 June 2021 - 09:08
    re.compile(rf"^\s*{DATE_LABEL}{_WEEKDAY}(?P<year>(?:19|20)\d\d)[-/.](?P<month>\d\d)[-/.](?P<day>\d\d){_TIME}{_ZONE}\s*$",
               re.I),                                                                            # 2021-06-02 09:08
]

# " date 2021-06-02 0": a stray date stamp some scrapes leave above the header.
DATE_STAMP_LINE = re.compile(r"^\s*date\s+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b.{0,20}$", re.I)


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


def parse_date_stamp_line(line: str) -> StatedDate | None:
    match = DATE_STAMP_LINE.match(line)
    return _stated_date(match) if match else None


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
