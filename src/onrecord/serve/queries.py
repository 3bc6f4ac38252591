"""Read-side queries the CLI (and later the REST API) share: entity look-up and dossiers, events,
timelines. They read only from the store."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from onrecord.link.names import name_keys
from onrecord.models import DateRange, GlobalEntity


def find_document(store, ref: str):
    """A document by id, id prefix, source or file name, else by a unique part of its source path."""
    doc = store.get_document(ref)
    if doc is not None:
        return doc
    hits = [d for d in store.documents() if ref in d.source]
    return hits[0] if len(hits) == 1 else None


def find_entities(store, ref: str) -> list[GlobalEntity]:
    """Entities whose id, name or alias matches `ref` (exactly, else by transliteration key)."""
    entities = store.entities()
    low = ref.strip().lower()
    exact = [e for e in entities if e.id == ref or e.name.lower() == low
             or any(a.lower() == low for a in e.aliases)]
    if exact:
        return exact
    keys = name_keys(ref, "PER") | name_keys(ref, "ORG") | name_keys(ref, "LOC")
    return [e for e in entities
            if any(keys & name_keys(a, e.type) for a in [e.name, *e.aliases])]


def _date_str(d: DateRange | None) -> str | None:
    if d is None:
        return None
    return d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}/{d.end.isoformat()}"


def place_of(entity: GlobalEntity):
    """Offline geocoding of a place entity (None for other types and unknown places)."""
    if entity.type != "LOC":
        return None
    from onrecord.link.geocode import geocode
    return geocode([entity.name, *entity.aliases])


def entity_rows(store, type: str | None = None) -> list[dict]:
    rows = []
    for e in store.entities(type):
        place = place_of(e)
        rows.append({"id": e.id, "name": e.name, "type": e.type, "aliases": ", ".join(a for a in e.aliases
                                                                                     if a != e.name),
                     "roles": "; ".join(e.roles), "documents": len({m.document_id for m in e.members}),
                     "country": place.country if place else None,
                     "coordinates": (f"{place.latitude:.4f},{place.longitude:.4f}"
                                     if place and place.latitude is not None else None)})
    rows.sort(key=lambda r: (-r["documents"], r["name"]))
    return rows


def dossier(store, entity: GlobalEntity) -> dict:
    docs = {d.id: d for d in store.documents()}
    member_docs = sorted({m.document_id for m in entity.members})
    statements = [r for r in store.quotes() if r.speaker_entity_id == entity.id]
    place = place_of(entity)
    return {
        "id": entity.id, "name": entity.name, "type": entity.type, "aliases": entity.aliases,
        "roles": entity.roles, "place": place.to_dict() if place else None,
        "documents": [{"id": d, "source": docs[d].source, "title": docs[d].title, "published": docs[d].published}
                      for d in member_docs if d in docs],
        "statements": [{"date": _date_str(r.statement_date), "published": r.published, "kind": r.quote.kind,
                        "text": r.quote.text, "source": r.source} for r in statements],
    }


@dataclass
class EventRow:
    type: str
    date: str | None
    location: str | None
    actor: str | None
    target: str | None
    fatalities: int | None
    fatalities_text: str | None
    evidence: str
    source: str
    published: str | None


def event_rows(store, type: str | None = None, place: str | None = None, since: date | None = None) -> list[dict]:
    rows = []
    for doc, ex in store.iter_extractions():
        for e in ex.events:
            if type and e.type.upper() != type.upper():
                continue
            if place and not (e.location and (place.lower() in e.location.lower()
                                               or name_keys(place, "LOC") & name_keys(e.location, "LOC"))):
                continue
            if since and (e.date is None or e.date.end < since):
                continue
            rows.append(EventRow(e.type, _date_str(e.date), e.location, e.actor, e.target, e.fatalities,
                                 e.fatalities_text, e.evidence, doc.source, doc.published).__dict__)
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["source"]))
    return rows


def timeline(store, entity: GlobalEntity) -> list[dict]:
    """Statements by the entity and events it is actor or target of, in date order, each with its source."""
    names = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
    keys = set().union(*(name_keys(n, entity.type) for n in [entity.name, *entity.aliases]))
    rows = []
    for r in store.quotes():
        if r.speaker_entity_id == entity.id:
            rows.append({"date": _date_str(r.statement_date), "what": "statement", "kind": r.quote.kind,
                         "text": r.quote.text, "source": r.source, "published": r.published})
    for doc, ex in store.iter_extractions():
        for e in ex.events:
            involved = [x for x in (e.actor, e.target) if x]
            if any(x.lower() in names or name_keys(x, entity.type) & keys for x in involved):
                rows.append({"date": _date_str(e.date), "what": f"event {e.type}", "kind": None,
                             "text": e.evidence, "source": doc.source, "published": doc.published})
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", (r["published"] or "")))
    return rows
