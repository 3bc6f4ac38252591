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
LABELLED_DATE_LINE = re.compile(
    r"^\s*(?P<label>publish(?:ed)?(?:\s+(?:date|on|at))?|date(?:\s+published)?|posted(?:\s+on)?|release\s+date|"
    r"(?:last\s+)?updated(?:\s+on)?|modified)\s*:\s*(?P<value>\S.{0,60})$", re.IGNORECASE)

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
