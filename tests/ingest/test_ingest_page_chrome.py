"""Pages saved whole: site chrome, press releases, audio pages, weak dates, broadcasters, boilerplate.

All texts here are fictional. Each rule is tested on both sides: the chrome goes, and real
headlines and sentences that look a little like it stay.
"""
from __future__ import annotations

import pytest

from onrecord.ingest.boilerplate import is_boilerplate_line, is_navigation_line, remove_boilerplate
from onrecord.ingest.dates import parse_title_date, parse_updated_line, split_date_stamp_prefix
from onrecord.ingest.textpage import parse_text_page

# -- navigation lines and titles -----------------------------------------------------------------

MINISTRY_PAGE = """Home Briefings & Notes Visits & Talks Harbour & Sea Archive About Us Español
  Home > Spokesperson's Remarks
Foreign Office Spokesperson Lena Varo's Regular Press Conference on March 4, 2021


Foreign Office Spokesperson Lena Varo held a press conference on March 4, 2021.

Q: What is your comment on the fleet exercise?

A: We have stated our position on many occasions and it has not changed.
"""

SPORTS_PAGE = """Coast Kick logo
HomeSportsHarbour Cup 2024Live Score

Football

Ostrander rues missed chances, Vell happy with the performance

Published at :March 9, 2022 at 10:15 PM
Modified at :January 2, 2024 at 9:01 AM
Post Featured Image

(Courtesy : Harbour Sports)

Coast Kick


Both coaches had very different takes from the game.

Portville registered a 4-0 win against Northbay on Tuesday night, which was their biggest win of the season.
"""


def test_menu_breadcrumb_and_title_date():
    page = parse_text_page(MINISTRY_PAGE)
    assert page.title == "Foreign Office Spokesperson Lena Varo's Regular Press Conference on March 4, 2021"
    assert page.published.iso == "2021-03-04" and page.extra["published_from"] == "headline"
    assert page.body.startswith("Foreign Office Spokesperson Lena Varo held a press conference")
    assert "Briefings &" not in page.body and "Home >" not in page.body


def test_logo_glued_menu_section_dates_credits_and_byline():
    page = parse_text_page(SPORTS_PAGE)
    assert page.title == "Ostrander rues missed chances, Vell happy with the performance"
    assert page.published.iso == "2022-03-09T22:15"                    # the published line, not the modified one
    assert page.extra["updated"] == "January 2, 2024 at 9:01 AM"
    assert page.extra["section"] == "Football" and page.extra["byline"] == "Coast Kick"
    assert page.body.startswith("Both coaches had very different takes from the game.")
    for chrome in ("logo", "HomeSports", "Featured Image", "Courtesy", "Modified"):
        assert chrome not in page.body


@pytest.mark.parametrize("line", [
    "Home Briefings & Notes Visits & Talks Harbour & Sea Archive About Us 中文",
    "  Home > Spokesperson's Remarks",
    "News » World » Asia",
    "World | Asia | Harbour",
    "Coast Kick logo",
    "HomeSportsHarbour Cup 2024Live Score",
])
def test_navigation_lines(line):
    assert is_navigation_line(line)


@pytest.mark.parametrize("line", [
    "Home Truths About the Harbour Economy",                  # a headline that starts with "Home"
    "Salt & Pepper: Harbour Cafe Reopens",                    # one ampersand
    "Fleet Returns to Port | Coast Times",                    # a headline with its site name
    "Freedonian Admiral: Our Fleet Will Reach The Straits Before Winter",
    "The logo was unveiled on Monday.",
    "Home ministers met in Portville on Monday & Tuesday & agreed on a plan.",
])
def test_headlines_are_not_navigation(line):
    assert not is_navigation_line(line)


def test_headline_starting_with_home_is_a_title():
    page = parse_text_page("Home Truths About the Harbour Economy\n\nThe harbour economy shrank last year, the bank said.")
    assert page.title == "Home Truths About the Harbour Economy"


def test_section_label_is_not_taken_for_a_headline_over_a_date():
    page = parse_text_page("Fleet Returns\nUpdated: 3 June 2021 - 10:00\n\nThe fleet returned to port on Sunday.")
    assert page.title == "Fleet Returns" and "section" not in page.extra


# -- press releases --------------------------------------------------------------------------------

RELEASE = """March 2, 2022
Contact:
Mara Lind, Harbour Radio



ADMIRAL VELL OSTRANDER TELLS HARBOUR RADIO THE FLEET IS “READY”
FOR THE NORTHERN STRAITS

OSTRANDER’S FIRST BROADCAST INTERVIEW AS FLEET COMMANDER
AIRING ON MORNING TIDE, TODAY, MARCH 2

TRANSCRIPT BELOW;
AUDIO AVAILABLE AT 6:00PM (ET) AT www.harbourradio.example.org



March 2, 2022; Portville – In his first broadcast interview as fleet commander, Vell Ostrander said: “We are ready.”
"""


def test_press_release_header():
    page = parse_text_page(RELEASE)
    assert page.title == ("ADMIRAL VELL OSTRANDER TELLS HARBOUR RADIO THE FLEET IS “READY” FOR THE NORTHERN STRAITS")
    assert page.published.iso == "2022-03-02"
    assert page.broadcaster == "Harbour Radio" and page.outlet == "Harbour Radio"
    assert page.extra["contact"] == ["Mara Lind, Harbour Radio"]
    assert page.body.startswith("March 2, 2022; Portville – In his first broadcast interview")
    for chrome in ("Mara Lind", "AUDIO AVAILABLE", "TRANSCRIPT BELOW", "AIRING ON"):
        assert chrome not in page.body


def test_release_not_about_a_broadcast_names_no_broadcaster():
    text = RELEASE.replace("AIRING ON MORNING TIDE, TODAY, MARCH 2\n", "").replace(
        "TRANSCRIPT BELOW;\nAUDIO AVAILABLE AT 6:00PM (ET) AT www.harbourradio.example.org\n", "").replace(
        "BROADCAST INTERVIEW", "PUBLIC REMARKS")
    page = parse_text_page(text)
    assert page.broadcaster is None and page.outlet == "Harbour Radio"


def test_dateline_in_capitals_stays_in_the_body():
    page = parse_text_page("Fleet Returns to Port\n\nPORTVILLE (HARBOUR NEWS) —\nThe fleet returned to port on Sunday.")
    assert page.body.startswith("PORTVILLE (HARBOUR NEWS) —")


# -- audio pages and transcripts -------------------------------------------------------------------

AUDIO_PAGE = """Fleet Part 2: 'Not An Easy Voyage' : Harbour Hour Admiral Ostrander says he never expected the straits to close. So what happens now?

Fleet Part 2: 'Not An Easy Voyage'

  • Download
  • <iframe src="" width="100%" height="290" frameborder="0" title="Harbour Radio embedded audio player">
  • Transcript


Hi, I'm Mara Lind.

LIND: And this is HARBOUR HOUR from Harbour Radio.

In the spring of 2021, it was clear the straits would close.

VELL OSTRANDER: We were ready for it.
"""


def test_audio_page_teaser_player_and_sign_on():
    page = parse_text_page(AUDIO_PAGE)
    assert page.title == "Fleet Part 2: 'Not An Easy Voyage'"
    assert page.extra["teaser"].startswith("Fleet Part 2: 'Not An Easy Voyage' : Harbour Hour")
    assert page.broadcaster == "Harbour Radio"
    assert page.body.startswith("Hi, I'm Mara Lind.")
    for chrome in ("<iframe", "embedded audio player", "Download", "Transcript"):
        assert chrome not in page.body


def test_copyright_under_a_transcript_names_the_broadcaster():
    text = ("Straits Talk\n\nLIND: Welcome back to the program.\n\nOSTRANDER: Thank you for having me.\n\n"
            "Copyright © 2021 Harbour Radio. All rights reserved.\n")
    assert parse_text_page(text).broadcaster == "Harbour Radio"


def test_copyright_under_a_news_story_is_not_a_broadcaster():
    text = ("Fleet Returns to Port\n\nThe fleet returned to port on Sunday, the navy said in a statement.\n\n"
            "Copyright © 2021 Coast Times. All rights reserved.\n")
    assert parse_text_page(text).broadcaster is None


def test_this_is_a_person_on_a_channel_is_not_a_sign_on():
    text = "Straits Talk\n\nLIND: This is Vell Ostrander with Mara Lind on Coastal TV after the vote.\n"
    assert parse_text_page(text).broadcaster is None


# -- dates -----------------------------------------------------------------------------------------

def test_updated_line_after_a_dateline_place():
    page = parse_text_page("Fleet Returns to Port After a Month at Sea\n\nPortville, Freedonia Updated: Sep 25, 2019, "
                           "01:18 PM IST\nmain img\n\nThe fleet returned to port on Sunday, the navy said.")
    assert page.published.iso == "2019-09-25T13:18" and page.extra["published_from"] == "updated line"
    assert page.body == "The fleet returned to port on Sunday, the navy said."


@pytest.mark.parametrize("line, iso", [
    ("Updated: 3 June 2021 - 10:00", "2021-06-03T10:00"),
    ("Portville, Freedonia Updated: Sep 25, 2019, 01:18 PM IST", "2019-09-25T13:18"),
    ("PORTVILLE | Last updated: 3 May 2020", "2020-05-03"),
    ("Modified at :January 2, 2024 at 9:01 AM", "2024-01-02T09:01"),
])
def test_update_lines(line, iso):
    assert parse_updated_line(line).iso == iso


@pytest.mark.parametrize("line", ["Prices updated: May 3, 2020", "The list was updated on 3 May 2020 by the office."])
def test_not_update_lines(line):
    assert parse_updated_line(line) is None


def test_date_stamp_glued_to_the_first_line_of_text():
    page = parse_text_page(" date 2019-09-24 On September 24 local time, Admiral Ostrander spoke at a dinner.\n\n"
                           "He said the fleet was ready.")
    assert page.published.iso == "2019-09-24" and page.extra["published_from"] == "date stamp"
    assert page.title is None
    assert page.body.startswith("On September 24 local time, Admiral Ostrander spoke")


def test_date_stamp_prefix_needs_text_after_it():
    assert split_date_stamp_prefix(" date 2021-06-02 0") is None
    assert split_date_stamp_prefix(" date 2022-02-27 Left Menu") is None


@pytest.mark.parametrize("title, iso", [
    ("Foreign Office Spokesperson Lena Varo's Regular Press Conference on March 4, 2021", "2021-03-04"),
    ("Remarks by the Admiral at the Fleet Review, 2 May 2021", "2021-05-02"),
])
def test_dated_occasion_in_a_headline(title, iso):
    assert parse_title_date(title).iso == iso


@pytest.mark.parametrize("title", [
    "Storm hits the coast on March 4, 2021",            # not an occasion that is transcribed
    "Press conference: admiral says fleet is ready",     # no date
    "Interview set for March 4, 2021 is cancelled",      # the date does not end the headline
])
def test_no_dated_occasion_in_a_headline(title):
    assert parse_title_date(title) is None


def test_dates_in_a_related_list_are_not_the_publication_date():
    text = ("Fleet Returns to Port\n\nThe fleet returned to port on Sunday, the navy said in a statement.\n\n"
            "Related Stories\nNavy Press Conference on March 4, 2021\n14 March 2022\n")
    assert parse_text_page(text).published is None


# -- boilerplate -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Are you caught in the storm? Please share your videos, pictures and stories at Harbour Report.",
    "#PORT24: A day in the life of the busiest harbour",
    "To contact the reporter on this story: Mara Lind in Portville at mlind@example.com",
    "To contact the editors responsible for this story: Jon Arn at jarn@example.com Lea Rune, Tom Vell",
    '  • <iframe src="" width="100%" height="290" title="Harbour Radio embedded audio player">',
    "Media contact: Mara Lind, +1 555 0100",
    "AUDIO AVAILABLE AT 7:00PM (ET) AT www.harbourradio.example.org",
    "TRANSCRIPT BELOW;",
    "main img",
    "Post Featured Image",
    "File photo: Admiral Vell Ostrander. Photograph:(AFP)",
    "Both teams in action (Photo/Cup-Twitter). Image Credit: ANI",
    "(Courtesy : Harbour Sports)",
    "View this post on Instagram",
    "A post shared by Harbour Cup (@harbourcup) on Mar 9, 2022 at 9:45am PST",
    "— Harbour Cup (@harbourcup) March 9, 2022",
    "Watch: Portville 4-0 Northbay highlights",
    "Modified at :January 2, 2024 at 9:01 AM",
    "HomeSportsHarbour Cup 2024Live Score",
    "Left Menu",
    "|",
])
def test_boilerplate_lines(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "A post shared by the minister on social media drew sharp criticism from the opposition.",
    "Watch: the minister said the talks would resume next week.",
    '"Please share your videos with us," the mayor said.',
    "Officials asked residents to share their videos and pictures with the police.",
    "The team released a photograph: Reuters obtained it later.",
    "#MeToo: the movement grew quickly across the country last year.",
    "Contact tracing: the ministry said it would hire 500 more workers.",
    "The page was updated: May 3, 2020 saw the biggest change in the rules for the whole industry.",
    "We will search for the missing sailors until nightfall.",
    "The transcript of the hearing was released on Monday.",
    "He said the contact between the two navies had been cordial and would continue.",
    "Audio recordings of the call, the ministry said, show the captain ignored the warning.",
])
def test_sentences_that_look_like_boilerplate_are_kept(line):
    assert not is_boilerplate_line(line)


def test_contact_block_at_the_end_of_a_release_is_dropped():
    lines = ["The fleet returned to port on Sunday after a month at sea, the navy said in a statement.", "",
             "Contact:", "Mara Lind, Harbour Radio", "mlind@example.com", ""]
    assert remove_boilerplate(lines).lines == lines[:2]


def test_story_body_keeps_sentences_and_drops_promos():
    text = """Fleet Returns to Port

Are you caught in the storm? Please share your videos, pictures and stories at Harbour Report.

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.

#PORT24: A day in the life of the busiest harbour

"Please share your stories with us," the mayor told residents on Monday.

To contact the reporter on this story: Mara Lind in Portville at mlind@example.com
"""
    page = parse_text_page(text)
    assert page.body == ("The fleet returned to port on Sunday after a month at sea, the navy said in a statement.\n\n"
                         '"Please share your stories with us," the mayor told residents on Monday.')


def test_repeated_standfirst_is_dropped_once():
    text = """Fleet Returns to Port

The fleet returned to port on Sunday after a month at sea, the navy said.

Story highlights

The fleet returned to port on Sunday after a month at sea, the navy said. Crowds met the ships at the quay.

The admiral thanked the crews.
"""
    page = parse_text_page(text)
    assert page.body == ("The fleet returned to port on Sunday after a month at sea, the navy said. Crowds met the "
                         "ships at the quay.\n\nThe admiral thanked the crews.")


def test_lead_that_is_not_repeated_is_kept():
    text = "Fleet Returns to Port\n\nThe fleet returned on Sunday after a month at sea, the navy said.\n\nCrowds met the ships."
    assert parse_text_page(text).body.startswith("The fleet returned on Sunday")
