"""Getting the raw bytes of a source: a local file (optionally gzipped) or an http(s) URL."""
from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import IngestError, IngestSettings
from .sources import GZIP_EXTENSION, inner_name, is_url

GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class RawInput:
    """The content bytes of a source (decompressed) and what its container says about them."""
    content: bytes
    name: str                          # file or URL path name, without .gz: tells .html from .txt
    content_type: str | None = None    # media type from an HTTP header
    charset: str | None = None         # charset from an HTTP header
    compressed_size: int | None = None


def read_raw(source: str, settings: IngestSettings) -> RawInput:
    return _fetch_url(source, settings) if is_url(source) else _read_file(source, settings)


# ---------------------------------------------------------------- files

def _read_file(source: str, settings: IngestSettings) -> RawInput:
    path = Path(source)
    try:
        if path.is_dir():
            raise IngestError(f"cannot read {source}: is a directory")
        if path.exists() and not path.is_file():   # a FIFO or device would block or never end
            raise IngestError(f"cannot read {source}: not a regular file")
        size = path.stat().st_size
        _check_size(size, settings, what="file")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read {source}: {exc.strerror or exc}") from exc
    except ValueError as exc:     # e.g. an embedded NUL in the path
        raise IngestError(f"cannot read {source!r}: invalid path ({exc})") from exc
    if path.name.lower().endswith(GZIP_EXTENSION):
        return RawInput(gunzip(data, settings.max_bytes, source), inner_name(path.name), compressed_size=len(data))
    return RawInput(data, path.name)


def _check_size(size: int, settings: IngestSettings, what: str) -> None:
    if size > settings.max_bytes:
        raise IngestError(f"{what} too large: {size:,} bytes, the limit is {settings.max_bytes:,} bytes")


def gunzip(data: bytes, max_bytes: int, source: str) -> bytes:
    """Decompress, refusing more than `max_bytes` of output (a small .gz can hold gigabytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            content = stream.read(max_bytes + 1)
    except EOFError as exc:   # the archive stops before its end-of-stream marker
        raise IngestError(f"corrupt gzip {source}: truncated ({exc})") from exc
    except (gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise IngestError(f"corrupt gzip {source}: {exc}") from exc
    if len(content) > max_bytes:
        raise IngestError(f"gzip content too large: more than {max_bytes:,} bytes once decompressed, "
                          f"the limit is {max_bytes:,} bytes")
    return content


# ---------------------------------------------------------------- URLs

def _fetch_url(url: str, settings: IngestSettings) -> RawInput:
    import httpx  # imported here: only URL sources need it

    headers = {"User-Agent": settings.user_agent}
    try:
        with httpx.Client(follow_redirects=True, timeout=settings.timeout, headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise IngestError(f"cannot fetch {url}: HTTP {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit():
                    _check_size(int(declared), settings, what="download")
                data = _read_limited(response.iter_bytes(), settings)
                content_type, charset = _parse_content_type(response.headers.get("content-type", ""))
    except httpx.TimeoutException as exc:
        raise IngestError(f"cannot fetch {url}: timed out after {settings.timeout:g} s") from exc
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise IngestError(f"cannot fetch {url}: {exc or type(exc).__name__}") from exc

    name = Path(urlsplit(url).path).name
    if name.lower().endswith(GZIP_EXTENSION) and data.startswith(GZIP_MAGIC):
        return RawInput(gunzip(data, settings.max_bytes, url), inner_name(name), content_type, charset, len(data))
    return RawInput(data, name, content_type, charset)


def _read_limited(chunks, settings: IngestSettings) -> bytes:
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        if len(buffer) > settings.max_bytes:
            raise IngestError(f"download too large: more than {settings.max_bytes:,} bytes, "
                              f"the limit is {settings.max_bytes:,} bytes")
    return bytes(buffer)


def _parse_content_type(header: str) -> tuple[str | None, str | None]:
    """'text/html; charset=windows-1256' -> ('text/html', 'windows-1256')."""
    media_type, *params = [part.strip() for part in header.split(";")]
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return (media_type.lower() or None), charset
