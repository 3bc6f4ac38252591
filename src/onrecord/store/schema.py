"""The tables as the current code reads and writes them (SQLAlchemy Core).

This module describes the schema at `migrations.LATEST_VERSION`; the migrations
build it step by step. Whenever a table changes here, add a migration that makes
the same change, and keep the frozen definitions in `migrations.py` as they are
(tests/store/test_migrations.py checks that the two agree).

Naming follows the models: one table per list in `Extraction`, one column per
dataclass field, so that someone with plain `sqlite3` can read the file.
Every extracted row keeps its provenance: `document_id` plus the character
offsets `start`/`end` into `documents.text`, and `position`, its index in the
list it came from (for `occasions` that is the occasion index quotes refer to).
A DateRange is stored as three columns: `<prefix>_start`, `<prefix>_end`,
`<prefix>_precision` (all NULL when the date is unknown).
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, Date, Float, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, UniqueConstraint, column, table)

metadata = MetaData()


def _document_fk() -> Column:
    return Column("document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


def _extracted_item_columns() -> list[Column]:
    """What every row of an extracted list has: a surrogate id, its document and its place in the list."""
    return [Column("id", Integer, primary_key=True, autoincrement=True), _document_fk(),
            Column("position", Integer, nullable=False)]


def _span() -> list[Column]:
    """Character offsets into documents.text: the provenance of the row."""
    return [Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)]


def _date_range(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_start", Date), Column(f"{prefix}_end", Date), Column(f"{prefix}_precision", String)]


schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),       # ISO 8601, UTC
)

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),              # sha256 of the raw bytes
    Column("source", String, nullable=False),
    Column("title", Text),
    Column("published", String),                         # as stated: "2021-06-02T09:08"
    Column("published_date", Date),                      # its date part, for filtering and sorting in SQL
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
    Column("ingested_at", String, nullable=False),        # ISO 8601, UTC
    Index("ix_documents_published", "published"),
    Index("ix_documents_source", "source"),
)

local_entities = Table(
    "local_entities", metadata,
    *_extracted_item_columns(),
    Column("key", String, nullable=False),
    Column("name", String, nullable=False),
    Column("type", String, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    UniqueConstraint("document_id", "position"),
    UniqueConstraint("document_id", "key"),
)

mentions = Table(
    "mentions", metadata,
    *_extracted_item_columns(),
    *_span(),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("entity_key", String, nullable=False),
    UniqueConstraint("document_id", "position"),
    Index("ix_mentions_entity", "document_id", "entity_key"),
)

quotes = Table(
    "quotes", metadata,
    *_extracted_item_columns(),
    *_span(),
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
    Column("occasion_index", Integer),                    # occasions.position in the same document
    UniqueConstraint("document_id", "position"),
    Index("ix_quotes_speaker", "document_id", "speaker_key"),
    Index("ix_quotes_occasion", "document_id", "occasion_index"),
)

times = Table(
    "times", metadata,
    *_extracted_item_columns(),
    *_span(),
    Column("text", Text, nullable=False),
    *_date_range("date"),
    UniqueConstraint("document_id", "position"),
)

occasions = Table(
    "occasions", metadata,
    *_extracted_item_columns(),
    *_span(),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("medium", String),
    *_date_range("date"),
    Column("speaker_key", String),
    Column("speaker_name", String),
    UniqueConstraint("document_id", "position"),
)

events = Table(
    "events", metadata,
    *_extracted_item_columns(),
    Column("type", String, nullable=False),
    *_span(),
    Column("evidence", Text, nullable=False),
    *_date_range("date"),
    Column("location", String),
    Column("actor", String),
    Column("target", String),
    Column("fatalities", Integer),
    Column("fatalities_text", String),
    Column("injuries", Integer),
    Column("injuries_text", String),
    UniqueConstraint("document_id", "position"),
)

# ---- link results: replaced wholesale on every relink

entities = Table(
    "entities", metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),          # order the linker gave them in
    Column("name", String, nullable=False),
    Column("type", String, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Index("ix_entities_type", "type"),
)

entity_members = Table(
    "entity_members", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),   # keeps the members' order
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("local_key", String, nullable=False),          # local_entities.key in that document
    # a local entity belongs to one global entity, so entity_id_for() has one answer
    UniqueConstraint("document_id", "local_key"),
    Index("ix_entity_members_entity", "entity_id"),
)

speech_events = Table(
    "speech_events", metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("speaker_entity_id", String, ForeignKey("entities.id", ondelete="SET NULL")),
    *_date_range("date"),
    Column("medium", String),
    Column("kind", String),
)

speech_event_members = Table(
    "speech_event_members", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("speech_event_id", String, ForeignKey("speech_events.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("occasion_index", Integer, nullable=False),    # occasions.position in that document
    UniqueConstraint("document_id", "occasion_index"),
    Index("ix_speech_event_members_event", "speech_event_id"),
)

# ---- comparisons across sources (schema version 3): replaced wholesale on every relink

story_clusters = Table(
    "story_clusters", metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("title", Text),
    Column("first_published", String),
    Column("last_published", String),
)

story_members = Table(
    "story_members", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),   # keeps the members' order
    Column("story_id", String, ForeignKey("story_clusters.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("syndicated", Boolean, nullable=False),        # a near-identical copy of an earlier member
    Column("syndicated_of", String),                      # documents.id of that member
    Column("similarity", Float),
    # a document belongs to one story
    UniqueConstraint("document_id"),
    Index("ix_story_members_story", "story_id"),
)

claim_links = Table(
    "claim_links", metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("a_document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("a_quote_index", Integer, nullable=False),     # quotes.position in that document
    Column("b_document_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("b_quote_index", Integer, nullable=False),
    Column("score", Float, nullable=False),
    Column("lexical", Float, nullable=False),
    Column("entity", Float),
    Column("number", Float),
    Column("embedding", Float),
    Column("same_speaker", Boolean, nullable=False),
    Column("spans", JSON, nullable=False),                # [{a_start, a_end, b_start, b_end, score}]
    Index("ix_claim_links_a", "a_document_id", "a_quote_index"),
    Index("ix_claim_links_b", "b_document_id", "b_quote_index"),
)

discrepancies = Table(
    "discrepancies", metadata,
    Column("id", String, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("kind", String, nullable=False),               # fatalities | date | place | attribution | wording
    Column("subject", String, nullable=False),            # event group, speech event or claim id
    Column("description", Text),
    Column("story_id", String, ForeignKey("story_clusters.id", ondelete="SET NULL")),
    Column("sides", JSON, nullable=False),                # [{value, document_id, start, end, text, ...}]
    Index("ix_discrepancies_kind", "kind"),
)

# ---- analyst corrections: never touched by ingest or relink

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", String, nullable=False),         # ISO 8601, UTC
)

# The FTS5 index over quotes.text (SQLite only, created by migration 2). It is not
# part of `metadata`: SQLAlchemy cannot create virtual tables, and this lightweight
# handle is all the queries need. Its rowid is quotes.id.
quotes_fts = table("quotes_fts", column("rowid", Integer), column("rank", Float))

# Tables counted by Store.stats(), in the order a reader would look at them.
COUNTED_TABLES = [documents, local_entities, mentions, quotes, times, occasions, events,
                  entities, entity_members, speech_events, speech_event_members,
                  story_clusters, story_members, claim_links, discrepancies, corrections]
