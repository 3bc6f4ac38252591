"""Persistence: documents, extractions, link results and corrections, with provenance.

One SQLite file by default (readable with plain `sqlite3` or Datasette), any
SQLAlchemy URL otherwise. See store.Store for the API and schema.py for the tables.
"""
from .engine import default_db_path
from .migrations import LATEST_VERSION, SchemaTooNewError
from .records import QuoteRecord
from .store import Store

__all__ = ["Store", "default_db_path", "QuoteRecord", "SchemaTooNewError", "LATEST_VERSION"]
