from datetime import date

import pytest

from onrecord.extract.occasions import find_occasions, quoted_spans, statement_date_range
from onrecord.extract.timex import find_times
from onrecord.models import DateRange

WEDNESDAY = date(2022, 3, 16)


def occasions(text, published=WEDNESDAY):
    found = find_occasions(text, published, find_times(text, published))
    for o in found:
        assert text[o.start:o.end] == o.text
        assert o.speaker_key is None and o.speaker_name is None
    return found


def only(text, published=WEDNESDAY):
    found = occasions(text, published)
    assert len(found) == 1, found
    return found[0]


def day(y, m, d):
    return DateRange.day(date(y, m, d))


# ---------------------------------------------------------------- kind, medium, date in the phrase

def test_remarks_aired_on_a_channel_with_a_date():
    o = only("Governor Tessaly's remarks on the occasion of Harvest Day were aired on Ostra TV (Velmora) "
             "on March 4, 2022.")
    assert (o.kind, o.medium, o.date) == ("remarks", "Ostra TV", day(2022, 3, 4))
    assert "(Velmora)" not in o.medium


def test_interview_is_more_specific_than_remarks_in_the_same_sentence():
    o = only("He made these remarks in an interview that aired on Lantern TV (Ostra) on March 1, 2022.")
    assert (o.kind, o.medium, o.date) == ("interview", "Lantern TV", day(2022, 3, 1))


def test_interview_aired_on_a_weekday_evening():
    o = only("In an interview aired Tuesday evening, Tessaly said the bridge would reopen.")
    assert (o.kind, o.medium, o.date) == ("interview", None, day(2022, 3, 15))


def test_possessive_owner_is_dropped_from_the_medium():
    o = only("In a televised speech broadcasted by Velmora's Al-Nour satellite channel, Tessaly said: "
             "\u201cWe will rebuild.\u201d")
    assert (o.kind, o.medium) == ("speech", "Al-Nour satellite channel")


@pytest.mark.parametrize("text, kind, medium, when", [
    ("Governor Tessaly told reporters on Sunday that the port would reopen.", "remarks", None, day(2022, 3, 13)),
    ("Speaking at a press conference in Velmora on Monday, the minister denied the report.",
     "press conference", None, day(2022, 3, 14)),
    ("The minister said at a press conference in Velmora on Monday that talks had failed.",
     "press conference", None, day(2022, 3, 14)),
    ("The Lantern Party said in a statement on Thursday that it rejected the plan.", "statement", None,
     day(2022, 3, 10)),
    ("In a tweet, the mayor of Ostra praised the volunteers.", "tweet", None, None),
    ("In a speech marking the anniversary of the flood, Tessaly vowed to rebuild.", "speech", None, None),
    ("Speaking to Al Jazeera, the commander said the front was quiet.", "interview", "Al Jazeera", None),
    ("\u201cWe will not leave,\u201d the analyst Pell Varga told Press TV.", "interview", "Press TV", None),
    ("In an exclusive interview with Radio Ostra, the mayor said the bridge was safe.", "interview",
     "Radio Ostra", None),
    ("The governor said on Tuesday in an interview with Velmora Daily that he would run again.", "interview",
     "Velmora Daily", day(2022, 3, 15)),
    ("On Monday, in a statement, the ministry said the convoy had arrived.", "statement", None, day(2022, 3, 14)),
])
def test_occasion_phrases(text, kind, medium, when):
    o = only(text)
    assert (o.kind, o.medium, o.date) == (kind, medium, when)


def test_told_a_person_is_not_an_occasion():
    assert occasions("He told Governor Tessaly that he would resign.") == []


def test_generic_nouns_are_not_occasions():
    assert occasions("Freedom of speech matters, the mayor said. Interviews with residents are planned.") == []


def test_a_later_anaphoric_mention_is_the_same_occasion():
    found = occasions("In an interview aired Tuesday evening, Tessaly said the port was safe. "
                      "Elsewhere in his remarks, he stressed unity.")
    assert [o.kind for o in found] == ["interview"]


def test_occasions_inside_quotations_are_ignored():
    text = "Tessaly said: \u201cIn my speech last year I promised a bridge.\u201d"
    assert occasions(text) == []


# ---------------------------------------------------------------- dates the phrase does not give

LEAD = ("VELMORA (Wire) -- Governor Tessaly has pledged to rebuild the bridge that floods destroyed near the "
        "Ostra border earlier this week.\n"
        "In a televised speech broadcast by Lantern TV, Tessaly said: \u201cWe will rebuild.\u201d\n"
        "Residents welcomed the pledge.")


def test_main_occasion_without_date_takes_the_range_the_lead_bounds():
    o = occasions(LEAD, date(2022, 3, 18))[0]     # a Friday: "earlier this week" is Monday..Friday
    assert (o.kind, o.medium) == ("speech", "Lantern TV")
    assert o.date == DateRange(date(2022, 3, 14), date(2022, 3, 18), "range")


def test_publication_day_alone_is_never_the_statement_date():
    text = "Governor Tessaly said the bridge would be rebuilt.\nIn a televised speech, Tessaly said: \u201cSoon.\u201d"
    assert only(text).date is None


def test_statement_date_range_helper():
    published = date(2022, 3, 18)
    times = find_times(LEAD, published)
    assert statement_date_range(published, times, LEAD) == DateRange(date(2022, 3, 14), published, "range")
    assert statement_date_range(None, find_times(LEAD, None), LEAD) is None
    said_today = "Governor Tessaly said today that the bridge would be rebuilt."
    assert statement_date_range(published, find_times(said_today, published), said_today) == DateRange.day(published)
    said_monday = "Governor Tessaly said on Monday that the bridge would be rebuilt."
    assert statement_date_range(published, find_times(said_monday, published), said_monday) == day(2022, 3, 14)


def test_unknown_publication_date_gives_no_dates():
    for text in ["During a television interview, Tessaly mentioned the floods.",
                 "In an interview aired Tuesday evening, Tessaly said the port was safe.", LEAD]:
        found = occasions(text, None)
        assert found and all(o.date is None for o in found)
    assert only("During a television interview, Tessaly mentioned the floods.", None).kind == "interview"


def test_quoted_spans_cover_transcript_turns_and_marks():
    text = 'Tessaly: "We will rebuild.\nHe said, \u201cSoon.\u201d Then he left.'
    spans = [text[s.start:s.end] for s in quoted_spans(text)]
    assert spans == ["We will rebuild.", "Soon."]


def test_a_day_is_not_a_medium():
    o = only("In a statement released on Sunday, the ministry said the convoy had arrived.")
    assert (o.kind, o.medium, o.date) == ("statement", None, day(2022, 3, 13))


def test_quantities_of_interviews_are_not_an_occasion():
    assert occasions("He has given a lot of interviews and made a number of comments.") == []


def test_addressing_a_dinner_is_a_speech():
    o = only("Addressing a dinner hosted by the Velmora Council in Ostra, Tessaly said the talks would go on.")
    assert o.kind == "speech"


def test_a_later_mention_dates_the_occasion():
    found = occasions("In her first broadcast interview as governor, Tessaly discussed the floods.\n"
                      "The interview with Governor Tessaly is airing in two parts today and Monday.")
    assert len(found) == 1 and found[0].date == day(2022, 3, 16)


def test_fronted_day_dates_the_occasion_of_its_sentence():
    from onrecord.extract.occasions import find_occasions
    from onrecord.extract.timex import find_times
    text = "On September 24 local time, Foreign Minister Ana Vel delivered a keynote speech at a dinner in Osterby."
    pub = date(2019, 9, 25)
    occ = find_occasions(text, pub, find_times(text, pub))
    assert occ and occ[0].kind == "speech" and occ[0].date == DateRange.day(date(2019, 9, 24))


def test_day_closing_the_speech_clause_of_the_lead_dates_the_statement():
    from onrecord.extract.occasions import find_occasions
    from onrecord.extract.timex import find_times
    text = ("Foreign Minister Ana Vel revealed the truth about the northern province on Tuesday, refuting rumours.\n"
            "Addressing a dinner in Osterby, Vel said that the province is an internal affair.")
    pub = date(2019, 9, 25)       # a Wednesday
    occ = find_occasions(text, pub, find_times(text, pub))
    assert occ and occ[0].date == DateRange.day(date(2019, 9, 24))


# ---------------------------------------------------------------- intro sentences of transcripts

@pytest.mark.parametrize("text, kind, medium, when", [
    ("Pell Varga, the head of the Lantern Party, was interviewed by Ostra TV (Velmora) on March 4, 2022 outside "
     "the ministry.", "interview", "Ostra TV", day(2022, 3, 4)),
    ("Following are excerpts from an address delivered by Governor Tessaly on Harvest Day, which aired on "
     "Lantern TV on March 4, 2022:", "speech", "Lantern TV", day(2022, 3, 4)),
    ("Governor Tessaly said in an address that was broadcast on Ostra TV on March 2, 2022 that the dam is safe.",
     "speech", "Ostra TV", day(2022, 3, 2)),
    ("Governor Tessaly said in a Harvest Day speech that aired on Lantern TV on March 2, 2022 that the dam is safe.",
     "speech", "Lantern TV", day(2022, 3, 2)),
    ("Pell Varga said in a show that aired on Ostra TV on March 1, 2022 that the talks had failed.",
     "remarks", "Ostra TV", day(2022, 3, 1)),
    ("The Lantern Brigades wrote on their website that the convoy had left.", "statement", None, None),
])
def test_transcript_intro_shapes(text, kind, medium, when):
    o = only(text)
    assert (o.kind, o.medium, o.date) == (kind, medium, when)


def test_an_address_that_is_a_location_is_not_a_speech():
    assert occasions("Police found his home address on the list. The ministry will address the issue.") == []


def test_a_heading_that_dates_the_occasion_it_names_is_one():
    text = ("The full transcript of Ostra TV’s interview with Governor Tessaly on March 4, 2022\n\n"
            "Q: How are the repairs going?\n\nTessaly: The bridge will reopen soon.")
    o = only(text)
    assert (o.kind, o.medium, o.date) == ("interview", "Ostra TV", day(2022, 3, 4))
    assert occasions("Tessaly interview on the floods\n\nThe governor visited the dam.") == []


def test_occasions_named_inside_a_transcript_turn_are_the_speaker_s_topic():
    text = ("In an interview that aired on Ostra TV on March 4, 2022, Governor Tessaly spoke about the floods.\n\n"
            "Q: What do you remember?\n\n"
            "Governor Tessaly: I remember the rain.\n\n"
            "The speech I delivered at the Tarn Cemetery was the hardest of my life.")
    found = occasions(text)
    assert [(o.kind, o.medium) for o in found] == [("interview", "Ostra TV")]


def test_transcript_turns_without_marks_are_quoted_with_their_continuations():
    text = ("Following are excerpts from the speech:\n\nTessaly: We will rebuild.\n\nThe dam will hold.\n\n"
            "Source: Ostra TV")
    assert [text[s.start:s.end] for s in quoted_spans(text)] == ["We will rebuild.", "The dam will hold."]
    narrated = "Tessaly: We will rebuild.\n\nVarga: Never.\n\nThe governor later said he was tired."
    assert [narrated[s.start:s.end] for s in quoted_spans(narrated)] == ["We will rebuild.", "Never."]


# ---------------------------------------------------------------- attach: transcript turns join the interview

def test_transcript_turns_attach_to_the_interview_of_a_differently_written_name():
    from onrecord.extract.attach import attach_occasions
    from onrecord.models import Mention, Quote
    text = ("The full transcript of Ostra TV’s interview with Sayyed Pell Varga on March 4, 2022\n\n"
            "Q: How are you?\n\nSayyed Varga: Well, thank God.")
    occ = occasions(text)
    start = text.index("Sayyed Pell Varga")
    mentions = [Mention(start, start + 17, "Sayyed Pell Varga", "PER", "PER:pell varga")]
    q1, q2 = text.index("How are"), text.index("Well,")
    quotes = [Quote(q1, q1 + 12, "How are you?", "direct", speaker_name="Q", cue="transcript label"),
              Quote(q2, len(text), text[q2:], "direct", speaker_name="Sayyed Varga", speaker_key="PER:sayyed varga",
                    cue="transcript label")]
    attach_occasions(text, occ, quotes, mentions)
    assert occ[0].speaker_key == "PER:pell varga"
    assert [q.occasion for q in quotes] == [0, 0]


def test_attach_keeps_different_people_apart():
    from onrecord.extract.attach import _same_speaker
    from onrecord.models import Occasion, Quote
    occ = Occasion(0, 1, "x", "interview", speaker_key="PER:ali varga", speaker_name="Ali Varga")
    assert not _same_speaker(occ, Quote(0, 1, "x", "direct", speaker_name="Omar Varga", speaker_key="PER:omar varga"))
    assert _same_speaker(occ, Quote(0, 1, "x", "direct", speaker_name="Sheikh Ali Varga", speaker_key="PER:x"))
    assert not _same_speaker(occ, Quote(0, 1, "x", "direct", speaker_name="Varga", speaker_key="ORG:varga"))


def test_medium_keeps_a_run_of_media_words():
    text = "He spoke during an interview with Ostland's Sun television network, affirming that talks will go on."
    occ = find_occasions(text, date(2022, 2, 9), find_times(text, date(2022, 2, 9)))
    assert occ and occ[0].medium == "Sun television network"
    text = "“We are strong,” he said in an interview with Al-Nour radio station on Tuesday."
    occ = find_occasions(text, date(2020, 5, 28), find_times(text, date(2020, 5, 28)))
    assert occ and occ[0].medium == "Al-Nour radio station"
