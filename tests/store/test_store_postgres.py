"""Smoke test against PostgreSQL; runs only when ONRECORD_TEST_POSTGRES_URL is set, e.g.
ONRECORD_TEST_POSTGRES_URL=postgresql+psycopg://user:pass@localhost/onrecord_test

It writes to that database: point it at a scratch one.
"""
from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest
from store_samples import khazali_document, khazali_extraction

from onrecord.store import LATEST_VERSION, Store

POSTGRES_URL = os.environ.get("ONRECORD_TEST_POSTGRES_URL")

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="set ONRECORD_TEST_POSTGRES_URL to run")


def test_postgres_round_trip_and_search():
    # a fresh id, so that runs against the same database do not collide
    document = replace(khazali_document(), id=uuid.uuid4().hex * 2)
    extraction = replace(khazali_extraction(), document_id=document.id)
    with Store.open(POSTGRES_URL) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.save(document, extraction) is True
        assert store.save(document, extraction) is False
        assert store.get_document(document.id) == document
        assert store.get_extraction(document.id) == extraction
        found = store.search_quotes("resistance ready", limit=1000)
        assert any(r.document_id == document.id for r in found)
        assert [r.quote.text for r in store.quotes(document_id=document.id, speaker="ḥasan")] == \
            [extraction.quotes[2].text]
