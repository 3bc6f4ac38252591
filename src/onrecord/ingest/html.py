"""Main text and metadata of an HTML page, with trafilatura."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import trafilatura
from lxml import etree

from .dates import StatedDate

# Elements that start a new paragraph: trafilatura's own XML (p, head, item, quote,
# row, ...) and, when it falls back to readability/jusText, plain HTML.
BLOCK_TAGS = frozenset(
    "p head item list quote code row cell table div section article main aside blockquote pre "
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd tr td th tbody thead figure figcaption header footer".split())
LINE_BREAK_TAGS = frozenset(("lb", "br"))
HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
SKIP_TAGS = frozenset(("graphic", "img", "script", "style"))

# A time for the date trafilatura found, when the page states one in its metadata.
PUBLISHED_TIME_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publishdate)["'][^>]*>""",
    re.IGNORECASE)
CONTENT_ATTR = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
ISO_DATETIME = re.compile(r"^(\d{4}-\d\d-\d\d)[T ](\d\d):(\d\d)")
# trafilatura falls back to the host name for a site name: a domain is not a name the page states.
DOMAIN_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.IGNORECASE)
TITLE_SEPARATORS = re.compile(r"^\s*[-|–—:·•]+\s*|\s*[-|–—:·•]+\s*$")
MAX_SITENAME_WORDS = 5
# Blocks above the main text read for header lines, and how much of its first line finds it.
MAX_CHROME_BLOCKS = 8
MAIN_TEXT_PROBE_CHARS = 80


@dataclass
class HtmlPage:
    text: str                         # main text, paragraphs separated by a blank line
    title: str | None = None
    published: StatedDate | None = None
    sitename: str | None = None
    chrome: list[str] = field(default_factory=list)   # page blocks just above the main text
    extra: dict = field(default_factory=dict)


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """Main text and metadata, or None when no main text is found."""
    result = _extract(html, url, favor_precision=True) or _extract(html, url, favor_precision=False)
    if result is None or result.body is None:
        return None
    text = "\n\n".join(_paragraphs(result.body))
    if not text.strip():
        return None
    extra = {key: value for key, value in (("author", result.author), ("hostname", result.hostname),
                                           ("description", result.description)) if value}
    title = _clean(result.title)
    tree = _page_tree(html)
    sitename = result.sitename if result.sitename and not DOMAIN_LIKE.match(result.sitename) else None
    sitename = sitename or _sitename_from_title_element(tree, title)
    return HtmlPage(text=text, title=title, published=_published(result.date, html), sitename=_clean(sitename),
                    chrome=_blocks_above(tree, text, title), extra=extra)


def _extract(html: str, url: str | None, favor_precision: bool):
    """trafilatura's main text as an XML tree plus metadata, without comments.

    Dates come only from the page's markup (extensive_search off): htmldate's
    text search would also pick dates from link lists and sidebars.
    """
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=favor_precision, favor_recall=not favor_precision, deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "max_date": date.today().isoformat()})
    except (ValueError, etree.LxmlError):   # trafilatura is robust, but malformed input must not crash us
        return None
    if result is None or result.body is None or not (result.text or "").strip():
        return None
    return result


def _paragraphs(element) -> list[str]:
    """Text of a tree as paragraphs: one per block element, <br>/<lb> kept as line breaks.

    White space inside text nodes is collapsed as a browser would render it; no
    other character is changed.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def add(text: str | None) -> None:
        if text:
            current.append(HTML_WHITESPACE.sub(" ", text))

    def flush() -> None:
        lines = [line.strip(" ") for line in "".join(current).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
        current.clear()

    def walk(node) -> None:
        add(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in SKIP_TAGS:
                pass                       # comments, processing instructions, images, scripts
            elif tag in LINE_BREAK_TAGS:
                current.append("\n")
            elif tag in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)                # inline: hi, ref, span, b ...
            add(child.tail)

    walk(element)
    flush()
    return paragraphs


def _page_tree(html: str):
    try:
        return trafilatura.load_html(html)
    except (ValueError, etree.LxmlError):
        return None


def _sitename_from_title_element(tree, title: str | None) -> str | None:
    """"Islam Times - Headline" or "Headline | Coast Times": the part of <title> that is not the headline."""
    if tree is None or not title:
        return None
    element = tree.find(".//title")
    full = _clean(element.text_content() if element is not None else None)
    if not full or full == title:
        return None
    for candidate in (full.removeprefix(title), full.removesuffix(title)):
        if candidate != full:
            name = TITLE_SEPARATORS.sub("", candidate)
            if name and len(name.split()) <= MAX_SITENAME_WORDS:
                return name
    return None


def _blocks_above(tree, main_text: str, title: str | None) -> list[str]:
    """The page's text blocks just above where the main text starts: date, story code, source lines.

    trafilatura leaves these out of the main text; a header reader can still use them.
    """
    if tree is None:
        return []
    body = tree.find(".//body")
    if body is None:
        return []
    for unwanted in body.xpath(".//script|.//style|.//noscript|.//template"):
        unwanted.drop_tree() if hasattr(unwanted, "drop_tree") else unwanted.getparent().remove(unwanted)
    blocks = _paragraphs(body)
    # The first line of the main text that is not the headline marks where the text starts.
    lines = [line.strip() for line in main_text.split("\n") if line.strip()]
    first_line = next((line for line in lines if line != title), "")[:MAIN_TEXT_PROBE_CHARS]
    for index, block in enumerate(blocks):
        if first_line and first_line in block:
            return blocks[max(0, index - MAX_CHROME_BLOCKS):index]
    return []


def _published(found: str | None, html: str) -> StatedDate | None:
    """trafilatura's date (a day), to the minute when the page's metadata gives that day a time."""
    if not found:
        return None
    for meta in PUBLISHED_TIME_META.findall(html):
        content = CONTENT_ATTR.search(meta)
        match = ISO_DATETIME.match(content.group(1).strip()) if content else None
        if match and match.group(1) == found[:10]:
            return StatedDate(f"{match.group(1)}T{match.group(2)}:{match.group(3)}", "minute")
    return StatedDate(found[:10], "day")


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
