"""Store: documents, their extractions, link results and analyst corrections in one database."""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, func, inspect, select
from sqlalchemy.exc import IntegrityError, OperationalError

from ..models import (ClaimLink, Discrepancy, Document, EntityRef, Extraction, GlobalEntity, OccasionRef, SpeechEvent,
                      StoryCluster)
from . import quote_queries as qq
from . import schema as s
from .engine import begin_write, create_store_engine
from .migrations import current_version, migrate, utc_now
from .records import QuoteRecord
from .rows import (EXTRACTION_TABLES, claim_from_row, claim_row, discrepancy_from_row, discrepancy_row,
                   document_from_row, document_row, entity_from_row, entity_row, speech_event_from_row,
                   speech_event_row, story_from_row, story_member_from_row, story_member_row, story_row)

# documents() order: by publication (an ISO string, so it sorts by time), undated last, then source.
_DOCUMENT_ORDER = (s.documents.c.published.is_(None), s.documents.c.published, s.documents.c.source)

# Shortest id prefix get_document() accepts: 6 hex digits make accidental matches rare.
MIN_ID_PREFIX = 6


class Store:
    """The persistence layer. Open with Store.open(path_or_url); usable as a context manager."""

    def __init__(self, engine: Engine):
        """Wrap an engine whose database is already migrated; Store.open() is the way in."""
        self.engine = engine
        self._has_fts = engine.dialect.name == "sqlite" and inspect(engine).has_table("quotes_fts")

    @classmethod
    def open(cls, path_or_url: str | os.PathLike) -> "Store":
        """Open (creating and migrating if need be) a SQLite file path or a SQLAlchemy URL."""
        engine = create_store_engine(path_or_url)
        try:
            migrate(engine, begin_write=begin_write)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def has_full_text_search(self) -> bool:
        """Whether search_quotes() uses SQLite FTS5 (else a LIKE search)."""
        return self._has_fts

    @property
    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return current_version(conn)

    # ------------------------------------------------------------ documents and extractions

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return _has_document(conn, doc_id)

    def save(self, document: Document, extraction: Extraction) -> bool:
        """Store a document with its extraction in one transaction.

        Returns False, changing nothing, when the document id is already stored.
        Any failure rolls the whole save back.
        """
        if extraction.document_id != document.id:
            raise ValueError(f"extraction is for document {extraction.document_id!r}, not {document.id!r}")
        try:
            with begin_write(self.engine) as conn:
                if _has_document(conn, document.id):
                    return False
                conn.execute(s.documents.insert(), document_row(document, ingested_at=utc_now()))
                for item_table in EXTRACTION_TABLES:
                    _insert_rows(conn, item_table.table, [
                        item_table.row(document.id, position, item)
                        for position, item in enumerate(getattr(extraction, item_table.attribute))])
        except IntegrityError:
            # Another writer may have saved the same document between our check and our
            # insert (possible on PostgreSQL; SQLite's write lock rules it out).
            if self.has_document(document.id):
                return False
            raise
        return True

    def documents(self) -> list[Document]:
        """All documents, by publication (undated last), then source."""
        with self.engine.connect() as conn:
            return [document_from_row(row) for row in conn.execute(select(s.documents).order_by(*_DOCUMENT_ORDER))
                    .mappings()]

    def get_document(self, ref: str) -> Document | None:
        """A document by id, exact source, unique id prefix (>= 6 characters) or unique
        source file name ("report.html" for ".../news/report.html?id=3"). None when
        nothing, or more than one document, matches."""
        with self.engine.connect() as conn:
            doc_id = _resolve_document_ref(conn, ref)
            if doc_id is None:
                return None
            row = conn.execute(select(s.documents).where(s.documents.c.id == doc_id)).mappings().one()
            return document_from_row(row)

    def get_extraction(self, doc_id: str) -> Extraction:
        """The extraction saved with the document; KeyError if the document is not stored."""
        with self.engine.connect() as conn:
            if not _has_document(conn, doc_id):
                raise KeyError(doc_id)
            return _load_extraction(conn, doc_id)

    def iter_extractions(self) -> Iterator[tuple[Document, Extraction]]:
        """Every document with its extraction, in documents() order, one document in memory at a time."""
        with self.engine.connect() as conn:
            doc_ids = conn.execute(select(s.documents.c.id).order_by(*_DOCUMENT_ORDER)).scalars().all()
        for doc_id in doc_ids:
            with self.engine.connect() as conn:
                row = conn.execute(select(s.documents).where(s.documents.c.id == doc_id)).mappings().one_or_none()
                if row is None:        # deleted by someone else meanwhile
                    continue
                yield document_from_row(row), _load_extraction(conn, doc_id)

    # ------------------------------------------------------------ link results

    def replace_links(self, entities: list[GlobalEntity], speech_events: list[SpeechEvent], *,
                      stories: list[StoryCluster] | None = None, claims: list[ClaimLink] | None = None,
                      discrepancies: list[Discrepancy] | None = None) -> None:
        """Replace all global entities and speech events (with their members) in one transaction.

        A local entity may belong to one global entity only, and an occasion to one
        speech event only: a link result that breaks this raises IntegrityError and
        leaves the previous links in place.

        With `stories`, `claims` or `discrepancies` given, the comparisons across sources are
        replaced in the same transaction (see replace_comparisons); left out, they stay as they are.
        """
        with begin_write(self.engine) as conn:
            for table in (s.speech_event_members, s.speech_events, s.entity_members, s.entities):
                conn.execute(table.delete())
            _insert_rows(conn, s.entities, [entity_row(e, i) for i, e in enumerate(entities)])
            _insert_rows(conn, s.entity_members, [
                {"entity_id": e.id, "document_id": m.document_id, "local_key": m.key}
                for e in entities for m in e.members])
            _insert_rows(conn, s.speech_events, [speech_event_row(e, i) for i, e in enumerate(speech_events)])
            _insert_rows(conn, s.speech_event_members, [
                {"speech_event_id": e.id, "document_id": m.document_id, "occasion_index": m.index}
                for e in speech_events for m in e.members])
            if stories is not None or claims is not None or discrepancies is not None:
                _replace_comparisons(conn, stories or [], claims or [], discrepancies or [])

    def replace_comparisons(self, stories: list[StoryCluster], claims: list[ClaimLink],
                            discrepancies: list[Discrepancy]) -> None:
        """Replace all story clusters (with members), claim links and discrepancies in one transaction.

        A document may belong to one story only; a result that breaks this raises
        IntegrityError and leaves the previous comparisons in place."""
        with begin_write(self.engine) as conn:
            _replace_comparisons(conn, stories, claims, discrepancies)

    def stories(self) -> list[StoryCluster]:
        """Story clusters in the order the linker gave them, with their members."""
        with self.engine.connect() as conn:
            members = defaultdict(list)
            for row in conn.execute(select(s.story_members).order_by(s.story_members.c.id)).mappings():
                members[row["story_id"]].append(story_member_from_row(row))
            result = []
            for row in conn.execute(select(s.story_clusters).order_by(s.story_clusters.c.position)).mappings():
                story = story_from_row(row)
                story.members = members[story.id]
                result.append(story)
            return result

    def story_id_for(self, document_id: str) -> str | None:
        query = select(s.story_members.c.story_id).where(s.story_members.c.document_id == document_id)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def claim_links(self, document_id: str | None = None) -> list[ClaimLink]:
        """Claim links, best first; with `document_id`, those with a quote in that document."""
        query = select(s.claim_links).order_by(s.claim_links.c.position)
        if document_id is not None:
            query = query.where((s.claim_links.c.a_document_id == document_id)
                                | (s.claim_links.c.b_document_id == document_id))
        with self.engine.connect() as conn:
            return [claim_from_row(row) for row in conn.execute(query).mappings()]

    def discrepancies(self, kind: str | None = None) -> list[Discrepancy]:
        """Discrepancies in the order the linker gave them; `kind` filters (fatalities, date, place,
        attribution, wording)."""
        query = select(s.discrepancies).order_by(s.discrepancies.c.position)
        if kind is not None:
            query = query.where(s.discrepancies.c.kind == kind)
        with self.engine.connect() as conn:
            return [discrepancy_from_row(row) for row in conn.execute(query).mappings()]

    def entities(self, type: str | None = None) -> list[GlobalEntity]:
        """Global entities in the order the linker gave them, with their members."""
        query = select(s.entities).order_by(s.entities.c.position)
        members = select(s.entity_members).order_by(s.entity_members.c.id)
        if type is not None:
            query = query.where(s.entities.c.type == type)
            members = members.join(s.entities).where(s.entities.c.type == type)
        with self.engine.connect() as conn:
            members_by_entity = defaultdict(list)
            for row in conn.execute(members).mappings():
                members_by_entity[row["entity_id"]].append(EntityRef(row["document_id"], row["local_key"]))
            result = []
            for row in conn.execute(query).mappings():
                entity = entity_from_row(row)
                entity.members = members_by_entity[entity.id]
                result.append(entity)
            return result

    def entity_id_for(self, document_id: str, local_key: str) -> str | None:
        query = select(s.entity_members.c.entity_id).where(s.entity_members.c.document_id == document_id,
                                                           s.entity_members.c.local_key == local_key)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def speech_events(self) -> list[SpeechEvent]:
        """Speech events in the order the linker gave them, with their members."""
        with self.engine.connect() as conn:
            members_by_event = defaultdict(list)
            for row in conn.execute(select(s.speech_event_members).order_by(s.speech_event_members.c.id)).mappings():
                members_by_event[row["speech_event_id"]].append(OccasionRef(row["document_id"], row["occasion_index"]))
            result = []
            for row in conn.execute(select(s.speech_events).order_by(s.speech_events.c.position)).mappings():
                speech_event = speech_event_from_row(row)
                speech_event.members = members_by_event[speech_event.id]
                result.append(speech_event)
            return result

    def speech_event_id_for(self, document_id: str, occasion_index: int) -> str | None:
        members = s.speech_event_members
        query = select(members.c.speech_event_id).where(members.c.document_id == document_id,
                                                        members.c.occasion_index == occasion_index)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    # ------------------------------------------------------------ queries

    def quotes(self, speaker: str | None = None, since: date | None = None, until: date | None = None,
               text: str | None = None, document_id: str | None = None,
               limit: int | None = None) -> list[QuoteRecord]:
        """Quotes with their context, oldest statement first.

        speaker: case-insensitive substring of the quote's speaker name, or of the name
        or any alias of the speaker's entity. since/until (inclusive): on the statement
        date when the quote's occasion has one, else on the document's publication
        date; a date range counts when it overlaps [since, until].
        """
        query = qq.quote_record_select()
        if speaker:
            query = query.where(qq.speaker_matches(speaker))
        if since is not None:
            query = query.where(qq.said_since(since))
        if until is not None:
            query = query.where(qq.said_until(until))
        if text:
            query = query.where(qq.text_contains(text))
        if document_id is not None:
            query = query.where(s.quotes.c.document_id == document_id)
        query = qq.in_reading_order(query)
        if limit is not None:
            query = query.limit(limit)
        return self._quote_records(query)

    def search_quotes(self, query: str, limit: int = 50) -> list[QuoteRecord]:
        """Full-text search over quote text, best match first.

        On SQLite with FTS5 the query may use FTS5 syntax (OR, NOT, "phrases",
        prefix*); if it is not valid syntax its words are searched as plain words.
        Elsewhere every word must occur in the quote (LIKE), oldest first.
        """
        if not query.strip():
            return []
        if not self._has_fts:
            return self._quote_records(qq.in_reading_order(
                qq.quote_record_select().where(qq.all_words_in_text(query))).limit(limit))
        try:
            return self._quote_records(qq.fts_search_select(query).limit(limit))
        except OperationalError:   # FTS5 syntax error, unknown column filter ...
            return self._quote_records(qq.fts_search_select(qq.fts_phrases(query)).limit(limit))

    def _quote_records(self, query) -> list[QuoteRecord]:
        with self.engine.connect() as conn:
            return [qq.quote_record_from_row(row) for row in conn.execute(query).mappings()]

    def stats(self) -> dict:
        """Row counts per table, e.g. {"documents": 12, "quotes": 240, ...}."""
        with self.engine.connect() as conn:
            return {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in s.COUNTED_TABLES}

    # ------------------------------------------------------------ analyst corrections

    def add_correction(self, action: str, payload: dict) -> int:
        """Record an analyst's correction; returns its id. Corrections are never
        touched by save() or replace_links()."""
        with begin_write(self.engine) as conn:
            result = conn.execute(s.corrections.insert().values(action=action, payload=payload,
                                                                created_at=utc_now()))
            return result.inserted_primary_key[0]

    def corrections(self) -> list[dict]:
        """All corrections in the order they were made."""
        query = select(s.corrections).order_by(s.corrections.c.id)
        with self.engine.connect() as conn:
            return [{"id": row["id"], "action": row["action"], "payload": row["payload"],
                     "created_at": row["created_at"]} for row in conn.execute(query).mappings()]


# ---------------------------------------------------------------- helpers

def _has_document(conn: Connection, doc_id: str) -> bool:
    return conn.execute(select(s.documents.c.id).where(s.documents.c.id == doc_id)).first() is not None


def _insert_rows(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(table.insert(), rows)


def _replace_comparisons(conn: Connection, stories, claims, discrepancies) -> None:
    for table in (s.discrepancies, s.claim_links, s.story_members, s.story_clusters):
        conn.execute(table.delete())
    _insert_rows(conn, s.story_clusters, [story_row(c, i) for i, c in enumerate(stories)])
    _insert_rows(conn, s.story_members, [story_member_row(c.id, m) for c in stories for m in c.members])
    _insert_rows(conn, s.claim_links, [claim_row(c, i) for i, c in enumerate(claims)])
    _insert_rows(conn, s.discrepancies, [discrepancy_row(d, i) for i, d in enumerate(discrepancies)])


def _load_extraction(conn: Connection, doc_id: str) -> Extraction:
    extraction = Extraction(document_id=doc_id)
    for item_table in EXTRACTION_TABLES:
        table = item_table.table
        rows = conn.execute(select(table).where(table.c.document_id == doc_id).order_by(table.c.position))
        setattr(extraction, item_table.attribute, [item_table.item(row) for row in rows.mappings()])
    return extraction


def _resolve_document_ref(conn: Connection, ref: str) -> str | None:
    """The id of the one document `ref` designates, trying the most exact readings first."""
    ref = ref.strip()
    if not ref:
        return None
    docs = s.documents
    if _has_document(conn, ref):
        return ref
    by_source = conn.execute(select(docs.c.id).where(docs.c.source == ref)).scalars().all()
    if by_source:
        return _only(by_source)
    if len(ref) >= MIN_ID_PREFIX:
        by_prefix = conn.execute(select(docs.c.id).where(docs.c.id.startswith(ref, autoescape=True))
                                 .limit(2)).scalars().all()
        if by_prefix:
            return _only(by_prefix)
    candidates = conn.execute(select(docs.c.id, docs.c.source)
                              .where(docs.c.source.contains(ref, autoescape=True))).all()
    return _only([doc_id for doc_id, source in candidates if source_file_name(source) == ref])


def _only(ids: list[str]) -> str | None:
    return ids[0] if len(ids) == 1 else None


def source_file_name(source: str) -> str:
    """The last path segment of a file path or URL: "a/b/report.html" -> "report.html"."""
    parts = urlsplit(source)
    if parts.scheme and parts.netloc:          # a URL; ignore its query and fragment
        return PurePosixPath(parts.path).name
    return PureWindowsPath(source).name if "\\" in source else PurePosixPath(source).name
