"""Fixtures for the store tests: a fresh store per test, and one holding the sample corpus."""
from __future__ import annotations

import pytest
from store_samples import corpus

from onrecord.store import Store


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "onrecord.db")


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def filled_store(store):
    for document, extraction in corpus():
        assert store.save(document, extraction)
    return store
