"""Recompute every cross-document link from the store.

`relink(store)` recomputes every cross-document link from what the store holds plus the
analysts' recorded corrections, and replaces the previous links in one transaction. Recomputing
rather than patching keeps the result independent of ingest order.
"""
from __future__ import annotations

from onrecord.link.entities import resolve_entities
from onrecord.link.occasions import group_occasions
from onrecord.models import GlobalEntity, SpeechEvent


def compute_links(extractions, corrections=()) -> tuple[list[GlobalEntity], list[SpeechEvent]]:
    """`extractions`: iterable of (Document, Extraction)."""
    pairs = list(extractions)
    items = [(doc.id, ent) for doc, ex in pairs for ent in ex.entities]
    entities = resolve_entities(items, list(corrections))
    entity_of = {(m.document_id, m.key): e.id for e in entities for m in e.members}
    occasions = []
    for doc, ex in pairs:
        for i, occ in enumerate(ex.occasions):
            speaker = entity_of.get((doc.id, occ.speaker_key)) if occ.speaker_key else None
            occasions.append((doc.id, i, occ, speaker))
    return entities, group_occasions(occasions)


def relink(store) -> tuple[int, int]:
    entities, events = compute_links(store.iter_extractions(), store.corrections())
    store.replace_links(entities, events)
    return len(entities), len(events)
