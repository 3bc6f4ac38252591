"""Exports read only from the store.

`export_json` writes the object described in shared/eval/README.md (the export contract):
documents with their body, quotes, mentions and events; the corpus entities; the speech events.
Offsets index the exported `body`, so `body[start:end] == text` for every quote and mention.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from onrecord.models import DateRange

EXPORT_VERSION = 1


def _date(d: DateRange | None) -> dict | None:
    if d is None:
        return None
    return {"start": d.start.isoformat(), "end": d.end.isoformat(), "precision": d.precision}


def _named_origin(ex) -> str | None:
    """The channel a report names as the origin of its statements when its page header names none
    ("In a televised speech broadcasted by Iraq's Al-Ahed satellite channel, ...")."""
    for occ in sorted(ex.occasions, key=lambda o: o.start):
        if occ.medium:
            return occ.medium
    return None


def _entity_record(e) -> dict:
    from onrecord.serve.queries import place_of
    record = {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "roles": e.roles}
    place = place_of(e)
    if place is not None:
        record["place"] = place.to_dict()
    return record


def build_export(store) -> dict[str, Any]:
    entities = store.entities()
    entity_of = {(m.document_id, m.key): e.id for e in entities for m in e.members}
    events = store.speech_events()
    event_of = {(m.document_id, m.index): ev.id for ev in events for m in ev.members}
    documents = []
    for doc, ex in store.iter_extractions():
        quotes = []
        for q in ex.quotes:
            quotes.append({
                "text": q.text, "kind": q.kind,
                "speaker": {"entity_id": entity_of.get((doc.id, q.speaker_key)) if q.speaker_key else None,
                            "name": q.speaker_name,
                            "start": q.speaker_start, "end": q.speaker_end},
                "cue": q.cue, "cue_start": q.cue_start, "cue_end": q.cue_end,
                "confidence": q.confidence,
                "speech_event_id": event_of.get((doc.id, q.occasion)) if q.occasion is not None else None,
                "start": q.start, "end": q.end,
            })
        mentions = [{"entity_id": entity_of.get((doc.id, m.entity_key)), "text": m.text, "type": m.type,
                     "start": m.start, "end": m.end} for m in ex.mentions]
        evs = [{"type": e.type, "date": _date(e.date), "location": e.location, "fatalities": e.fatalities,
                "fatalities_text": e.fatalities_text, "injuries": e.injuries, "actor": e.actor, "target": e.target,
                "evidence": e.evidence, "start": e.start, "end": e.end} for e in ex.events]
        occasions = [{"kind": o.kind, "medium": o.medium, "date": _date(o.date), "text": o.text,
                      "start": o.start, "end": o.end, "speech_event_id": event_of.get((doc.id, i))}
                     for i, o in enumerate(ex.occasions)]
        documents.append({
            "id": doc.id, "source": doc.source, "title": doc.title, "published": doc.published,
            "published_precision": doc.published_precision, "outlet": doc.outlet,
            "broadcaster": doc.broadcaster or _named_origin(ex), "external_id": doc.external_id, "language": doc.language,
            "body": doc.text, "quotes": quotes, "mentions": mentions, "events": evs, "occasions": occasions,
        })
    return {
        "onrecord_export_version": EXPORT_VERSION,
        "documents": documents,
        "entities": [_entity_record(e) for e in entities],
        "speech_events": [{"id": ev.id, "speaker_entity_id": ev.speaker_entity_id, "date": _date(ev.date),
                           "medium": ev.medium, "kind": ev.kind, "document_ids": ev.document_ids}
                          for ev in events],
        "claims": [_claim(c) for c in store.claim_links()],
        "stories": [_story(st) for st in store.stories()],
        "discrepancies": [{"id": d.id, "kind": d.kind, "subject": d.subject, "description": d.description,
                           "story_id": d.story_id, "sides": [s.to_dict() for s in d.sides]}
                          for d in store.discrepancies()],
    }


def _claim(c) -> dict:
    """A claim link: two quotes (document id + index in that document's quotes) and the aligned spans."""
    return {"id": c.id, "a": {"document_id": c.a.document_id, "quote_index": c.a.index},
            "b": {"document_id": c.b.document_id, "quote_index": c.b.index}, "score": c.score,
            "lexical": c.lexical, "entity": c.entity, "number": c.number, "embedding": c.embedding,
            "same_speaker": c.same_speaker,
            "spans": [{"a_start": s.a_start, "a_end": s.a_end, "b_start": s.b_start, "b_end": s.b_end,
                       "score": s.score} for s in c.spans]}


def _story(st) -> dict:
    return {"id": st.id, "title": st.title, "first_published": st.first_published,
            "last_published": st.last_published,
            "members": [{"document_id": m.document_id, "syndicated": m.syndicated, "syndicated_of": m.syndicated_of,
                         "similarity": m.similarity} for m in st.members]}


def export_json(store) -> str:
    return json.dumps(build_export(store), ensure_ascii=False, indent=1)


QUOTE_COLUMNS = ["document_id", "source", "published", "statement_date", "speaker", "speaker_entity_id", "kind",
                 "cue", "text", "start", "end", "speech_event_id"]


def quote_rows(records) -> list[dict]:
    """Flat rows for tables and CSV from store.QuoteRecord objects."""
    rows = []
    for r in records:
        q = r.quote
        sd = r.statement_date
        rows.append({
            "document_id": r.document_id, "source": r.source, "published": r.published,
            "statement_date": (sd.start.isoformat() if sd and sd.start == sd.end
                               else f"{sd.start.isoformat()}/{sd.end.isoformat()}" if sd else None),
            "speaker": r.speaker_entity_name or q.speaker_name, "speaker_entity_id": r.speaker_entity_id,
            "kind": q.kind, "cue": q.cue, "text": q.text, "start": q.start, "end": q.end,
            "speech_event_id": r.speech_event_id,
        })
    return rows


def to_csv(rows: list[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def export_csv(store) -> str:
    return to_csv(quote_rows(store.quotes()), QUOTE_COLUMNS)
