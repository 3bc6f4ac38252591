"""The shared seed corpus, when present: every report loads with a title and without header lines."""
from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.ingest import iter_sources, load_document

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
HEADER_MARKERS = ("Source:", "Story Code", "News ID", "Publish Date", "Related Stories", "Featured Stories",
                  "* Comment")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")
def test_seeds_load_cleanly():
    sources = list(iter_sources([SEEDS]))
    assert sources
    for source in sources:
        doc = load_document(source)
        assert doc.title, source
        assert doc.title not in doc.text[: len(doc.title) + 5], source
        for marker in HEADER_MARKERS:
            assert marker not in doc.text, (source, marker)
        assert not doc.text.startswith(("#", " ")) and doc.text == doc.text.strip()
