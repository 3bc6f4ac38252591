"""quotes() filters and search_quotes()."""
from __future__ import annotations

from datetime import date

import pytest
from store_samples import FADAK_TEXT, KHAZALI_TEXT, UNDATED_TEXT, doc_id, links

from onrecord.models import DateRange

K, F, U = doc_id(KHAZALI_TEXT), doc_id(FADAK_TEXT), doc_id(UNDATED_TEXT)

OCCUPATION = "the occupation will leave, whether it likes it or not"
READY = "the resistance is ready"
SILENT = "«لن نسكت», we will not be silent 🙂"
DISARM = "the brigades would not disarm"
UNDECIDED = "nothing has been decided"


def texts(records) -> list[str]:
    return [r.quote.text for r in records]


def test_all_quotes_oldest_statement_first_undated_last(filled_store):
    # the Fadak quote is dated by its document (2020), the speech by its occasion (from 31 May 2021),
    # the interview by its occasion (1 June 2021); the unnamed official's document has no date
    assert texts(filled_store.quotes()) == [DISARM, SILENT, OCCUPATION, READY, UNDECIDED]


def test_quote_record_carries_its_context(filled_store):
    filled_store.replace_links(*links())
    record = filled_store.quotes(text="occupation")[0]
    assert record.document_id == K
    assert record.source == "/data/reports/khazali-interview.html"
    assert record.title == "Khazali: «the occupation will leave»"
    assert record.outlet == "Islam Times"
    assert record.published == "2021-06-02T09:08"
    assert record.speaker_entity_id == "E-khazali"
    assert record.speaker_entity_name == "Qais al-Khazali"
    assert record.speech_event_id == "S-interview"
    assert record.statement_date == DateRange.day(date(2021, 6, 1))
    assert record.quote.occasion == 0 and record.quote.confidence == 0.9


def test_unlinked_and_undated_quotes_have_none_context(filled_store):
    [record] = filled_store.quotes(document_id=U)
    assert record.quote.text == UNDECIDED
    assert record.published is None and record.statement_date is None
    assert record.speaker_entity_id is None and record.speaker_entity_name is None
    assert record.speech_event_id is None


def test_quote_without_occasion_has_no_statement_date(filled_store):
    [record] = filled_store.quotes(document_id=F)
    assert record.statement_date is None and record.published == "2020-01-10"


@pytest.mark.parametrize("speaker, expected", [
    ("khazali", [OCCUPATION, READY]),            # quote's speaker name / entity name
    ("QAIS AL-", [OCCUPATION, READY]),           # case-insensitive
    ("abu ali", [OCCUPATION, READY]),            # an alias only the global entity knows
    ("sayyed hassan", [SILENT]),                 # ditto
    ("ḥasan naṣ", [SILENT]),                     # unicode alias, lower case
    ("ḤASAN NAṢRALLĀH", [SILENT]),               # unicode alias, upper case
    ("Abdul Aziz", [DISARM]),
    ("nobody", []),
    ("%", []),                                   # LIKE wildcards are literal
])
def test_speaker_filter_matches_names_and_aliases(filled_store, speaker, expected):
    filled_store.replace_links(*links())
    assert texts(filled_store.quotes(speaker=speaker)) == expected


def test_speaker_filter_uses_local_aliases_before_linking(filled_store):
    assert texts(filled_store.quotes(speaker="abu fadak")) == [DISARM]
    assert texts(filled_store.quotes(speaker="Khazali")) == [OCCUPATION, READY]   # "He" said READY


@pytest.mark.parametrize("since, until, expected", [
    (date(2021, 6, 1), None, [SILENT, OCCUPATION, READY]),    # speech range 31 May-2 June overlaps
    (date(2021, 6, 2), None, [SILENT]),                       # interview was on 1 June, not the publication day
    (None, date(2021, 5, 31), [DISARM, SILENT]),
    (date(2020, 1, 10), date(2020, 1, 10), [DISARM]),         # no occasion: the document's publication date
    (date(2020, 1, 11), date(2021, 5, 30), []),
])
def test_since_until_use_statement_date_else_publication(filled_store, since, until, expected):
    assert texts(filled_store.quotes(since=since, until=until)) == expected


def test_text_filter_document_filter_and_limit(filled_store):
    assert texts(filled_store.quotes(text="NOT")) == [DISARM, SILENT, OCCUPATION, UNDECIDED]  # substring: "nothing"
    assert texts(filled_store.quotes(text="لن نسكت")) == [SILENT]
    assert texts(filled_store.quotes(text="not", document_id=K)) == [SILENT, OCCUPATION]
    assert texts(filled_store.quotes(limit=2)) == [DISARM, SILENT]
    assert texts(filled_store.quotes(speaker="khazali", since=date(2021, 1, 1), text="ready")) == [READY]


def test_search_quotes_uses_fts5(filled_store):
    assert filled_store.has_full_text_search
    assert texts(filled_store.search_quotes("disarm")) == [DISARM]
    assert texts(filled_store.search_quotes("occupation leave")) == [OCCUPATION]
    assert set(texts(filled_store.search_quotes("disarm OR ready"))) == {DISARM, READY}
    assert texts(filled_store.search_quotes("occup*")) == [OCCUPATION]     # prefix query
    assert texts(filled_store.search_quotes("نسكت")) == [SILENT]
    assert texts(filled_store.search_quotes("nothing found here")) == []
    assert filled_store.search_quotes("   ") == []


def test_search_quotes_ranks_and_limits(filled_store):
    # "not" occurs in three quotes; the shortest, most focused one ranks first under bm25
    assert texts(filled_store.search_quotes("not")) == [DISARM, SILENT, OCCUPATION]
    assert texts(filled_store.search_quotes("not", limit=2)) == [DISARM, SILENT]


@pytest.mark.parametrize("query, expected", [
    ('"unbalanced', []),                       # FTS5 syntax errors fall back to plain words
    ("brigades'", [DISARM]),
    ("al-occupation", []),
    ("NEAR(", []),
    ("whether:it", [OCCUPATION]),              # not a column filter: the words "whether" "it"
])
def test_search_quotes_survives_invalid_fts_syntax(filled_store, query, expected):
    assert texts(filled_store.search_quotes(query)) == expected


def test_search_quotes_without_fts_falls_back_to_like(filled_store):
    filled_store._has_fts = False                  # as on PostgreSQL, or a SQLite built without FTS5
    assert texts(filled_store.search_quotes("Not")) == [DISARM, SILENT, OCCUPATION, UNDECIDED]  # "nothing" too
    assert texts(filled_store.search_quotes("not disarm")) == [DISARM]
    assert texts(filled_store.search_quotes("not", limit=1)) == [DISARM]


def test_fts_index_follows_deletes(filled_store):
    from onrecord.store import schema
    with filled_store.engine.begin() as conn:       # e.g. a user deleting a document with plain SQL
        conn.execute(schema.documents.delete().where(schema.documents.c.id == F))
    assert filled_store.search_quotes("disarm") == []
    assert filled_store.stats()["quotes"] == 4       # ON DELETE CASCADE took its quotes along

