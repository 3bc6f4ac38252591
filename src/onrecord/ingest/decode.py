"""Bytes → str with the encoding detected, not assumed.

Order of evidence: a byte-order mark; strict UTF-8 (which almost never decodes
text that is not UTF-8); a charset the container declares (HTTP header, HTML
<meta charset>); then statistical detection by charset-normalizer, corrected
for its known weakness on short Western text (see `_prefer_cp1252`).
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from .errors import IngestError

BYTE_ORDER_MARKS = (  # UTF-32 first: its LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), and so
# do the pages that declare them: curly quotes in "iso-8859-1" pages are common.
WINDOWS_1252_ALIASES = {"iso8859-1", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "l1"}

META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

# Control characters that ordinary text files do contain.
TEXT_CONTROLS = set("\t\n\r\f\v")
MAX_CONTROL_RATIO = 0.01
# In Western European text most letters are ASCII; above this share of
# non-ASCII letters a windows-1252 reading is probably mojibake of another script.
MAX_NON_ASCII_LETTER_RATIO = 0.3


def decode_bytes(data: bytes, source: str, declared: list[str | None] | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raises IngestError for empty or binary input."""
    if not data.strip():
        raise IngestError(f"empty file {source}: {'no bytes' if not data else 'only white space'}")
    text, encoding = _decode(data, source, [d for d in (declared or []) if d])
    if not _looks_like_text(text):
        raise IngestError(f"binary file {source}: decodes to control characters, not text")
    if not text.strip():
        raise IngestError(f"empty file {source}: only white space")
    return text, encoding


def sniff_meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any."""
    match = META_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii", "replace") if match else None


def _decode(data: bytes, source: str, declared: list[str]) -> tuple[str, str]:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"cannot decode {source}: byte-order mark says {encoding} but {exc.reason}") from exc
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for label in declared:
        decoded = _decode_declared(data, label)
        if decoded:
            return decoded
    return _detect(data, source)


def _decode_declared(data: bytes, label: str) -> tuple[str, str] | None:
    try:
        encoding = codecs.lookup(label.strip()).name
    except LookupError:
        return None  # a label Python does not know: let detection decide
    if encoding in WINDOWS_1252_ALIASES or label.strip().lower() in WINDOWS_1252_ALIASES:
        encoding = "cp1252"
    for candidate in (encoding, "latin-1") if encoding == "cp1252" else (encoding,):
        try:
            return data.decode(candidate), _report_name(data, candidate)
        except UnicodeDecodeError:
            continue
    return None


def _detect(data: bytes, source: str) -> tuple[str, str]:
    best = from_bytes(data).best()
    western = _prefer_cp1252(data, best.encoding if best else None, str(best) if best else None)
    if western:
        return western
    if best is None:
        raise IngestError(f"binary file {source}: no plausible text encoding")
    return str(best), codecs.lookup(best.encoding).name


def _prefer_cp1252(data: bytes, guessed: str | None, guessed_text: str | None) -> tuple[str, str] | None:
    """windows-1252, when it reads the bytes as plausible Western text and the detector
    did not see another script.

    charset-normalizer tends to pick a sibling code page (cp1250, cp775, mac_*) for
    short Latin-script text, which turns curly quotes and accents into wrong letters.
    It is reliable about the script, so its guess is kept when that is not Latin.
    """
    if guessed_text is not None and not _letters_are_latin(guessed_text):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    non_ascii = sum(1 for c in letters if not c.isascii())
    if not letters or non_ascii > MAX_NON_ASCII_LETTER_RATIO * len(letters):
        return None
    return text, _report_name(data, "cp1252")


def _report_name(data: bytes, encoding: str) -> str:
    """Name windows-1252 text that uses none of its extra characters (0x80-0x9F) by its usual name."""
    name = codecs.lookup(encoding).name
    if name in ("cp1252", "iso8859-1") and not re.search(rb"[\x80-\x9f]", data):
        return "iso8859-1"
    return name


def _letters_are_latin(text: str) -> bool:
    for char in text:
        if char.isalpha() and not char.isascii() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


def _decode_utf16_without_bom(data: bytes, source: str) -> tuple[str, str]:
    """NUL bytes mean binary, unless they sit in every other byte: UTF-16 text without a mark."""
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if len(data) % 2 == 0 and half:
        encoding = "utf-16-le" if odd_nuls > 0.3 * half and even_nuls < 0.05 * half else \
                   "utf-16-be" if even_nuls > 0.3 * half and odd_nuls < 0.05 * half else None
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
    raise IngestError(f"binary file {source}: contains NUL bytes")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = sum(1 for c in text if c not in TEXT_CONTROLS and unicodedata.category(c) == "Cc")
    return controls <= MAX_CONTROL_RATIO * len(text)
