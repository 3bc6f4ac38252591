"""HTML pages: main text only, metadata from the page, malformed input survives. Fictional pages."""
from __future__ import annotations

import gzip

import pytest

from onrecord.ingest import IngestError, load_document

ARTICLE_PARAGRAPHS = [
    "PORTVILLE (Wire) -- The harbour minister, Alba Renko, said on Monday that the “old harbour” will reopen "
    "by spring, after two years of repairs to the northern quay.",
    "“We will not wait another year,” Renko told reporters, adding that dredging had begun.",
    "Opposition leader Tomas Ferl called the promise 'unrealistic' and demanded a costed plan before the vote.",
    "The ministry did not say how the work would be paid for, but officials pointed to an earlier budget.",
]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister Vows Harbour Reopening - Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
<meta property="og:title" content="Minister Vows Harbour Reopening">
<meta property="article:published_time" content="2022-03-14T08:30:00+03:30">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Minister Vows Harbour Reopening</h1>
<p>{0}</p>
<p>{1}<br>The second line of this paragraph.</p>
<p>{2}</p>
<p>{3}</p>
</article>
<aside class="related"><h3>Related News</h3><ul>
<li><a href="/a">Storm hits the coast as ferries stay in port</a></li>
<li><a href="/b">Ferry strike ends after ten days of talks</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Great news for the town, finally someone is acting on the harbour!</p></div></section>
<footer>© 2022 Coastline Courier. <a href="/subscribe">Subscribe to our newsletter</a></footer>
</body></html>
""".format(*ARTICLE_PARAGRAPHS)


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_html_main_text_and_metadata(tmp_path):
    doc = load_document(write(tmp_path, "harbour.html", PAGE.encode("utf-8")))
    assert doc.media_type == "text/html"
    assert doc.title == "Minister Vows Harbour Reopening"
    assert doc.outlet == "Coastline Courier"
    assert doc.published == "2022-03-14T08:30" and doc.published_precision == "minute"
    assert doc.language == "en"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == ARTICLE_PARAGRAPHS[0]            # title is not part of the body
    assert paragraphs[1] == ARTICLE_PARAGRAPHS[1] + "\nThe second line of this paragraph."
    assert paragraphs[-1] == ARTICLE_PARAGRAPHS[3]
    for noise in ("Home", "Sport", "Storm hits", "Ferry strike", "Great news", "Subscribe", "©", "Related"):
        assert noise not in doc.text


def test_html_gz_is_read_by_inner_extension(tmp_path):
    plain = load_document(write(tmp_path, "a.html", PAGE.encode("utf-8")))
    zipped = load_document(write(tmp_path, "b.html.gz", gzip.compress(PAGE.encode("utf-8"))))
    assert zipped.media_type == "text/html"
    assert zipped.id == plain.id and zipped.text == plain.text


def test_html_meta_charset_windows_1256(tmp_path):
    arabic = "قال الوزير إن الاجتماع سيعقد غدا في العاصمة وإن المفاوضات ستستمر حتى نهاية الشهر الجاري."
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            f"<title>خبر</title></head><body><article><p>{arabic}</p><p>{arabic}</p></article></body></html>")
    doc = load_document(write(tmp_path, "ar.htm", page.encode("windows-1256")))
    assert doc.encoding == "cp1256"
    assert arabic in doc.text
    assert doc.language == "ar"


def test_html_text_header_lines_are_removed(tmp_path):
    page = ("<html><head><title>Fleet Ready for Northern Straits</title></head><body><div class='story'>"
            "<p>Story Code : 770431</p><p>Fleet Ready for Northern Straits</p>"
            f"<p>{ARTICLE_PARAGRAPHS[0]}</p><p>{ARTICLE_PARAGRAPHS[2]}</p></div></body></html>")
    doc = load_document(write(tmp_path, "story.html", page.encode("utf-8")))
    assert doc.external_id == "770431"
    assert doc.text.startswith("PORTVILLE (Wire)")
    assert "Story Code" not in doc.text


@pytest.mark.parametrize("markup", [
    "<html><body><p>The mayor said “yes” today, after a long <b>debate <i>in the council</p></div></span>",
    "<p>unclosed <div>broken &amp; stuff &nosuchentity; <<<>>> </td></tr>",
    "<html><head><title>x</title></head><body></body></html>",
    "<html><body><script>var a = '<p>not text</p>';</script></body></html>",
])
def test_malformed_html_does_not_crash(tmp_path, markup):
    source = write(tmp_path, "bad.html", markup.encode("utf-8"))
    try:
        doc = load_document(source)
    except IngestError as exc:
        assert "no main text found" in str(exc)
    else:
        assert doc.text.strip()


def test_html_without_main_text(tmp_path):
    with pytest.raises(IngestError, match="no main text found"):
        load_document(write(tmp_path, "empty.html", b"<html><head><title>Nothing</title></head><body></body></html>"))


def test_explicit_file_with_other_extension_is_sniffed(tmp_path):
    doc = load_document(write(tmp_path, "page.php", PAGE.encode("utf-8")))
    assert doc.media_type == "text/html"
    assert doc.title == "Minister Vows Harbour Reopening"


STORY_CODE_PAGE = """<html><head><meta charset="utf-8"><title>Coast Times - Fleet Ready for Northern Straits, Admiral Says</title>
</head><body>
<div id="header"><a href="/">Coast Times</a><ul><li>Home</li><li>Politics</li><li>World</li></ul></div>
<div class="content">
<div class="date">Wednesday 2 June 2021 - 09:08</div>
<h2 class="title">Fleet Ready for Northern Straits, Admiral Says</h2>
<div class="code">Story Code : 935111</div>
<div class="lead">Fleet Ready for Northern Straits, Admiral Says</div>
<div class="body">
<p>In an interview aired Tuesday evening, the admiral said the fleet was ready for any mission in the north and would sail within days.</p>
<p>“This depends on patience; it is a long contest and we have the experience for it,” the admiral underscored.</p>
<p>He concluded that the fleet would not stop its patrols until the league withdrew its ships from the straits.</p>
</div>
<div class="related"><h3>Related Stories</h3>
<div><a href="/x">Navy Chief Warns League</a><p>Coast Times - The chief of the navy said the league ...</p></div></div>
<div class="comment"><h3>Comment</h3><form><input name="name"><textarea></textarea><button>Send</button></form></div>
<div class="featured"><h3>Featured Stories</h3><ul><li><a href="/1">Harbour Strike Ends After Ten Days</a> 2 June 2021</li>
<li><a href="/2">Storm Closes Northern Ports</a> 1 June 2021</li></ul></div>
</div></body></html>
"""


def test_html_header_lines_above_the_main_text(tmp_path):
    doc = load_document(write(tmp_path, "story.html", STORY_CODE_PAGE.encode("utf-8")))
    assert doc.title == "Fleet Ready for Northern Straits, Admiral Says"
    assert doc.external_id == "935111"
    assert doc.published == "2021-06-02T09:08" and doc.published_precision == "minute"
    assert doc.outlet == "Coast Times"                      # from <title>, beside the headline
    assert doc.text.startswith("In an interview aired Tuesday evening")
    assert doc.text.endswith("withdrew its ships from the straits.")
    for noise in ("Story Code", "Related", "Navy Chief", "Comment", "Featured", "Harbour Strike", "Send"):
        assert noise not in doc.text


def test_html_date_line_that_disagrees_with_markup_is_not_used(tmp_path):
    page = STORY_CODE_PAGE.replace(
        "</title>", '</title><meta property="article:published_time" content="2021-06-01">').replace(
        "Wednesday 2 June 2021 - 09:08", "Saturday 22 November 2025 - 10:00")
    doc = load_document(write(tmp_path, "clock.html", page.encode("utf-8")))
    assert doc.published == "2021-06-01" and doc.published_precision == "day"


def test_markup_date_wins_over_an_update_line_in_the_text(tmp_path):
    page = PAGE.replace("<h1>Minister Vows Harbour Reopening</h1>",
                        "<h1>Minister Vows Harbour Reopening</h1>\n<p>Updated: Mar 20, 2022, 01:18 PM IST</p>")
    doc = load_document(write(tmp_path, "harbour.html", page.encode("utf-8")))
    assert doc.published == "2022-03-14T08:30"
    assert "published_from" not in doc.extra and doc.extra["updated"] == "Mar 20, 2022, 01:18 PM IST"


def test_update_line_stands_in_when_the_markup_has_no_date(tmp_path):
    page = PAGE.replace('<meta property="article:published_time" content="2022-03-14T08:30:00+03:30">\n', "").replace(
        "<h1>Minister Vows Harbour Reopening</h1>",
        "<h1>Minister Vows Harbour Reopening</h1>\n<p>Updated: Mar 20, 2022, 01:18 PM IST</p>")
    doc = load_document(write(tmp_path, "harbour.html", page.encode("utf-8")))
    assert doc.published == "2022-03-20T13:18" and doc.extra["published_from"] == "updated line"
    assert "Updated:" not in doc.text
