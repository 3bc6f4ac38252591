"""Files, encodings, gzip, limits, failures, directories, URLs. Fictional text."""
from __future__ import annotations

import gzip
import os
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from onrecord.ingest import IngestError, IngestSettings, iter_sources, load_document, read_sources
from onrecord.models import Document, IngestFailure

STORY = "Bridge Reopens\n\nThe council said on Tuesday that the bridge would reopen next week.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


# ---------------------------------------------------------------- encodings

def test_utf8_with_bom(tmp_path):
    doc = load_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Caf\u00e9 Talks\n\nThe caf\u00e9 “reopened”, he said.".encode()))
    assert doc.encoding == "utf-8"
    assert doc.title == "Caf\u00e9 Talks"            # no BOM left on the first line
    assert doc.text == "The caf\u00e9 “reopened”, he said."


def test_cp1252_curly_quotes(tmp_path):
    text = "Envoy Returns\n\nThe envoy said \u201cwe will return\u201d \u2013 and left the caf\u00e9 early. It\u2019s over.\n"
    doc = load_document(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert doc.encoding == "cp1252"
    assert doc.text == "The envoy said \u201cwe will return\u201d \u2013 and left the caf\u00e9 early. It\u2019s over."


def test_windows_1256_arabic(tmp_path):
    arabic = "قال الوزير إن الاجتماع سيعقد غدا في العاصمة وإن المفاوضات ستستمر."
    doc = load_document(write(tmp_path, "ar.txt", ("خبر عاجل من العاصمة\n\n" + arabic + "\n").encode("windows-1256")))
    assert doc.encoding == "cp1256"
    assert doc.text == arabic
    assert doc.language == "ar"


def test_latin1(tmp_path):
    text = "R\u00e9union \u00e0 Paris\n\nLe ministre a d\u00e9clar\u00e9 que la r\u00e9union \u00e9tait termin\u00e9e. Gar\u00e7on na\u00eff.\n"
    doc = load_document(write(tmp_path, "latin1.txt", text.encode("latin-1")))
    assert doc.encoding in ("iso8859-1", "cp1252")
    assert doc.title == "R\u00e9union \u00e0 Paris"
    assert doc.text == "Le ministre a d\u00e9clar\u00e9 que la r\u00e9union \u00e9tait termin\u00e9e. Gar\u00e7on na\u00eff."


def test_utf16_with_bom(tmp_path):
    doc = load_document(write(tmp_path, "u16.txt", "\ufeff".encode("utf-16-le") + STORY.encode("utf-16-le")))
    assert doc.encoding == "utf-16-le" and doc.title == "Bridge Reopens"


# ---------------------------------------------------------------- refused inputs

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty(tmp_path, data):
    with pytest.raises(IngestError, match="^empty"):
        load_document(write(tmp_path, "empty.txt", data))


def test_binary_with_nul_bytes(tmp_path):
    with pytest.raises(IngestError, match="^binary file"):
        load_document(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))


def test_binary_without_nul_bytes(tmp_path):
    with pytest.raises(IngestError, match="^binary file"):
        load_document(write(tmp_path, "noise.txt", bytes(range(1, 32)) * 20))


def test_header_only_page_has_no_main_text(tmp_path):
    with pytest.raises(IngestError, match="no main text found"):
        load_document(write(tmp_path, "header.txt", b"May 05, 2021\nSource: Harbour TV (Freedonia)\n"))


def test_too_large_file_names_size_and_limit(tmp_path):
    source = write(tmp_path, "big.txt", STORY.encode() * 10)
    with pytest.raises(IngestError) as info:
        load_document(source, IngestSettings(max_bytes=100))
    assert "too large" in info.value.reason
    assert f"{len(STORY.encode()) * 10:,}" in info.value.reason and "100" in info.value.reason


def test_gzip_bomb_is_refused(tmp_path):
    source = write(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 10_000))
    with pytest.raises(IngestError, match="too large"):
        load_document(source, IngestSettings(max_bytes=1_000))


def test_missing_path(tmp_path):
    with pytest.raises(IngestError, match="No such file or directory"):
        load_document(str(tmp_path / "nope.txt"))


def test_directory_given_to_load_document(tmp_path):
    with pytest.raises(IngestError, match="is a directory"):
        load_document(str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    source = write(tmp_path, "secret.txt", STORY.encode())
    os.chmod(source, 0)
    with pytest.raises(IngestError, match="Permission denied"):
        load_document(source)


# ---------------------------------------------------------------- gzip

def test_gz_is_the_same_document_as_its_content(tmp_path):
    plain = load_document(write(tmp_path, "story.txt", STORY.encode()))
    zipped = load_document(write(tmp_path, "story.txt.gz", gzip.compress(STORY.encode())))
    assert zipped.id == plain.id
    assert zipped.text == plain.text and zipped.title == plain.title
    assert zipped.raw_size == plain.raw_size == len(STORY.encode())
    assert zipped.source.endswith("story.txt.gz")


def test_truncated_gz(tmp_path):
    data = gzip.compress(STORY.encode() * 20)
    with pytest.raises(IngestError, match="^corrupt gzip"):
        load_document(write(tmp_path, "cut.txt.gz", data[: len(data) // 2]))


def test_gz_that_is_not_gzip(tmp_path):
    with pytest.raises(IngestError, match="^corrupt gzip"):
        load_document(write(tmp_path, "fake.txt.gz", STORY.encode()))


# ---------------------------------------------------------------- sources

def test_iter_sources_walks_directories(tmp_path):
    for name in ("b/2.txt", "b/1.html.gz", "a.htm", "c.text", "notes.md", "image.png", ".hidden.txt",
                 ".git/x.txt", "b/.cache/y.txt", "Z.TXT"):
        write(tmp_path, name, STORY.encode())
    found = [Path(s).relative_to(tmp_path).as_posix() for s in iter_sources([tmp_path])]
    assert found == ["Z.TXT", "a.htm", "c.text", "b/1.html.gz", "b/2.txt"]


def test_iter_sources_passes_files_urls_and_missing_paths(tmp_path):
    odd = write(tmp_path, "transcript.md", STORY.encode())
    missing = str(tmp_path / "missing.txt")
    url = "https://example.org/story.html"
    assert list(iter_sources([odd, url, missing, Path(odd)])) == [odd, url, missing]


def test_read_sources_goes_on_after_failures(tmp_path):
    write(tmp_path, "1_good.txt", STORY.encode())
    write(tmp_path, "2_empty.txt", b"")
    write(tmp_path, "3_binary.txt", b"\x00\x01\x02\x03" * 50)
    write(tmp_path, "4_good.txt", STORY.replace("Bridge", "Tunnel").encode())
    results = list(read_sources([tmp_path, tmp_path / "missing.txt"]))
    assert [type(r) for r in results] == [Document, IngestFailure, IngestFailure, Document, IngestFailure]
    assert results[1].reason.startswith("empty") and results[2].reason.startswith("binary")
    assert results[4].source == str(tmp_path / "missing.txt")


# ---------------------------------------------------------------- URLs

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_url_fails_quickly():
    url = f"http://127.0.0.1:{_free_port()}/story.html"
    started = time.monotonic()
    with pytest.raises(IngestError, match="cannot fetch"):
        load_document(url, IngestSettings(timeout=3))
    assert time.monotonic() - started < 3


class _Pages(BaseHTTPRequestHandler):
    pages = {
        "/story": ("text/plain; charset=windows-1252", STORY.replace("said", "\u201csaid\u201d").encode("cp1252")),
        "/page": ("text/html", b"<html><head><title>Bridge Reopens</title></head><body><article><p>"
                  b"The council said on Tuesday that the bridge would reopen next week, after repairs.</p>"
                  b"</article></body></html>"),
    }

    def do_GET(self):  # noqa: N802 (http.server's naming)
        content_type, body = self.pages.get(self.path, (None, None))
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_text_with_header_charset(server):
    doc = load_document(f"{server}/story")
    assert doc.source == f"{server}/story"
    assert doc.media_type == "text/plain" and doc.encoding == "cp1252"
    assert doc.text == "The council \u201csaid\u201d on Tuesday that the bridge would reopen next week."


def test_url_html_by_content_type(server):
    doc = load_document(f"{server}/page")
    assert doc.media_type == "text/html" and doc.title == "Bridge Reopens"


def test_url_http_error(server):
    with pytest.raises(IngestError, match="HTTP 404"):
        load_document(f"{server}/missing")


def test_url_too_large(server):
    with pytest.raises(IngestError, match="too large"):
        load_document(f"{server}/story", IngestSettings(max_bytes=10))


def test_a_single_path_is_not_split_into_characters(tmp_path):
    source = write(tmp_path, "one.txt", STORY.encode())
    assert list(iter_sources(source)) == [source]
    assert [type(r) for r in read_sources(source)] == [Document]
