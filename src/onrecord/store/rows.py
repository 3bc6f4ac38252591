"""Conversion between the pipeline's dataclasses and table rows.

Columns are named after the dataclass fields, so most of the mapping is
field-by-field; the exceptions are spelled out in ItemTable (a DateRange field
becomes three columns; Quote.occasion is stored as occasion_index).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from sqlalchemy import Table

from ..models import (AlignedSpan, ClaimLink, DateRange, Discrepancy, DiscrepancySide, Document, Event, GlobalEntity,
                      LocalEntity, Mention, Occasion, Quote, QuoteRef, SpeechEvent, StoryCluster, StoryMember,
                      TimeExpression)
from . import schema


# ---------------------------------------------------------------- DateRange <-> three columns

def date_range_columns(value: DateRange | None, prefix: str = "date") -> dict:
    if value is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_precision": None}
    return {f"{prefix}_start": value.start, f"{prefix}_end": value.end, f"{prefix}_precision": value.precision}


def date_range_from(row: Mapping, prefix: str = "date") -> DateRange | None:
    start = row[f"{prefix}_start"]
    if start is None:
        return None
    return DateRange(start, row[f"{prefix}_end"] or start, row[f"{prefix}_precision"] or "day")


# ---------------------------------------------------------------- documents

def document_row(document: Document, ingested_at: str) -> dict:
    row = {f.name: getattr(document, f.name) for f in fields(Document)}
    row["extra"] = dict(document.extra or {})
    row["published_date"] = document.published_date
    row["ingested_at"] = ingested_at
    return row


def document_from_row(row: Mapping) -> Document:
    values = {f.name: row[f.name] for f in fields(Document)}
    values["extra"] = dict(values["extra"] or {})
    return Document(**values)


# ---------------------------------------------------------------- the lists of an Extraction

@dataclass(frozen=True)
class ItemTable:
    """Where one list of Extraction is stored, and how its items map to rows."""
    attribute: str                      # Extraction.<attribute>
    model: type
    table: Table
    date_field: str | None = None       # a DateRange field, stored as date_start/date_end/date_precision
    renames: dict[str, str] = field(default_factory=dict)   # field name -> column name

    def row(self, document_id: str, position: int, item) -> dict:
        row = {f.name: _copy(getattr(item, f.name)) for f in fields(self.model)}
        if self.date_field:
            row.update(date_range_columns(row.pop(self.date_field)))
        for field_name, column_name in self.renames.items():
            row[column_name] = row.pop(field_name)
        row["document_id"] = document_id
        row["position"] = position
        return row

    def item(self, row: Mapping):
        values = {}
        for f in fields(self.model):
            if f.name == self.date_field:
                values[f.name] = date_range_from(row)
            else:
                values[f.name] = _copy(row[self.renames.get(f.name, f.name)])
        return self.model(**values)


def _copy(value):
    """Lists (aliases, roles) are copied so that rows and models never share them."""
    return list(value) if isinstance(value, list) else value


QUOTE_TABLE = ItemTable("quotes", Quote, schema.quotes, renames={"occasion": "occasion_index"})

EXTRACTION_TABLES: list[ItemTable] = [
    ItemTable("entities", LocalEntity, schema.local_entities),
    ItemTable("mentions", Mention, schema.mentions),
    QUOTE_TABLE,
    ItemTable("times", TimeExpression, schema.times, date_field="value"),
    ItemTable("occasions", Occasion, schema.occasions, date_field="date"),
    ItemTable("events", Event, schema.events, date_field="date"),
]

# ---------------------------------------------------------------- link results

def entity_row(entity: GlobalEntity, position: int) -> dict:
    return {"id": entity.id, "position": position, "name": entity.name, "type": entity.type,
            "aliases": list(entity.aliases), "roles": list(entity.roles)}


def entity_from_row(row: Mapping) -> GlobalEntity:
    return GlobalEntity(id=row["id"], name=row["name"], type=row["type"],
                        aliases=list(row["aliases"] or []), roles=list(row["roles"] or []))


def speech_event_row(speech_event: SpeechEvent, position: int) -> dict:
    return {"id": speech_event.id, "position": position, "speaker_entity_id": speech_event.speaker_entity_id,
            "medium": speech_event.medium, "kind": speech_event.kind, **date_range_columns(speech_event.date)}


def speech_event_from_row(row: Mapping) -> SpeechEvent:
    return SpeechEvent(id=row["id"], speaker_entity_id=row["speaker_entity_id"], date=date_range_from(row),
                       medium=row["medium"], kind=row["kind"])


# ---------------------------------------------------------------- comparisons across sources

def story_row(story: StoryCluster, position: int) -> dict:
    return {"id": story.id, "position": position, "title": story.title, "first_published": story.first_published,
            "last_published": story.last_published}


def story_from_row(row: Mapping) -> StoryCluster:
    return StoryCluster(id=row["id"], title=row["title"], first_published=row["first_published"],
                        last_published=row["last_published"])


def story_member_row(story_id: str, member: StoryMember) -> dict:
    return {"story_id": story_id, "document_id": member.document_id, "syndicated": member.syndicated_of is not None,
            "syndicated_of": member.syndicated_of, "similarity": member.similarity}


def story_member_from_row(row: Mapping) -> StoryMember:
    return StoryMember(row["document_id"], row["syndicated_of"], row["similarity"])


def claim_row(claim: ClaimLink, position: int) -> dict:
    return {"id": claim.id, "position": position, "a_document_id": claim.a.document_id,
            "a_quote_index": claim.a.index, "b_document_id": claim.b.document_id, "b_quote_index": claim.b.index,
            "score": claim.score, "lexical": claim.lexical, "entity": claim.entity, "number": claim.number,
            "embedding": claim.embedding, "same_speaker": bool(claim.same_speaker),
            "spans": [{"a_start": s.a_start, "a_end": s.a_end, "b_start": s.b_start, "b_end": s.b_end,
                       "score": s.score} for s in claim.spans]}


def claim_from_row(row: Mapping) -> ClaimLink:
    return ClaimLink(id=row["id"], a=QuoteRef(row["a_document_id"], row["a_quote_index"]),
                     b=QuoteRef(row["b_document_id"], row["b_quote_index"]), score=row["score"],
                     lexical=row["lexical"], entity=row["entity"], number=row["number"], embedding=row["embedding"],
                     same_speaker=bool(row["same_speaker"]),
                     spans=[AlignedSpan(s["a_start"], s["a_end"], s["b_start"], s["b_end"], s["score"])
                            for s in row["spans"] or []])


def discrepancy_row(d: Discrepancy, position: int) -> dict:
    return {"id": d.id, "position": position, "kind": d.kind, "subject": d.subject, "description": d.description,
            "story_id": d.story_id, "sides": [s.to_dict() for s in d.sides]}


def discrepancy_from_row(row: Mapping) -> Discrepancy:
    return Discrepancy(id=row["id"], kind=row["kind"], subject=row["subject"], description=row["description"],
                       story_id=row["story_id"], sides=[DiscrepancySide.from_dict(s) for s in row["sides"] or []])
