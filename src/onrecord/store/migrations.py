"""Schema migrations: a versioned, ordered list of steps, applied when a store is opened.

Each step is a function taking a Connection. It runs in its own transaction
together with the row that records it in `schema_migrations`, so a database is
always at exactly one version, even if a step fails half-way. Opening an older
database upgrades it; opening one written by a newer onrecord raises
SchemaTooNewError instead of guessing.

Why not Alembic: onrecord is a tool people `pip install` and point at a file,
and it must upgrade that file by itself on open. Alembic expects a script
directory with env.py and an alembic.ini that we would have to ship as package
data and configure programmatically; its autogenerate cannot see the FTS5
virtual table and triggers, which are most of what changes here; and our steps
are few and strictly linear. A list of plain functions is a page of code, needs
no configuration, and the tests can stop it at any version.

Rule for adding a step: never edit a released step. Append a new Migration,
and make the same change in schema.py, which describes the latest schema.
The tables of step 1 are therefore written out here, frozen, rather than
imported from schema.py.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import (JSON, Boolean, Column, Connection, Date, Engine, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, UniqueConstraint, func, select)
from sqlalchemy.exc import DBAPIError

from . import schema


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer onrecord than this one."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


# ---------------------------------------------------------------- step 1: core tables

def _v1_span() -> list[Column]:
    return [Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)]


def _v1_date_range(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_start", Date), Column(f"{prefix}_end", Date), Column(f"{prefix}_precision", String)]


def _v1_item(*columns) -> list:
    """Surrogate id, document, position in its list, unique per document."""
    return [Column("id", Integer, primary_key=True, autoincrement=True),
            Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
            Column("position", Integer, nullable=False),
            *columns,
            UniqueConstraint("document_id", "position")]


def _create_core_tables(conn: Connection) -> None:
    md = MetaData()
    Table("documents", md,
          Column("id", String, primary_key=True),
          Column("source", String, nullable=False),
          Column("title", Text),
          Column("published", String),
          Column("published_date", Date),
          Column("published_precision", String),
          Column("outlet", String),
          Column("broadcaster", String),
          Column("external_id", String),
          Column("language", String),
          Column("encoding", String),
          Column("media_type", String, nullable=False),
          Column("raw_size", Integer, nullable=False),
          Column("text", Text, nullable=False),
          Column("extra", JSON, nullable=False),
          Column("ingested_at", String, nullable=False),
          Index("ix_documents_published", "published"),
          Index("ix_documents_source", "source"))
    Table("local_entities", md,
          *_v1_item(Column("key", String, nullable=False),
                    Column("name", String, nullable=False),
                    Column("type", String, nullable=False),
                    Column("aliases", JSON, nullable=False),
                    Column("roles", JSON, nullable=False)),
          UniqueConstraint("document_id", "key"))
    Table("mentions", md,
          *_v1_item(*_v1_span(),
                    Column("text", Text, nullable=False),
                    Column("type", String, nullable=False),
                    Column("entity_key", String, nullable=False)),
          Index("ix_mentions_entity", "document_id", "entity_key"))
    Table("quotes", md,
          *_v1_item(*_v1_span(),
                    Column("text", Text, nullable=False),
                    Column("kind", String, nullable=False),
                    Column("speaker_name", String),
                    Column("speaker_key", String),
                    Column("speaker_start", Integer),
                    Column("speaker_end", Integer),
                    Column("cue", String),
                    Column("cue_start", Integer),
                    Column("cue_end", Integer),
                    Column("confidence", Float, nullable=False),
                    Column("occasion_index", Integer)),
          Index("ix_quotes_speaker", "document_id", "speaker_key"),
          Index("ix_quotes_occasion", "document_id", "occasion_index"))
    Table("times", md,
          *_v1_item(*_v1_span(), Column("text", Text, nullable=False), *_v1_date_range("date")))
    Table("occasions", md,
          *_v1_item(*_v1_span(),
                    Column("text", Text, nullable=False),
                    Column("kind", String, nullable=False),
                    Column("medium", String),
                    *_v1_date_range("date"),
                    Column("speaker_key", String),
                    Column("speaker_name", String)))
    Table("events", md,
          *_v1_item(Column("type", String, nullable=False),
                    *_v1_span(),
                    Column("evidence", Text, nullable=False),
                    *_v1_date_range("date"),
                    Column("location", String),
                    Column("actor", String),
                    Column("target", String),
                    Column("fatalities", Integer),
                    Column("fatalities_text", String),
                    Column("injuries", Integer),
                    Column("injuries_text", String)))
    Table("entities", md,
          Column("id", String, primary_key=True),
          Column("position", Integer, nullable=False),
          Column("name", String, nullable=False),
          Column("type", String, nullable=False),
          Column("aliases", JSON, nullable=False),
          Column("roles", JSON, nullable=False),
          Index("ix_entities_type", "type"))
    Table("entity_members", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
          Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
          Column("local_key", String, nullable=False),
          UniqueConstraint("document_id", "local_key"),
          Index("ix_entity_members_entity", "entity_id"))
    Table("speech_events", md,
          Column("id", String, primary_key=True),
          Column("position", Integer, nullable=False),
          Column("speaker_entity_id", String, ForeignKey("entities.id", ondelete="SET NULL")),
          *_v1_date_range("date"),
          Column("medium", String),
          Column("kind", String))
    Table("speech_event_members", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("speech_event_id", String, ForeignKey("speech_events.id", ondelete="CASCADE"), nullable=False),
          Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
          Column("occasion_index", Integer, nullable=False),
          UniqueConstraint("document_id", "occasion_index"),
          Index("ix_speech_event_members_event", "speech_event_id"))
    Table("corrections", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("action", String, nullable=False),
          Column("payload", JSON, nullable=False),
          Column("created_at", String, nullable=False))
    md.create_all(conn)


# ---------------------------------------------------------------- step 2: full-text index over quotes

# External-content FTS5 table: the text lives once, in quotes; the index is kept in
# sync by triggers, so rows written by plain sqlite3 (or deleted with their
# document by ON DELETE CASCADE, which fires triggers too) stay searchable.
# remove_diacritics folds accents, so "Khamenei" also finds "Khāmenei".
_FTS5_TOKENIZER = "unicode61 remove_diacritics 2"

_QUOTE_FTS_DDL = [
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    f"tokenize='{_FTS5_TOKENIZER}')",
    """CREATE TRIGGER quotes_fts_after_insert AFTER INSERT ON quotes BEGIN
         INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    """CREATE TRIGGER quotes_fts_after_delete AFTER DELETE ON quotes BEGIN
         INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
       END""",
    """CREATE TRIGGER quotes_fts_after_update AFTER UPDATE OF text ON quotes BEGIN
         INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
         INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
       END""",
    # index whatever quotes the database already holds
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]


def sqlite_has_fts5(conn: Connection) -> bool:
    """Whether this SQLite library can create FTS5 tables (it is a compile-time option)."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"CREATE VIRTUAL TABLE temp.onrecord_fts5_probe USING fts5(x, "
                                 f"tokenize='{_FTS5_TOKENIZER}')")
            conn.exec_driver_sql("DROP TABLE temp.onrecord_fts5_probe")
        return True
    except DBAPIError:
        return False


def _create_quote_fts(conn: Connection) -> None:
    # Other backends search with LIKE (see Store.search_quotes); nothing to create.
    # Without FTS5 the step is still recorded: the store checks for the table itself.
    if conn.dialect.name != "sqlite" or not sqlite_has_fts5(conn):
        return
    for statement in _QUOTE_FTS_DDL:
        conn.exec_driver_sql(statement)


# ---------------------------------------------------------------- step 3: comparisons across sources

def _create_comparison_tables(conn: Connection) -> None:
    """Story clusters (+ members, syndicated flag), claim links, discrepancies: link results, frozen here."""
    md = MetaData()
    # stand-ins so the foreign keys resolve; they exist already and are not created again
    Table("documents", md, Column("id", String, primary_key=True))
    Table("story_clusters", md,
          Column("id", String, primary_key=True),
          Column("position", Integer, nullable=False),
          Column("title", Text),
          Column("first_published", String),
          Column("last_published", String))
    Table("story_members", md,
          Column("id", Integer, primary_key=True, autoincrement=True),
          Column("story_id", String, ForeignKey("story_clusters.id", ondelete="CASCADE"), nullable=False),
          Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
          Column("syndicated", Boolean, nullable=False),
          Column("syndicated_of", String),
          Column("similarity", Float),
          UniqueConstraint("document_id"),
          Index("ix_story_members_story", "story_id"))
    Table("claim_links", md,
          Column("id", String, primary_key=True),
          Column("position", Integer, nullable=False),
          Column("a_document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
          Column("a_quote_index", Integer, nullable=False),
          Column("b_document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
          Column("b_quote_index", Integer, nullable=False),
          Column("score", Float, nullable=False),
          Column("lexical", Float, nullable=False),
          Column("entity", Float),
          Column("number", Float),
          Column("embedding", Float),
          Column("same_speaker", Boolean, nullable=False),
          Column("spans", JSON, nullable=False),
          Index("ix_claim_links_a", "a_document_id", "a_quote_index"),
          Index("ix_claim_links_b", "b_document_id", "b_quote_index"))
    Table("discrepancies", md,
          Column("id", String, primary_key=True),
          Column("position", Integer, nullable=False),
          Column("kind", String, nullable=False),
          Column("subject", String, nullable=False),
          Column("description", Text),
          Column("story_id", String, ForeignKey("story_clusters.id", ondelete="SET NULL")),
          Column("sides", JSON, nullable=False),
          Index("ix_discrepancies_kind", "kind"))
    for name in ("story_clusters", "story_members", "claim_links", "discrepancies"):
        md.tables[name].create(conn)


# ---------------------------------------------------------------- the list

MIGRATIONS: list[Migration] = [
    Migration(1, "documents, extractions, links and corrections", _create_core_tables),
    Migration(2, "full-text index over quote text (SQLite FTS5)", _create_quote_fts),
    Migration(3, "comparisons across sources: story clusters, claim links, discrepancies", _create_comparison_tables),
]
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    """The highest version recorded in schema_migrations (0 for a new database)."""
    return conn.execute(select(func.coalesce(func.max(schema.schema_migrations.c.version), 0))).scalar_one()


def migrate(engine: Engine, target: int = LATEST_VERSION, *, begin_write=None) -> int:
    """Bring the database at `engine` up to version `target`; return the version it is at.

    `begin_write(engine)` opens a write transaction (Store passes one that takes
    SQLite's write lock up front, so two processes opening the same new file
    migrate it once, one after the other).
    """
    begin_write = begin_write or (lambda e: e.begin())
    with begin_write(engine) as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
        version = current_version(conn)
    if version > LATEST_VERSION:
        raise SchemaTooNewError(
            f"this database is at schema version {version}, but this onrecord only knows versions up to "
            f"{LATEST_VERSION}: upgrade onrecord to open it (it was not changed)")
    for step in MIGRATIONS:
        if step.version > target:
            break
        with begin_write(engine) as conn:
            if current_version(conn) >= step.version:   # applied meanwhile, or earlier
                continue
            step.apply(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=step.version, name=step.name, applied_at=utc_now()))
    with engine.connect() as conn:
        return current_version(conn)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
