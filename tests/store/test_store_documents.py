"""Saving and reading back documents and extractions."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from store_samples import (FADAK_TEXT, KHAZALI_TEXT, UNDATED_TEXT, corpus, doc_id, fadak_document, khazali_document,
                           khazali_extraction)

from onrecord.models import Document, Extraction
from onrecord.store import Store, default_db_path


def test_round_trip_rebuilds_document_and_extraction_exactly(store):
    document, extraction = khazali_document(), khazali_extraction()
    assert store.save(document, extraction) is True

    assert store.has_document(document.id)
    assert store.get_document(document.id) == document
    assert store.get_extraction(document.id) == extraction


def test_round_trip_in_a_new_store_on_the_same_file(db_path):
    with Store.open(db_path) as store:
        store.save(khazali_document(), khazali_extraction())
    with Store.open(db_path) as reopened:
        assert reopened.get_extraction(khazali_document().id) == khazali_extraction()


def test_sample_exercises_unknown_dates_and_ranges():
    """The round trip above covers DateRange None, "day" and "range" values."""
    extraction = khazali_extraction()
    assert extraction.times[2].value is None and extraction.events[1].date is None
    assert extraction.occasions[1].date.precision == "range"


def test_provenance_offsets_survive(store):
    store.save(khazali_document(), khazali_extraction())
    document = store.get_document(doc_id(KHAZALI_TEXT))
    extraction = store.get_extraction(document.id)
    for item in [*extraction.mentions, *extraction.quotes, *extraction.times, *extraction.occasions]:
        assert document.text[item.start:item.end] == item.text
    for event in extraction.events:
        assert document.text[event.start:event.end] == event.evidence


def test_minimal_document_with_defaults_round_trips(store):
    document = Document(id="f" * 64, source="empty.txt", text="")
    assert store.save(document, Extraction(document.id))
    assert store.get_document(document.id) == document
    assert store.get_extraction(document.id) == Extraction(document.id)


def test_saving_the_same_document_again_returns_false_and_duplicates_nothing(store):
    assert store.save(khazali_document(), khazali_extraction())
    counts = store.stats()

    changed = khazali_extraction()
    changed.quotes = changed.quotes[:1]
    assert store.save(khazali_document(), changed) is False

    assert store.stats() == counts
    assert store.get_extraction(khazali_document().id) == khazali_extraction()


def test_extraction_for_another_document_is_refused(store):
    with pytest.raises(ValueError):
        store.save(khazali_document(), Extraction(document_id="not-this-one"))
    assert not store.has_document(khazali_document().id)


def test_get_extraction_of_unknown_document_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get_extraction("0" * 64)


def test_documents_are_ordered_by_published_then_source_with_undated_last(store):
    late = replace(fadak_document(), id="1" * 64, source="b.txt", published="2022-01-01")
    same_day = replace(fadak_document(), id="2" * 64, source="a.txt", published="2022-01-01")
    for document, extraction in corpus():
        store.save(document, extraction)
    store.save(late, Extraction(late.id))
    store.save(same_day, Extraction(same_day.id))

    assert [d.source for d in store.documents()] == [
        fadak_document().source, khazali_document().source, "a.txt", "b.txt", "C:\\inbox\\undated.txt"]


def test_iter_extractions_pairs_each_document_with_its_extraction(filled_store):
    pairs = list(filled_store.iter_extractions())
    assert [d.id for d, _ in pairs] == [d.id for d in filled_store.documents()]
    assert all(d.id == e.document_id for d, e in pairs)
    assert dict((d.id, e) for d, e in pairs)[doc_id(KHAZALI_TEXT)] == khazali_extraction()


@pytest.mark.parametrize("ref, expected_text", [
    (doc_id(KHAZALI_TEXT), KHAZALI_TEXT),                       # full id
    (doc_id(KHAZALI_TEXT)[:6], KHAZALI_TEXT),                   # shortest accepted prefix
    (doc_id(FADAK_TEXT)[:12], FADAK_TEXT),
    ("/data/reports/khazali-interview.html", KHAZALI_TEXT),     # exact source
    ("khazali-interview.html", KHAZALI_TEXT),                   # file name of a path
    ("fadak.html", FADAK_TEXT),                                 # file name of a URL, query string ignored
    ("undated.txt", UNDATED_TEXT),                              # file name of a Windows path
])
def test_get_document_by_reference(filled_store, ref, expected_text):
    assert filled_store.get_document(ref).text == expected_text


@pytest.mark.parametrize("ref", ["", doc_id(KHAZALI_TEXT)[:5], "interview.html", "nothing-like-it", "%", "_"])
def test_get_document_returns_none_for_no_match(filled_store, ref):
    assert filled_store.get_document(ref) is None


def test_get_document_returns_none_when_ambiguous(store):
    one = Document(id="abcdef01" + "0" * 56, source="/a/report.txt", text="one")
    two = Document(id="abcdef02" + "0" * 56, source="/b/report.txt", text="two")
    store.save(one, Extraction(one.id))
    store.save(two, Extraction(two.id))
    assert store.get_document("abcdef") is None          # prefix of both
    assert store.get_document("abcdef01").id == one.id
    assert store.get_document("report.txt") is None      # file name of both
    assert store.get_document("/b/report.txt").id == two.id


def test_stats_count_rows_per_table(filled_store):
    stats = filled_store.stats()
    assert stats["documents"] == 3
    assert stats["quotes"] == 3 + 1 + 1
    assert stats["local_entities"] == 4 + 1
    assert stats["occasions"] == 2 and stats["events"] == 2 and stats["times"] == 3
    assert stats["entities"] == 0 and stats["corrections"] == 0


def test_default_db_path_follows_environment(monkeypatch):
    monkeypatch.delenv("ONRECORD_DB", raising=False)
    assert default_db_path() == "./onrecord.db"
    monkeypatch.setenv("ONRECORD_DB", "/tmp/elsewhere.db")
    assert default_db_path() == "/tmp/elsewhere.db"


def test_open_accepts_a_sqlalchemy_url_and_creates_folders(tmp_path):
    path = tmp_path / "nested" / "dir" / "x.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.save(khazali_document(), khazali_extraction())
    with Store.open(path) as store:          # a Path works too, and finds the same data
        assert store.has_document(khazali_document().id)


def test_in_memory_store_keeps_data_across_calls():
    with Store.open(":memory:") as store:
        store.save(khazali_document(), khazali_extraction())
        assert store.get_extraction(khazali_document().id) == khazali_extraction()


def test_file_is_plain_sqlite_in_wal_mode_with_readable_unicode(filled_store, db_path):
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        row = conn.execute("SELECT q.text, q.start, q.end, d.source FROM quotes q JOIN documents d "
                           "ON d.id = q.document_id WHERE q.kind = 'mixed'").fetchone()
        assert row[0].startswith("«لن نسكت»")
        assert KHAZALI_TEXT[row[1]:row[2]] == row[0]
        extra = conn.execute("SELECT extra FROM documents WHERE outlet = 'Islam Times'").fetchone()[0]
        assert "إيران" in extra                      # JSON stored without \\u escapes


def test_foreign_keys_are_enforced(store):
    from sqlalchemy.exc import IntegrityError
    from onrecord.store import schema
    with pytest.raises(IntegrityError):
        with store.engine.begin() as conn:
            conn.execute(schema.quotes.insert().values(document_id="missing", position=0, start=0, end=1, text="x",
                                                      kind="direct", confidence=0.5))
