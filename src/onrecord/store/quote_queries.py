"""SQL for Store.quotes() and Store.search_quotes(): one select that joins a quote to
its document, occasion, local and global speaker entity and speech event."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from sqlalchemy import ColumnElement, FromClause, Select, String, and_, cast, func, literal_column, or_, select

from . import schema as s
from .engine import unicode_lower
from .records import QuoteRecord
from .rows import QUOTE_TABLE, date_range_from

_occasion = s.occasions
_speaker_local = s.local_entities.alias("speaker_local")
_speaker_member = s.entity_members.alias("speaker_member")
_speaker_entity = s.entities.alias("speaker_entity")
_event_member = s.speech_event_members.alias("event_member")

# When a quote was said, as far as the store knows: its occasion's dates, else the
# day its document was published.
_said_from = func.coalesce(_occasion.c.date_start, s.documents.c.published_date)
_said_until = func.coalesce(_occasion.c.date_end, s.documents.c.published_date)


def quote_record_select(base: FromClause = s.quotes) -> Select:
    """Quotes with their context; `base` is the quotes table or a join that contains it."""
    q = s.quotes
    joined = (base
              .join(s.documents, s.documents.c.id == q.c.document_id)
              .outerjoin(_occasion, and_(_occasion.c.document_id == q.c.document_id,
                                         _occasion.c.position == q.c.occasion_index))
              .outerjoin(_speaker_local, and_(_speaker_local.c.document_id == q.c.document_id,
                                              _speaker_local.c.key == q.c.speaker_key))
              .outerjoin(_speaker_member, and_(_speaker_member.c.document_id == q.c.document_id,
                                               _speaker_member.c.local_key == q.c.speaker_key))
              .outerjoin(_speaker_entity, _speaker_entity.c.id == _speaker_member.c.entity_id)
              .outerjoin(_event_member, and_(_event_member.c.document_id == q.c.document_id,
                                             _event_member.c.occasion_index == q.c.occasion_index)))
    return select(
        *q.c,
        s.documents.c.source, s.documents.c.title, s.documents.c.outlet, s.documents.c.published,
        _occasion.c.date_start.label("statement_date_start"),
        _occasion.c.date_end.label("statement_date_end"),
        _occasion.c.date_precision.label("statement_date_precision"),
        _speaker_entity.c.id.label("speaker_entity_id"),
        _speaker_entity.c.name.label("speaker_entity_name"),
        _event_member.c.speech_event_id,
    ).select_from(joined)


def in_reading_order(query: Select) -> Select:
    """Oldest statement first (undated last), then by source and place in the document."""
    return query.order_by(_said_from.is_(None), _said_from, s.documents.c.source, s.quotes.c.position)


def quote_record_from_row(row: Mapping) -> QuoteRecord:
    return QuoteRecord(
        quote=QUOTE_TABLE.item(row),
        document_id=row["document_id"],
        source=row["source"],
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        speaker_entity_id=row["speaker_entity_id"],
        speaker_entity_name=row["speaker_entity_name"],
        speech_event_id=row["speech_event_id"],
        statement_date=date_range_from(row, "statement_date"),
    )


# ---------------------------------------------------------------- filters

def _contains(column: ColumnElement, needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match (LIKE wildcards in the needle are literal)."""
    return unicode_lower(column).contains(needle.lower(), autoescape=True)


def speaker_matches(name: str) -> ColumnElement[bool]:
    """The speaker as the quote names them, or the name or any alias of their entity,
    global (after linking) or local (before it). Aliases are matched in their JSON text."""
    return or_(
        _contains(s.quotes.c.speaker_name, name),
        _contains(_speaker_entity.c.name, name),
        _contains(cast(_speaker_entity.c.aliases, String), name),
        _contains(_speaker_local.c.name, name),
        _contains(cast(_speaker_local.c.aliases, String), name),
    )


def said_since(day: date) -> ColumnElement[bool]:
    """The statement date can fall on or after `day` (a range overlapping it counts)."""
    return _said_until >= day


def said_until(day: date) -> ColumnElement[bool]:
    return _said_from <= day


def text_contains(needle: str) -> ColumnElement[bool]:
    return _contains(s.quotes.c.text, needle)


def all_words_in_text(query: str) -> ColumnElement[bool]:
    """The search fallback without FTS5: every word of the query somewhere in the quote."""
    return and_(*(text_contains(word) for word in query.split()))


# ---------------------------------------------------------------- full text (SQLite FTS5)

def fts_search_select(match: str) -> Select:
    """Quotes matching an FTS5 query, best first (bm25)."""
    base = s.quotes_fts.join(s.quotes, s.quotes.c.id == s.quotes_fts.c.rowid)
    return (quote_record_select(base)
            .where(literal_column("quotes_fts").op("MATCH")(match))
            .order_by(s.quotes_fts.c.rank, s.quotes.c.id))


def fts_phrases(query: str) -> str:
    """The query as plain words for FTS5: each word quoted, so punctuation such as
    "al-Ahd" or "Hezbollah's" is not read as query syntax. All words must match."""
    words = re.findall(r"\S+", query)
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)
