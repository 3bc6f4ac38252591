"""Interface text, captions above headlines, relative dates, credits, named channels, captions and promos.

All texts here are fictional. Each rule is tested on both sides: the chrome goes, and real
headlines and sentences that use the same words stay.
"""
from __future__ import annotations

import pytest

from onrecord.ingest.boilerplate import is_boilerplate_line, is_interface_line, is_media_teaser, remove_boilerplate
from onrecord.ingest.dates import parse_relative_date_line
from onrecord.ingest.textpage import find_named_channel, parse_text_page

# -- interface text: loading placeholders, button labels, icon-font ligature names ---------------

@pytest.mark.parametrize("line", [
    "No Script",
    "Please Wait...",
    "Loading…",
    "Please enable JavaScript to view this page",
    "starAdd to favorites",
    "Add to favourites",
    "folder_openWorld access_time2 hours ago",
    "folder_openLebanon access_timeone year ago",
    "visibility1,204",
    "bookmark_borderSave",
    "access_time 3 min read",
])
def test_interface_lines(line):
    assert is_interface_line(line) and is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Please wait for the official results before drawing conclusions, the commission said.",
    "The star added that the team would fight on until the end of the season.",
    "Loading of the ships resumed on Monday after the strike ended.",
    "Star Wars fans queued outside the cinema overnight",
    "The engineer said the access_time field was removed from the database.",
    "He asked them to add to favourites whatever they liked, and they did.",
    "Share prices rose 5 percent on Monday.",
])
def test_prose_with_interface_words_is_kept(line):
    assert not is_interface_line(line)


# -- media teasers: a link to a video or gallery --------------------------------------------------

@pytest.mark.parametrize("line", [
    "Coach: We deserved more! Video",
    "Portville 4-0 Northbay highlights Gallery",
    "Inside the harbour's new terminal VIDEO",
])
def test_media_teasers(line):
    assert is_media_teaser(line) and is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Players to Watch",
    "The Video",
    "The club released a new Video.",
    "Coach: We deserved more!",
    "Video",
    "Official Music Video",
    "He said fans could watch the highlights in our Gallery",
])
def test_not_media_teasers(line):
    assert not is_media_teaser(line)


# -- a caption above the headline -----------------------------------------------------------------

CAPTION_PAGE = """Coach Vell Ostrander pats Mara Lind on the back

Ostrander: We could have won by more

Thursday 09 March 2022 21:40

Portville manager Vell Ostrander said his side should have scored more goals in the 3-0 win at the quay.

"We created so many chances and we have to be more clinical," he said.
"""


def test_caption_above_the_headline_gives_way_to_the_dated_headline():
    page = parse_text_page(CAPTION_PAGE)
    assert page.title == "Ostrander: We could have won by more"
    assert page.published.iso == "2022-03-09T21:40"
    assert page.extra["above_headline"] == "Coach Vell Ostrander pats Mara Lind on the back"
    assert page.body.startswith("Portville manager Vell Ostrander said")
    assert "Thursday 09 March 2022" not in page.body and "pats Mara Lind" not in page.body


def test_longer_deck_under_the_headline_does_not_replace_it():
    text = """Portville Beat Northbay at the Quay

The home side dominated from the first whistle and never looked back in a one-sided game

March 9, 2022

Portville registered a 4-0 win against Northbay on Tuesday night, their biggest of the season.
"""
    assert parse_text_page(text).title == "Portville Beat Northbay at the Quay"


def test_byline_under_the_headline_does_not_replace_it():
    text = """Fleet returns to port after a month at sea

Mara Lind

March 9, 2022

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.
"""
    assert parse_text_page(text).title == "Fleet returns to port after a month at sea"


def test_headline_printed_twice_replaces_the_line_above_it():
    text = """Fans wave flags at the quay in portville

The Full Transcript of Admiral Vell's Interview with Harbour Network

The Full Transcript of Admiral Vell's Interview with Harbour Network

Q: Let's start with the fleet. How was the month at sea?

Admiral Vell: It was long, and the crews worked very hard every single day.
"""
    page = parse_text_page(text)
    assert page.title == "The Full Transcript of Admiral Vell's Interview with Harbour Network"
    assert page.body.startswith("Q: Let's start with the fleet.")


# -- relative dates --------------------------------------------------------------------------------

ICON_PAGE = """No Script

Please Wait...

The Full Transcript of Admiral Vell's Interview with Harbour Network on March 4th, 2021

The Full Transcript of Admiral Vell's Interview with Harbour Network on March 4th, 2021
folder_openWorld access_timeone year ago
starAdd to favorites

Translated by Coast News

The full transcript of Harbour TV's interview with Admiral Vell Ostrander on 4-3-2021

Q: Let's start with the fleet. How was the month at sea?

Admiral Vell: It was long, and the crews worked very hard every single day.
"""


def test_interface_page_header_relative_date_credit_and_channel():
    page = parse_text_page(ICON_PAGE)
    assert page.title == "The Full Transcript of Admiral Vell's Interview with Harbour Network on March 4th, 2021"
    # the page states its date as "one year ago": the occasion in the headline is not its date
    assert page.published is None and page.extra["published_as_written"] == "one year ago"
    assert page.extra["translated_by"] == "Coast News"
    assert page.broadcaster == "Harbour Network"
    for chrome in ("No Script", "Please Wait", "starAdd", "access_time", "Translated by"):
        assert chrome not in page.body
    assert page.body.startswith("The full transcript of Harbour TV's interview")


def test_without_a_relative_date_the_headline_occasion_dates_the_page():
    page = parse_text_page(ICON_PAGE.replace("folder_openWorld access_timeone year ago\n", ""))
    assert page.published.iso == "2021-03-04" and page.extra["published_from"] == "headline"


@pytest.mark.parametrize("line, value", [
    ("one year ago", "one year ago"), ("Posted 3 hours ago", "3 hours ago"), ("a few days ago", "a few days ago")])
def test_relative_date_lines(line, value):
    assert parse_relative_date_line(line) == value


@pytest.mark.parametrize("line", ["He died two years ago", "Lebanon one year ago", "The ships left two weeks ago."])
def test_not_relative_date_lines(line):
    assert parse_relative_date_line(line) is None


def test_sentence_with_ago_in_the_body_is_kept():
    text = """Fleet Returns to Port

March 9, 2022

The fleet left two months ago

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.
"""
    page = parse_text_page(text)
    assert page.published.iso == "2022-03-09" and "The fleet left two months ago" in page.body


def test_credit_words_in_a_sentence_stay_in_the_body():
    text = """Fleet Returns to Port

Translated by volunteers, the admiral's memoir sold well in the harbour towns last year.

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.
"""
    page = parse_text_page(text)
    assert page.body.startswith("Translated by volunteers,") and "translated_by" not in page.extra


# -- the channel an interview was given to ---------------------------------------------------------

@pytest.mark.parametrize("title, intro, channel", [
    ("Admiral Vell's Interview with Harbour Network on March 4, 2021", "", "Harbour Network"),
    (None, "The full transcript of Coast TV's interview with Admiral Vell Ostrander", "Coast TV"),
    ("Vell: The fleet is ready", "Admiral Vell said in an interview with Portland's al-Bahr television network "
                                 "that the fleet was ready.", "al-Bahr television network"),
    ("Admiral Vell was interviewed by Harbour Radio", "", "Harbour Radio"),
])
def test_named_channel(title, intro, channel):
    assert find_named_channel(title, [intro]) == channel


@pytest.mark.parametrize("title, intro", [
    ("Interview with Admiral Vell on the fleet", ""),
    ("Harbour Network Expands to Three Cities", ""),
    ("Admiral Vell's interview with reporters", ""),
    ("Vell: The fleet is ready", "The admiral spoke on Monday at the quay."),
    ("Interview with the Television Network", ""),
])
def test_no_named_channel(title, intro):
    assert find_named_channel(title, [intro]) is None


def test_channel_named_deeper_in_a_report_is_not_taken_from_ingest():
    text = """Vell: The Fleet Is Ready

PORTVILLE – The admiral of the fleet said on Monday that the crews were ready for anything.

"We are ready," Admiral Vell said during an interview with Harbour Network.
"""
    assert parse_text_page(text).broadcaster is None


# -- captions printed twice and lone promo bullets ------------------------------------------------

LEAD = "The fleet returned to port on Sunday after a month at sea, the navy said in a statement."
NEXT = "The admiral thanked the crews and said the ships would sail again in the spring."


def test_caption_printed_twice_is_dropped():
    lines = [LEAD, "", "Harbour Bridge at dusk", "Harbour Bridge at dusk", "", NEXT]
    assert remove_boilerplate(lines).lines == [LEAD, "", "", NEXT]


@pytest.mark.parametrize("repeated", [
    ["Crowd: Long live the fleet!", "Crowd: Long live the fleet!"],          # a chant is speech
    ["Harbour Bridge at dusk", "", "Harbour Bridge at dusk"],                 # not one after the other
    ['"Never again"', '"Never again"'],
])
def test_repeats_that_are_not_captions_stay(repeated):
    lines = [LEAD, "", *repeated, "", NEXT]
    assert remove_boilerplate(lines).lines == lines


def test_lone_promo_bullet_is_dropped():
    lines = [LEAD, "", "  • Get Real-Time Quotes for Harbour Corp", "", NEXT]
    assert remove_boilerplate(lines).lines == [LEAD, "", "", NEXT]


@pytest.mark.parametrize("bullets", [
    ["• Revenue up 5 percent", "• Profit down 3 percent"],                     # a list
    ["• Revenue up 5 percent", "", "• Profit down 3 percent"],
    ["• The fleet sails again on Monday."],                                     # a sentence
])
def test_bullets_that_are_not_promos_stay(bullets):
    lines = [LEAD, "", *bullets, "", NEXT]
    assert remove_boilerplate(lines).lines == lines
