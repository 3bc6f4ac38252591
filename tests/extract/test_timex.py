from datetime import date

import pytest

from onrecord.extract.timex import find_times, resolve_weekday
from onrecord.models import DateRange

WEDNESDAY = date(2022, 3, 16)   # publication day used throughout: a Wednesday


def values(text, published=WEDNESDAY):
    """{surface text: (start, end, precision)} for every expression, checking offsets on the way."""
    out = {}
    for t in find_times(text, published):
        assert text[t.start:t.end] == t.text
        out[t.text] = None if t.value is None else (t.value.start.isoformat(), t.value.end.isoformat(),
                                                    t.value.precision)
    return out


def day(iso):
    return (iso, iso, "day")


# ---------------------------------------------------------------- absolute dates

@pytest.mark.parametrize("text, surface, expected", [
    ("The minister spoke on March 4, 2022 in Velmora.", "March 4, 2022", day("2022-03-04")),
    ("The council met on 4 March 2022.", "4 March 2022", day("2022-03-04")),
    ("Aired Mar 04, 2022 on Radio Ostra.", "Mar 04, 2022", day("2022-03-04")),
    ("Publish Date : 14 March 2022 - 21:05", "14 March 2022 - 21:05", day("2022-03-14")),
    ("Thursday 10 March 2022 - 08:15", "Thursday 10 March 2022 - 08:15", day("2022-03-10")),
    ("Filed 2022-03-02 by the desk.", "2022-03-02", day("2022-03-02")),
    ("Filed 2022-03-02T09:08 by the desk.", "2022-03-02T09:08", day("2022-03-02")),
    ("The 1st of March, 2022 was quiet.", "1st of March, 2022", day("2022-03-01")),
    ("Prices rose in February 2022.", "February 2022", ("2022-02-01", "2022-02-28", "month")),
    ("The front moved in mid-January 2022.", "mid-January 2022", ("2022-01-01", "2022-01-31", "month")),
    ("The Lantern Party won in 2017 and ruled.", "2017", ("2017-01-01", "2017-12-31", "year")),
    ("They have fought since 2009.", "2009", ("2009-01-01", "2009-12-31", "year")),
])
def test_absolute_dates(text, surface, expected):
    assert values(text)[surface] == expected


def test_absolute_dates_need_no_publication_date():
    assert values("It happened on March 4, 2022.", None) == {"March 4, 2022": day("2022-03-04")}


def test_arabic_indic_and_persian_digits_keep_offsets():
    text = "Broadcast on ٤ March ٢٠٢٢ and again on ۵ March ۲۰۲۲."
    assert values(text) == {"٤ March ٢٠٢٢": day("2022-03-04"), "۵ March ۲۰۲۲": day("2022-03-05")}


def test_arabic_month_names():
    text = "قال يوم ٤ مارس ٢٠٢٢ إن القوات ستبقى، وفي 7 آذار 2022 عاد"
    assert values(text) == {"٤ مارس ٢٠٢٢": day("2022-03-04"), "7 آذار 2022": day("2022-03-07")}


# ---------------------------------------------------------------- not dates

@pytest.mark.parametrize("text", [
    "He may speak later. The second convoy left. Crowds march through Velmora.",
    "May God protect the fighters of Ostra.",
    "The clinic treated patients in 2017 cases of fever.",      # a count, not a year
    "The unit numbered 2017 men.",                              # no preposition: not a year expression
    "Bloody Sunday is remembered every year by the Sunday Times.",
])
def test_false_positives_are_ignored(text):
    assert {k: v for k, v in values(text).items() if v is not None} == {}


def test_ambiguous_numeric_date_is_not_guessed():
    assert values("Signed on 03/04/2022.") == {"03/04/2022": None}
    assert values("Signed on 23/04/2022.") == {"23/04/2022": day("2022-04-23")}


def test_bare_month_is_reported_but_not_resolved():
    found = values("The vote was held in January.")
    assert found == {"January": None}
    assert values("Talks collapsed last January.") == {"last January": ("2022-01-01", "2022-01-31", "month")}


def test_day_month_without_year_takes_the_year_nearest_publication():
    assert values("The talks began on March 1.") == {"March 1": day("2022-03-01")}
    assert values("The rally on December 30 drew crowds.", date(2022, 1, 3)) == {"December 30": day("2021-12-30")}
    assert values("The talks began on March 1.", None) == {"March 1": None}


# ---------------------------------------------------------------- relative to publication

def test_weekdays_resolve_to_most_recent_on_or_before_publication():
    found = values("On Monday, Governor Tessaly said; on Tuesday evening, crowds gathered; Wednesday was calm; "
                   "Thursday was not.")
    assert found["Monday"] == day("2022-03-14")
    assert found["Tuesday evening"] == day("2022-03-15")
    assert found["Wednesday"] == day("2022-03-16")           # same weekday as publication: publication day
    assert found["Thursday"] == day("2022-03-10")             # never after publication


def test_weekday_qualifiers_and_future_clauses():
    assert values("They met last Wednesday.")["last Wednesday"] == day("2022-03-09")
    assert values("They meet next Monday.")["next Monday"] == day("2022-03-21")
    assert values("Talks will resume on Friday.")["Friday"] == day("2022-03-18")


def test_resolve_weekday_helper():
    assert resolve_weekday("Tuesday", date(2022, 3, 16)) == date(2022, 3, 15)
    assert resolve_weekday("Wednesday", date(2022, 3, 16)) == date(2022, 3, 16)
    assert resolve_weekday("Wednesday", date(2022, 3, 16), "before") == date(2022, 3, 9)
    assert resolve_weekday("Monday", None) is None


@pytest.mark.parametrize("text, surface, expected", [
    ("The port was shelled yesterday.", "yesterday", day("2022-03-15")),
    ("The port was shelled yesterday morning.", "yesterday morning", day("2022-03-15")),
    ("The port is quiet today.", "today", day("2022-03-16")),
    ("It was shelled the day before yesterday.", "the day before yesterday", day("2022-03-14")),
    ("It was shelled two days ago.", "two days ago", day("2022-03-14")),
    ("It was shelled 3 days ago.", "3 days ago", day("2022-03-13")),
    ("It was shelled a few days ago.", "a few days ago", ("2022-03-09", "2022-03-15", "range")),
    ("It was shelled several days ago.", "several days ago", ("2022-03-09", "2022-03-15", "range")),
    ("It was shelled earlier this week.", "earlier this week", ("2022-03-14", "2022-03-16", "range")),
    ("It was shelled this week.", "this week", ("2022-03-14", "2022-03-20", "range")),
    ("It was shelled last week.", "last week", ("2022-03-07", "2022-03-13", "range")),
    ("It was shelled last month.", "last month", ("2022-02-01", "2022-02-28", "month")),
    ("It was shelled earlier this month.", "earlier this month", ("2022-03-01", "2022-03-16", "range")),
    ("It was shelled last year.", "last year", ("2021-01-01", "2021-12-31", "year")),
    ("It was shelled two months ago.", "two months ago", ("2022-01-01", "2022-01-31", "month")),
])
def test_relative_expressions(text, surface, expected):
    assert values(text)[surface] == expected


def test_unknown_publication_date_leaves_every_relative_expression_unresolved():
    text = ("On Monday the governor of Velmora spoke; yesterday the port was shelled; two days ago, a few days ago, "
            "earlier this week, last month and last year there were strikes. Today is calm.")
    found = values(text, None)
    assert found and all(v is None for v in found.values())
    assert set(found) >= {"Monday", "yesterday", "two days ago", "a few days ago", "earlier this week",
                          "last month", "last year", "Today"}


def test_overlapping_patterns_keep_the_longest():
    found = find_times("Wednesday, March 9, 2022 at 10:30 am the talks opened.", WEDNESDAY)
    assert [t.text for t in found] == ["Wednesday, March 9, 2022 at 10:30 am"]
    assert found[0].value == DateRange.day(date(2022, 3, 9))


def test_dates_that_name_things_are_not_dates():
    assert values("The March 14 Alliance met on March 14.") == {"March 14": day("2022-03-14")}
    assert values("Veterans of the 25 January Revolution marched.") == {}


def test_year_ranges_give_both_years():
    found = values("Between 2014 and 2017 the war raged; from 2018 to 2020 it ebbed.")
    assert set(found) == {"2014", "2017", "2018", "2020"}
    assert found["2017"] == ("2017-01-01", "2017-12-31", "year")


# ---------------------------------------------------------------- ambiguous numeric dates and back-references

def test_ambiguous_numeric_date_takes_the_reading_another_stated_date_confirms():
    text = "Transcript of the governor's interview on 4-3-2022. The interview aired on March 4, 2022."
    assert values(text, None)["4-3-2022"] == day("2022-03-04")
    assert values("Transcript of the interview on 4-3-2022.", None) == {"4-3-2022": None}


def test_ambiguous_numeric_date_settled_by_the_title():
    found = find_times("The transcript of the interview on 4-3-2022", None, "Interview with Tessaly on March 4, 2022")
    assert [(t.text, t.value) for t in found] == [("4-3-2022", DateRange.day(date(2022, 3, 4)))]
    found = find_times("The transcript of the interview on 4-3-2022", None, "Interview with Tessaly")
    assert found[0].value is None


def test_that_day_is_the_day_stated_before_it_in_the_sentence():
    text = "Tessaly spoke on March 4, 2022 outside the ministry in Velmora, which was stormed that day by protesters."
    assert values(text, None)["that day"] == day("2022-03-04")
    assert "that day" not in values("The ministry was stormed that day by protesters.", None)
