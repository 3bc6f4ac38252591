"""Sources → Documents: read bytes, decode, extract main text and header, fill the record."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable, Iterator

from onrecord.models import Document, IngestFailure

from .decode import decode_bytes, sniff_meta_charset
from .errors import IngestError, IngestSettings
from .fetch import RawInput, read_raw
from .html import extract_html
from .language import guess_language
from .sources import HTML_EXTENSIONS, TEXT_EXTENSIONS, is_url, iter_sources
from .dates import StatedDate
from .textpage import HeaderFields, TextPage, parse_text_page, read_header_fields

HTML = "text/html"
PLAIN = "text/plain"
HTML_CONTENT_TYPES = {"text/html", "application/xhtml+xml"}
# How a page of unknown type shows itself to be HTML in its first kilobyte.
HTML_SNIFF = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
# Dates the text-page reader falls back on; a date the markup or the page chrome states wins over them.
WEAK_DATE_SOURCES = ("updated line", "headline")
ANY_TAG = re.compile(rb"<(?:[a-zA-Z][a-zA-Z0-9]*[\s>/]|!--|!doctype)", re.IGNORECASE)


def load_document(source: str, settings: IngestSettings | None = None) -> Document:
    """One source as a Document. Raises IngestError with a human reason."""
    settings = settings or IngestSettings()
    source = str(source)
    raw = read_raw(source, settings)
    media_type = _media_type(raw)
    declared = [raw.charset, sniff_meta_charset(raw.content) if media_type == HTML else None]
    text, encoding = decode_bytes(raw.content, source, declared)

    page, sitename, html_extra = _read_page(text, media_type, source)
    if not page.body.strip():
        raise IngestError(f"no main text found in {source}")

    extra = {**html_extra, **page.extra}
    if raw.compressed_size is not None:
        extra["compressed_size"] = raw.compressed_size
    return Document(
        id=hashlib.sha256(raw.content).hexdigest(),
        source=source,
        text=page.body,
        title=page.title,
        published=page.published.iso if page.published else None,
        published_precision=page.published.precision if page.published else None,
        outlet=sitename or page.outlet,
        broadcaster=page.broadcaster,
        external_id=page.external_id,
        language=guess_language(page.body),
        encoding=encoding,
        media_type=media_type,
        raw_size=len(raw.content),
        extra=extra,
    )


def read_sources(paths: Iterable[str | Path], settings: IngestSettings | None = None
                 ) -> Iterator[Document | IngestFailure]:
    """A Document or an IngestFailure for every source under `paths`; one bad input never stops the batch."""
    settings = settings or IngestSettings()
    for source in iter_sources(paths):
        try:
            yield load_document(source, settings)
        except IngestError as exc:
            yield IngestFailure(source, exc.reason)
        except Exception as exc:  # a bug or a library surprise on one input must not end the batch
            yield IngestFailure(source, f"unexpected error: {type(exc).__name__}: {exc}")


def _read_page(text: str, media_type: str, source: str) -> tuple[TextPage, str | None, dict]:
    """The page read as text (header + body), with what HTML metadata adds."""
    if media_type != HTML:
        return parse_text_page(text), None, {}
    html = extract_html(text, url=source if is_url(source) else None)
    if html is None:
        raise IngestError(f"no main text found in {source}")
    # The extracted text can still carry a text-style header (story code, date
    # line, repeated headline) and link lists: the text-page reader removes them.
    page = parse_text_page(html.text, known_title=html.title)
    _add_chrome_header(page, read_header_fields(html.chrome), html.published)
    return page, html.sitename, html.extra


def _add_chrome_header(page: TextPage, chrome: HeaderFields, markup_date: StatedDate | None) -> None:
    """Fill what the main text did not say from header lines just above it on the page.

    A date line there is taken when the markup gives no date, or the same day (then it
    adds the time); a date line that disagrees with the markup may be the site's clock.
    """
    page.external_id = page.external_id or chrome.external_id
    page.broadcaster = page.broadcaster or chrome.broadcaster
    for key, value in chrome.extra.items():
        page.extra.setdefault(key, value)
    chrome_date = chrome.published or chrome.date_stamp
    weak = page.extra.get("published_from") in WEAK_DATE_SOURCES
    stated = None if weak else page.published          # a weak date gives way to one the page states
    if stated is None and chrome_date and (markup_date is None or chrome_date.iso[:10] == markup_date.iso[:10]):
        stated = chrome_date if markup_date is None or chrome_date.precision == "minute" else markup_date
    stated = stated or markup_date
    if weak and stated is not None:
        page.extra.pop("published_from")
    if stated is None and page.published is None and chrome.updated is not None:
        stated = chrome.updated
        page.extra.setdefault("published_from", "updated line")
    page.published = stated or page.published


def _media_type(raw: RawInput) -> str:
    """By extension first (the user named it), then the server's word, then the content."""
    name = raw.name.lower()
    if name.endswith(HTML_EXTENSIONS):
        # A page saved as .html that holds no markup at all is read as the text it is.
        return HTML if ANY_TAG.search(raw.content[:65536].replace(b"\x00", b"")) else PLAIN
    if name.endswith(TEXT_EXTENSIONS):
        return PLAIN
    if raw.content_type in HTML_CONTENT_TYPES:
        return HTML
    if raw.content_type == PLAIN:
        return PLAIN
    head = raw.content[:2048].decode("latin-1")
    return HTML if HTML_SNIFF.match(head.lstrip("\ufeff\xef\xbb\xbf")) else PLAIN
