from datetime import date

from onrecord.link.occasions import group_occasions
from onrecord.models import DateRange, Occasion


def occ(kind, medium, when):
    return Occasion(0, 1, "x", kind, medium=medium, date=DateRange.day(when) if when else None)


def groups(items):
    return sorted(sorted(m.document_id for m in se.members) for se in group_occasions(items))


def test_reports_of_one_dated_interview_are_grouped():
    items = [("a", 0, occ("interview", "Ostra TV", date(2022, 2, 8)), "e1"),
             ("b", 0, occ("interview", None, date(2022, 2, 8)), "e1")]
    assert groups(items) == [["a", "b"]]


def test_an_undated_report_is_kept_apart_even_with_the_same_speaker_and_medium():
    items = [("a", 0, occ("interview", "Al-Nour radio", date(2020, 5, 26)), "e1"),
             ("b", 0, occ("interview", "Al-Nour radio", None), "e1")]
    assert groups(items) == [["a"], ["b"]]
    both_undated = [("a", 0, occ("statement", None, None), "e2"), ("b", 0, occ("statement", None, None), "e2")]
    assert groups(both_undated) == [["a"], ["b"]]


def test_a_speech_is_not_an_interview():
    items = [("a", 0, occ("speech", None, date(2022, 2, 8)), "e1"),
             ("b", 0, occ("interview", None, date(2022, 2, 8)), "e1")]
    assert groups(items) == [["a"], ["b"]]
