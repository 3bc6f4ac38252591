"""Text pages in the styles the corpus holds: header fields read, header lines and boilerplate gone.

All texts here are fictional.
"""
from __future__ import annotations

import pytest

from onrecord.ingest import load_document
from onrecord.ingest.boilerplate import remove_boilerplate
from onrecord.ingest.dates import parse_date_line, parse_date_stamp_line
from onrecord.ingest.textpage import parse_text_page

CLIP_PAGE = """Mar 14, 2022
Freedonian Admiral Vell Ostrander: Our Fleet Will Reach The Northern Straits Before Winter

#5521 | 02:47
Source: Harbour TV (Freedonia)

Freedonian admiral Vell Ostrander said that the fleet will "reach the northern straits" before winter. His remarks aired on Harbour TV on March 13, 2022.

Vell Ostrander: "We have prepared for this – and we are ready. [The ships] are waiting.

"Nobody will stop us."

Interviewer: "Are you sure?"
"""

STORY_CODE_PAGE = """ date 2022-03-15 0
Tuesday 15 March 2022 - 10:41

Ostrander Says Fleet Ready for Northern Straits

Story Code : 770431
Ostrander Says Fleet Ready for Northern Straits
In a speech on Monday, Admiral Ostrander said the fleet was “ready for any mission” in the north.

“The straits belong to everyone,” Ostrander stressed, adding that talks with the ‘coastal league’ would continue.
Related Stories
Freedonia’s Navy Chief Warns Coastal League
Coast Times - The chief of Freedonia’s navy, Vell Ostrander, said the coastal league ...
Comment


Featured Stories
Harbour Strike Ends After Ten Days
Harbour Strike Ends After Ten Days
14 March 2022
Storm Closes Northern Ports
Storm Closes Northern Ports
13 March 2022
"""

NEWS_ID_PAGE = """News ID: 40417
Publish Date : 16 March 2022 - 21:05
Ostrander: Fleet Exercises Enter Final Phase

PORTVILLE (Dispatches) -- Admiral Vell Ostrander has said the fleet exercises entered their final phase on Tuesday.
In a televised address, Ostrander said: “We are not seeking a fight… but we will not step back.”
Analysts told Coastal Radio the exercises sent “a clear message” to the league.

* Comment:"""

NO_DATE_PAGE = """Admiral Ostrander: The straits are open/ The league must respect our rights

According to the report of Northwind International News Agency, Admiral “Vell Ostrander”, during his speech, addressed the recent naval exercises.

The league must respect our rights

He added that the straits are open to all ships that respect the law of the sea.
"""


def test_clip_header():
    page = parse_text_page(CLIP_PAGE)
    assert page.title == ("Freedonian Admiral Vell Ostrander: Our Fleet Will Reach The Northern Straits "
                          "Before Winter")
    assert page.published.iso == "2022-03-14" and page.published.precision == "day"
    assert page.external_id == "5521"
    assert page.extra["clip_duration"] == "02:47"
    assert page.broadcaster == "Harbour TV"
    assert page.extra["broadcaster_country"] == "Freedonia"
    assert page.outlet is None
    assert page.body.startswith("Freedonian admiral Vell Ostrander said")
    assert page.body.endswith('Interviewer: "Are you sure?"')
    for header_text in ("#5521", "Source:", "Mar 14, 2022", "Northern Straits Before Winter"):
        assert header_text not in page.body
    # characters as written, paragraphs separated by one blank line
    assert '"We have prepared for this – and we are ready. [The ships] are waiting.\n\n"Nobody' in page.body


def test_story_code_header_and_related_blocks():
    page = parse_text_page(STORY_CODE_PAGE)
    assert page.title == "Ostrander Says Fleet Ready for Northern Straits"
    assert page.published.iso == "2022-03-15T10:41" and page.published.precision == "minute"
    assert page.external_id == "770431"
    assert page.outlet == "Coast Times"
    assert page.broadcaster is None
    assert page.body.startswith("In a speech on Monday, Admiral Ostrander said")
    assert page.body.endswith("would continue.")
    assert "‘coastal league’" in page.body
    for gone in ("Story Code", "Ostrander Says Fleet Ready", "Related Stories", "Coast Times", "Comment",
                 "Featured Stories", "Harbour Strike", "14 March 2022", "date 2022"):
        assert gone not in page.body


def test_news_id_header_keeps_dateline_and_lines():
    page = parse_text_page(NEWS_ID_PAGE)
    assert page.external_id == "40417"
    assert page.published.iso == "2022-03-16T21:05"
    assert page.title == "Ostrander: Fleet Exercises Enter Final Phase"
    assert page.body.startswith("PORTVILLE (Dispatches) -- Admiral Vell Ostrander")
    # single-newline paragraphs stay as they are
    assert "final phase on Tuesday.\nIn a televised address" in page.body
    assert page.body.endswith("to the league.")
    assert "Comment" not in page.body and "News ID" not in page.body and "Publish Date" not in page.body


def test_page_without_date_or_outlet():
    page = parse_text_page(NO_DATE_PAGE)
    assert page.title == "Admiral Ostrander: The straits are open/ The league must respect our rights"
    assert page.published is None
    assert page.outlet is None            # "According to the report of X" names a source, not the outlet
    assert page.body.startswith("According to the report of Northwind International News Agency")
    assert "\n\nThe league must respect our rights\n\n" in page.body   # subheadings are text


def test_no_title_when_page_starts_with_prose():
    page = parse_text_page("May 05, 2021\nThe council met on Tuesday and said the bridge would reopen.\n")
    assert page.title is None
    assert page.published.iso == "2021-05-05"
    assert page.body == "The council met on Tuesday and said the bridge would reopen."


def test_date_stamp_is_a_fallback():
    page = parse_text_page(" date 2022-01-09 0\nBridge Reopens\n\nThe bridge reopened on Sunday, officials said.")
    assert page.published.iso == "2022-01-09" and page.published.precision == "day"
    assert page.title == "Bridge Reopens"


def test_crlf_trailing_spaces_and_blank_lines_normalised():
    text = "Harbour Deal Signed\r\n\r\nThe deal was signed “today” — finally.   \r\nSecond line.\u00a0\r\n\r\n\r\n\r\nNext paragraph.\r\n"
    page = parse_text_page(text)
    assert page.body == "The deal was signed “today” — finally.\nSecond line.\n\nNext paragraph."


def test_related_block_in_the_middle_ends_at_next_real_paragraph():
    text = """Harbour Deal Signed

The deal was signed on Friday after months of talks, the ministry said in a statement.

Read more:
Harbour Talks Stall Again

The second phase of the deal covers the northern docks and will start next spring, officials said.
"""
    page = parse_text_page(text)
    assert "Harbour Talks Stall" not in page.body and "Read more" not in page.body
    assert page.body.endswith("will start next spring, officials said.")


@pytest.mark.parametrize("line", [
    "Donate", "Donate now", "Subscribe to our newsletter", "Share this", "Share on Facebook",
    "Read more: Harbour Talks Stall Again", "Sign up for our daily newsletter", "Follow us on Telegram",
    "Tags: harbour, fleet", "Print | Email", "© 2022 Coast Times. All rights reserved.",
])
def test_call_to_action_lines_are_dropped(line):
    lines = ["The deal was signed on Friday after months of talks, the ministry said in a statement.", line,
             "The second phase will start next spring, officials said in the capital on Friday."]
    assert remove_boilerplate(lines).lines == [lines[0], lines[2]]


@pytest.mark.parametrize("line", [
    "Share prices fell sharply after the announcement.",
    "Subscribers to the scheme will be paid in May, he said.",
    "Comments by the minister drew criticism from the opposition, which called them reckless.",
])
def test_prose_that_starts_like_a_marker_is_kept(line):
    lines = ["The deal was signed on Friday after months of talks, the ministry said in a statement.", line]
    assert remove_boilerplate(lines).lines == lines


def test_comment_widget_drops_the_rest():
    lines = ["The deal was signed on Friday after months of talks, the ministry said in a statement.",
             "Comments", "Your name", "Great article, thanks for writing such a thorough and balanced piece on this."]
    assert remove_boilerplate(lines).lines == lines[:1]


@pytest.mark.parametrize("line,iso,precision", [
    ("May 05, 2021", "2021-05-05", "day"),
    ("Jun 01, 2021", "2021-06-01", "day"),
    ("Wednesday 2 June 2021 - 09:08", "2021-06-02T09:08", "minute"),
    ("Publish Date : 30 June 2021 - 22:23", "2021-06-30T22:23", "minute"),
    ("2021-06-02T09:08:00Z", "2021-06-02T09:08", "minute"),
    ("Published: 12 Sept. 2020", "2020-09-12", "day"),
    ("Sunday, March 3rd, 2024 at 4:05 pm", "2024-03-03T16:05", "minute"),
])
def test_date_lines(line, iso, precision):
    stated = parse_date_line(line)
    assert (stated.iso, stated.precision) == (iso, precision)


@pytest.mark.parametrize("line", ["May 2021", "30 February 2021", "May 05, 2021 was a Wednesday", "Story Code : 1"])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


def test_date_stamp_line():
    assert parse_date_stamp_line(" date 2021-06-02 0").iso == "2021-06-02"


def test_loaded_text_page_fills_document(tmp_path):
    path = tmp_path / "clip.txt"
    path.write_text(CLIP_PAGE, encoding="utf-8")
    doc = load_document(str(path))
    assert doc.source == str(path)
    assert doc.media_type == "text/plain" and doc.encoding == "utf-8" and doc.language == "en"
    assert doc.published == "2022-03-14" and doc.published_precision == "day"
    assert doc.broadcaster == "Harbour TV" and doc.external_id == "5521"
    assert doc.extra == {"clip_duration": "02:47", "broadcaster_country": "Freedonia"}
    assert doc.raw_size == len(CLIP_PAGE.encode("utf-8"))


def test_header_variants():
    text = """Fleet Returns to Port.

Publish Date : 1400/12/24
Source: Harbour TV (Freedonia) (state-run)
Clip #77 | 1:02:03

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.
"""
    page = parse_text_page(text)
    assert page.title == "Fleet Returns to Port."
    assert page.published is None                      # a date we cannot read is not guessed
    assert page.extra["published_as_written"] == "1400/12/24"
    assert page.broadcaster == "Harbour TV" and page.extra["broadcaster_country"] == "state-run"
    assert page.external_id == "77" and page.extra["clip_duration"] == "1:02:03"
    assert page.body == "The fleet returned to port on Sunday after a month at sea, the navy said in a statement."


def test_updated_line_stands_in_for_a_missing_publication_date():
    page = parse_text_page("Fleet Returns\nUpdated: 3 June 2021 - 10:00\n\nThe fleet returned to port on Sunday.")
    assert page.title == "Fleet Returns"
    assert page.published.iso == "2021-06-03T10:00" and page.extra["published_from"] == "updated line"
    assert page.extra["updated"] == "3 June 2021 - 10:00"


def test_updated_line_never_overrides_a_publication_date():
    page = parse_text_page("Fleet Returns\nUpdated: 3 June 2021 - 10:00\n1 June 2021\n\nThe fleet returned to port on Sunday.")
    assert page.published.iso == "2021-06-01" and "published_from" not in page.extra
    assert page.extra["updated"] == "3 June 2021 - 10:00"


def test_title_repeated_with_site_name():
    page = parse_text_page("Fleet Returns to Port\n\nFleet Returns to Port - Coast Times\nThe fleet returned on Sunday.")
    assert page.title == "Fleet Returns to Port" and page.body == "The fleet returned on Sunday."


def test_long_teaser_without_ellipsis_stays_in_link_list():
    text = """Fleet Returns to Port

The fleet returned to port on Sunday after a month at sea, the navy said in a statement.

Related News
Navy Chief Warns League
Coast Times - The chief of the navy said on Friday that the league would regret its decision to close the straits.
"""
    page = parse_text_page(text)
    assert page.body == "The fleet returned to port on Sunday after a month at sea, the navy said in a statement."
    assert page.outlet == "Coast Times"


def test_trailing_source_credit_is_not_body():
    page = parse_text_page("Fleet Returns\n\nThe fleet returned to port on Sunday.\n\nSource: Coastal Radio\n")
    assert page.body == "The fleet returned to port on Sunday."
    assert page.broadcaster is None and page.extra["source_credit"] == "Coastal Radio"


def test_outlet_named_before_the_lead():
    page = parse_text_page("Fleet Returns\n\nCoast Times - The fleet returned to port on Sunday, the navy said.")
    assert page.outlet == "Coast Times"
    assert page.body.startswith("Coast Times - The fleet")       # the body is left as written


def test_dateline_is_not_an_outlet():
    page = parse_text_page("Fleet Returns\n\nPORTVILLE - The fleet returned to port on Sunday, the navy said.")
    assert page.outlet is None
