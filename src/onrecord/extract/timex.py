"""Temporal expressions: find them in a document and resolve them to date ranges.

`find_times(text, published)` returns every temporal expression with its span and
the `DateRange` it establishes, or `value=None` when the text does not establish
one (a relative expression in a document with no publication date, an ambiguous
numeric date, a bare month name with no year).

Why mostly regexes rather than `dateparser.search.search_dates`:

* search_dates reports English words that merely look like dates ("may" the
  modal, "march" the verb, "second" the ordinal) and fills missing parts from
  the *current* day, so a bare "June 1" silently becomes a guessed year.
* it has no notion of news conventions: "Tuesday" in a report means the most
  recent Tuesday on or before publication, "earlier this week" is a range, "a
  few days ago" is not parsed at all.
* it is slow when run over whole documents.

So English expressions are found by precompiled patterns that only fire on
capitalised month/weekday names next to digits or prepositions, and resolved
here against the publication date. dateparser is used where it is the better
tool: reading Arabic and Persian month names in Arabic-script dates. Our own
pattern finds those dates (search_dates misses a date that follows a common word
such as يوم "day") and hands dateparser complete day-month-year strings.
Arabic-Indic and Persian digits are mapped one-to-one onto ASCII digits before
matching, so every offset stays valid in the original text.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable

from onrecord.extract.text import sentences
from onrecord.models import DateRange, TimeExpression

# ---------------------------------------------------------------- vocabulary

# One-to-one digit mapping (Arabic-Indic U+0660.., Extended/Persian U+06F0..): same length, same offsets.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
MONTHS: dict[str, int] = {}
for _i, _name in enumerate(_MONTH_NAMES, 1):
    MONTHS[_name.lower()] = _i
    MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}   # monday=0

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}


def _alternation(words: list[str]) -> str:
    """Title-case and UPPER-case variants only: lower-case "may"/"march" are never dates."""
    forms = set()
    for w in words:
        forms.update({w, w.upper()})
    return "|".join(sorted(forms, key=len, reverse=True))


_MONTH_FULL = _alternation(_MONTH_NAMES)
_MONTH_ABBR = _alternation(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"])
MONTH = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.?)"          # with digits around it, abbreviations are safe
WEEKDAY = f"(?:{_alternation(list(calendar.day_name))})"
DAY_PART = r"(?:morning|afternoon|evening|night)"
ORD = r"(?:st|nd|rd|th)?"
TIME_OF_DAY = r"(?:\s*(?:[-–—,|]|at)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?)?)"
YEAR = r"(?:1[89]\d{2}|20\d{2})"
NUM_WORD = r"(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

# A clause before a weekday that speaks of the future ("talks will resume on Monday").
_FUTURE_CUE = re.compile(r"\b(?:will|shall|'ll|is\s+due|are\s+due|scheduled|expected\s+to|is\s+set\s+to|"
                         r"are\s+set\s+to|plans?\s+to|planning\s+to|going\s+to|to\s+be\s+held)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n,]")

# Named days that are not weekdays ("Bloody Sunday", "Good Friday") or titles ("Sunday Times").
_WEEKDAY_NOT_A_DAY_BEFORE = re.compile(r"(?:Bloody|Black|Good|Holy|Easter|Palm|Ash|Super|Cyber|Maundy)\s+$")
_WEEKDAY_NOT_A_DAY_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Mail|Post|Herald|Prayers?\s+Leader)\b")

# Words that may follow "in 2017" when it is a year; anything else lower-case ("in 2017 cases") is a count.
_AFTER_YEAR_OK = {
    "and", "or", "but", "when", "after", "before", "as", "the", "to", "until", "that", "which", "with", "by",
    "at", "in", "on", "for", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "a", "an",
    "while", "where", "this", "these", "those", "there", "was", "were", "is", "are", "had", "has", "have",
    "so", "then", "also", "alone", "onwards", "onward", "through", "from", "of", "only", "again", "already",
}


# ---------------------------------------------------------------- calendar helpers

def week_start(d: date) -> date:
    """Monday of d's week (news convention for "this week" / "earlier this week")."""
    return d - timedelta(days=d.weekday())


def month_range(year: int, month: int) -> DateRange:
    return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_range(year: int) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve_weekday(name: str, published: date | None, direction: str = "on_or_before") -> date | None:
    """The date of weekday `name` relative to publication.

    direction: "on_or_before" (a bare weekday in a report: the same weekday as
    publication means the publication day), "before" ("last Monday"),
    "on_or_after" (a weekday in a future-tense clause), "after" ("next Monday").
    """
    if published is None:
        return None
    target = WEEKDAYS[name.lower().rstrip(".")]
    back = (published.weekday() - target) % 7       # days since the most recent such weekday (0..6)
    ahead = (target - published.weekday()) % 7       # days until the next such weekday (0..6)
    if direction == "on_or_before":
        return published - timedelta(days=back)
    if direction == "before":
        return published - timedelta(days=back or 7)
    if direction == "on_or_after":
        return published + timedelta(days=ahead)
    if direction == "after":
        return published + timedelta(days=ahead or 7)
    raise ValueError(direction)


def nearest_year(month: int, day: int, published: date) -> date | None:
    """A day-month without a year: the year that puts it closest to publication (news reports
    speak of the recent past and near future, so "December 30" in a January report is last year)."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - published).days))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _number(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


# ---------------------------------------------------------------- patterns and resolvers

_SKIP = object()   # a resolver returns this when the match turns out not to be a date at all


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[[re.Match, date | None, str], object]   # -> DateRange | None | _SKIP


def _day_month_year(m: re.Match, published: date | None, text: str):
    d = _safe_date(int(m["y"]), _month_number(m["mon"]), int(m["d"]))
    return DateRange.day(d) if d else _SKIP


def _iso(m: re.Match, published: date | None, text: str):
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return DateRange.day(d) if d else _SKIP


def _numeric(m: re.Match, published: date | None, text: str):
    """dd/mm/yyyy or mm/dd/yyyy: only when one reading is impossible; otherwise the order is a guess."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a > 12 and b <= 12:
        d = _safe_date(year, b, a)
    elif b > 12 and a <= 12:
        d = _safe_date(year, a, b)
    elif a == b:
        d = _safe_date(year, a, b)
    else:
        return None
    return DateRange.day(d) if d else _SKIP


def _month_year(m: re.Match, published: date | None, text: str):
    return month_range(int(m["y"]), _month_number(m["mon"]))


def _year(m: re.Match, published: date | None, text: str):
    after = text[m.end():m.end() + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if re.match(r"\s*(?:[-–/]\s*\d|%|\d|,\d)", after):
        return _SKIP                       # "2017-2018", "2017%", part of a number
    if nxt and nxt.group(1).islower() and nxt.group(1) not in _AFTER_YEAR_OK and not after.startswith((",", ".")):
        return _SKIP                       # "in 2017 cases": a count, not a year
    return year_range(int(m["y"]))


# A date that names something: "the March 14 Alliance", "the 25 January Revolution".
_DATE_AS_NAME = re.compile(r"\s+(?:Alliance|Movement|Revolution|Coalition|Bloc|Forces|Brigades?|Uprising|Street|"
                           r"Square|Agreement|Accords?|Protests?|Camp|Party|Front|Bridge|Stadium|Group)\b")


def _day_month(m: re.Match, published: date | None, text: str):
    if _DATE_AS_NAME.match(text, m.end()):
        return _SKIP
    if published is None:
        return None
    d = nearest_year(_month_number(m["mon"]), int(m["d"]), published)
    return DateRange.day(d) if d else _SKIP


def _bare_month(m: re.Match, published: date | None, text: str):
    """ "last March" is the most recent March before the publication month; "in March" could be
    this year's or next year's, so it is reported but not resolved."""
    if not m["prep"] and not m["rel"]:
        return _SKIP                       # "March" alone: a name, a verb at a sentence start ...
    if published is None or (m["rel"] or "").lower() != "last":
        return None
    month = _month_number(m["mon"])
    year = published.year if month < published.month else published.year - 1
    return month_range(year, month)


def _weekday(m: re.Match, published: date | None, text: str):
    before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 20]
    if not m["rel"] and (_WEEKDAY_NOT_A_DAY_BEFORE.search(before) or _WEEKDAY_NOT_A_DAY_AFTER.match(after)):
        return _SKIP
    if published is None:
        return None
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past", "previous"):
        direction = "before"
    elif rel == "next" or rel == "coming":
        direction = "after"
    elif _future_clause(text, m.start()):
        direction = "on_or_after"
    else:
        direction = "on_or_before"
    return DateRange.day(resolve_weekday(m["wd"], published, direction))


def _future_clause(text: str, pos: int) -> bool:
    start = pos
    while start > 0 and not _CLAUSE_BREAK.match(text[start - 1]):
        start -= 1
    return bool(_FUTURE_CUE.search(text[start:pos]))


def _relative_day(offset: int):
    def resolve(m: re.Match, published: date | None, text: str):
        return DateRange.day(published + timedelta(days=offset)) if published else None
    return resolve


def _few_days_ago(m: re.Match, published: date | None, text: str):
    if published is None:
        return None
    return DateRange(published - timedelta(days=7), published - timedelta(days=1), "range")


def _past_week(m: re.Match, published: date | None, text: str):
    """ "the past week", "the past few days": the seven days up to publication."""
    if published is None:
        return None
    return DateRange(published - timedelta(days=7), published, "range")


def _units_ago(m: re.Match, published: date | None, text: str):
    if published is None:
        return None
    n, unit = _number(m["n"]), m["unit"].lower()
    if unit.startswith("day"):
        return DateRange.day(published - timedelta(days=n))
    if unit.startswith("week"):
        # "two weeks ago" is approximate: a range of a week around that day, never after publication.
        centre = published - timedelta(days=7 * n)
        return DateRange(centre - timedelta(days=3), min(published, centre + timedelta(days=3)), "range")
    if unit.startswith("month"):
        return month_range(*shift_month(published.year, published.month, -n))
    return year_range(published.year - n)


def _calendar_unit(m: re.Match, published: date | None, text: str):
    """this/last/next/earlier this/later this + week/month/year."""
    if published is None:
        return None
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    if unit == "week":
        monday = week_start(published)
        if rel in ("last", "previous"):
            return DateRange(monday - timedelta(days=7), monday - timedelta(days=1), "range")
        if rel == "next":
            return DateRange(monday + timedelta(days=7), monday + timedelta(days=13), "range")
        if rel == "earlier this":
            return DateRange(monday, published, "range")
        if rel == "later this":
            return DateRange(published, monday + timedelta(days=6), "range")
        return DateRange(monday, monday + timedelta(days=6), "range")
    if unit == "month":
        if rel in ("last", "previous"):
            return month_range(*shift_month(published.year, published.month, -1))
        if rel == "next":
            return month_range(*shift_month(published.year, published.month, 1))
        this_month = month_range(published.year, published.month)
        if rel == "earlier this":
            return DateRange(this_month.start, published, "range")
        if rel == "later this":
            return DateRange(published, this_month.end, "range")
        return this_month
    # year
    if rel in ("last", "previous"):
        return year_range(published.year - 1)
    if rel == "next":
        return year_range(published.year + 1)
    if rel == "earlier this":
        return DateRange(date(published.year, 1, 1), published, "range")
    if rel == "later this":
        return DateRange(published, date(published.year, 12, 31), "range")
    return year_range(published.year)


def _compile(p: str, flags: int = 0) -> re.Pattern:
    return re.compile(p, re.VERBOSE | flags)


_WEEKDAY_PREFIX = rf"(?:{WEEKDAY},?\s+)?"

RULES: list[_Rule] = [
    _Rule("day_month_year", _compile(rf"""\b{_WEEKDAY_PREFIX}(?:the\s+)?(?P<d>\d{{1,2}}){ORD}(?:\s+of)?\s+(?P<mon>{MONTH}),?\s+
                                          (?P<y>{YEAR})\b{TIME_OF_DAY}?"""), _day_month_year),
    _Rule("month_day_year", _compile(rf"""\b{_WEEKDAY_PREFIX}(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}}){ORD},?\s+(?P<y>{YEAR})\b
                                          {TIME_OF_DAY}?"""), _day_month_year),
    _Rule("iso", _compile(r"\b(?P<y>\d{4})[-/](?P<m>\d{2})[-/](?P<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b"), _iso),
    _Rule("numeric", _compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{YEAR})\b(?![-/.]\d)"),
          _numeric),
    _Rule("month_year", _compile(rf"\b(?:(?:early|mid|late)[-\s])?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})\b"), _month_year),
    _Rule("day_month", _compile(rf"""\b(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){ORD}(?:\s+of)?\s+(?P<mon>{MONTH})\b
                                     (?!,?\s*\d)"""), _day_month),
    _Rule("month_day", _compile(rf"\b(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}}){ORD}\b(?!,?\s*\d|:)"),
          _day_month),
    # a year only after a preposition ("in 2017", "since 2003"); the span is the year itself
    _Rule("year", _compile(rf"""\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|till|by|[Ff]rom|before|after|throughout|of|
                                 early|late|mid|[Bb]etween|(?<=\d{{4}}\s)and|(?<=\d{{4}}\s)to)[-\s]+(?P<span>(?P<y>{YEAR}))\b"""),
          _year),
    _Rule("bare_month", _compile(rf"""(?:\b(?P<prep>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|by|[Ff]rom)\s+)?
                                     (?P<span>(?:\b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<mon>{_MONTH_FULL}))\b
                                     (?!\s*\d)"""), _bare_month),
    _Rule("weekday", _compile(rf"""(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{WEEKDAY})\b
                                  (?:\s+{DAY_PART})?"""), _weekday),
    _Rule("day_before_yesterday", _compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.I), _relative_day(-2)),
    _Rule("yesterday", _compile(rf"\byesterday(?:\s+{DAY_PART})?\b|\blast\s+night\b", re.I), _relative_day(-1)),
    _Rule("today", _compile(r"\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b", re.I), _relative_day(0)),
    _Rule("tomorrow", _compile(rf"\btomorrow(?:\s+{DAY_PART})?\b", re.I), _relative_day(1)),
    _Rule("few_days_ago", _compile(r"\b(?:a\s+few|few|several|some|a\s+couple\s+of)\s+days\s+ago\b", re.I),
          _few_days_ago),
    _Rule("past_week", _compile(r"\b(?:the\s+)?(?:past|last)\s+(?:few\s+days|seven\s+days|7\s+days)\b|"
                                r"\bthe\s+past\s+week\b", re.I), _past_week),
    _Rule("units_ago", _compile(rf"\b(?P<n>{NUM_WORD})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I),
          _units_ago),
    _Rule("calendar_unit", _compile(r"\b(?P<rel>earlier\s+this|later\s+this|this|last|previous|next)\s+"
                                    r"(?P<unit>week|month|year)\b", re.I), _calendar_unit),
]


# ---------------------------------------------------------------- Arabic-script dates

# Levantine/Iraqi month names, which dateparser does not know (it knows يونيو, مايو, ژوئن ...).
LEVANTINE_MONTHS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}
# day, month word(s) (possibly "حزيران/يونيو"), optional "عام"/"سنة" (year), year; digits already ASCII.
_ARABIC_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?P<mon>[\u0600-\u06FF]+(?:\s+(?:الأول|الاول|الثاني))?"
    r"(?:\s*/\s*[\u0600-\u06FF]+(?:\s+(?:الأول|الاول|الثاني))?)?)\s+(?:(?:عام|سنة)\s+)?(?P<y>(?:19|20)\d{2})(?!\d)")


@lru_cache(maxsize=1)
def _dateparser_parse():
    """Imported lazily: dateparser loads its language data on first use."""
    import dateparser
    return dateparser.parse


@lru_cache(maxsize=256)
def _arabic_month(word: str) -> int | None:
    """Month number of an Arabic/Persian month name: Levantine names from our table, Egyptian-style
    and Persian Gregorian names via dateparser. We hand dateparser a complete day-month-year string
    with REQUIRE_PARTS, so it never fills a missing part from today's date."""
    for part in (p.strip() for p in word.split("/")):
        if part in LEVANTINE_MONTHS:
            return LEVANTINE_MONTHS[part]
        parsed = _dateparser_parse()(f"15 {part} 2000", languages=["ar", "fa"],
                                     settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True})
        if parsed:
            return parsed.month
    return None


def _arabic_script_dates(normalized: str) -> list[tuple[int, int, DateRange]]:
    """Fully specified dates written in Arabic script ("١٥ يونيو ٢٠٢١", "15 حزيران/يونيو 2021").

    Solar Hijri (خرداد ۱۴۰۰) and lunar Hijri dates are not converted: dateparser needs the optional
    convertdate/hijridate packages for them, and their years fall outside the Gregorian range here."""
    found = []
    if not _ARABIC_LETTER.search(normalized):
        return found
    for m in _ARABIC_DATE.finditer(normalized):
        month = _arabic_month(m["mon"])
        d = _safe_date(int(m["y"]), month, int(m["d"])) if month else None
        if d:
            found.append((m.start(), m.end(), DateRange.day(d)))
    return found


_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


# ---------------------------------------------------------------- entry point

def find_times(text: str, published: date | None, title: str | None = None) -> list[TimeExpression]:
    """Every temporal expression in `text`, in order, resolved against `published` where it is relative.

    `title`, when the headline was taken out of the body, is read only for the dates it states: they
    settle an ambiguous numeric date of the body ("8-2-2022" under "... on February 8th, 2022")."""
    normalized = text.translate(_DIGITS)
    candidates: list[tuple[int, int, DateRange | None]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(normalized):
            value = rule.resolve(m, published, normalized)
            if value is _SKIP:
                continue
            span = m.span("span") if "span" in rule.pattern.groupindex else m.span()
            start, end = _trim(normalized, *span)
            candidates.append((start, end, value))
    candidates.extend(_arabic_script_dates(normalized))
    chosen = _longest_non_overlapping(candidates)
    stated = {v.start for _, _, v in chosen if v is not None and v.precision == "day"}
    if title:
        stated |= {t.value.start for t in find_times(title, published) if t.value and t.value.precision == "day"}
    chosen = _agreeing_numeric(normalized, chosen, stated)
    chosen = _same_day_back_references(normalized, chosen)
    return [TimeExpression(s, e, text[s:e], v) for s, e, v in chosen]


_NUMERIC = re.compile(rf"(?P<a>\d{{1,2}})[/.-](?P<b>\d{{1,2}})[/.-](?P<y>{YEAR})")


def _agreeing_numeric(text: str, chosen: list, stated: set[date]) -> list:
    """An ambiguous numeric date ("8-2-2022": 8 February or 2 August?) takes the one reading that a date
    written out elsewhere in the same document (or its title) states ("February 8th, 2022"); with no
    such date, or both readings stated, it stays unresolved."""
    out = []
    for s, e, v in chosen:
        m = _NUMERIC.fullmatch(text, s, e) if v is None else None
        if m:
            a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
            readings = {d for d in (_safe_date(y, b, a), _safe_date(y, a, b)) if d}
            agreeing = readings & stated
            if len(agreeing) == 1:
                v = DateRange.day(agreeing.pop())
        out.append((s, e, v))
    return out


_SAME_DAY = re.compile(r"\b(?:that\s+(?:same\s+)?day|the\s+same\s+day|on\s+the\s+same\s+day)\b", re.I)


def _same_day_back_references(text: str, chosen: list) -> list:
    """ "... on December 31, 2019 outside the embassy, which was stormed that day": "that day" / "the same
    day" is the day-precise date stated just before it in the same sentence; with none, it is not reported."""
    found = list(chosen)
    for m in _SAME_DAY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in chosen):
            continue
        sentence_start = next((sp.start for sp in sentences(text) if sp.start <= m.start() < sp.end), m.start())
        previous = [(s, e, v) for s, e, v in chosen
                    if sentence_start <= s and e <= m.start() and v is not None and v.precision == "day"]
        if previous:
            span = m.span()
            if text[span[0]:span[0] + 3].lower() == "on ":
                span = (span[0] + 3, span[1])
            found.append((span[0], span[1], previous[-1][2]))
    return sorted(found, key=lambda c: c[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,-–—|":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _longest_non_overlapping(candidates):
    """Where patterns overlap ("Wednesday 2 June 2021" vs "Wednesday"), keep the longest, then the earliest."""
    chosen: list[tuple[int, int, DateRange | None]] = []
    for cand in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if all(cand[1] <= s or cand[0] >= e for s, e, _ in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c[0])


def times_in(times: list[TimeExpression], start: int, end: int) -> list[TimeExpression]:
    """The expressions lying inside [start, end). `times` is sorted by start, as `find_times` returns it."""
    first = bisect_left(times, start, key=lambda t: t.start)
    out = []
    for t in times[first:]:
        if t.start >= end:
            break
        if t.end <= end:
            out.append(t)
    return out
