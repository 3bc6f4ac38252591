"""Discrepancies: where sources reporting one event or one statement differ.

Events. Within one story cluster, events from different documents are one event when they have
the same PLOVER type, compatible places (the same place by name keys, one place named by the other
report — Velm, "a village near Tarvo", and Tarvo — or a place unknown), compatible dates (within a
few days, or unknown) and parties that do not contradict (actors and targets, where both reports
name them, share a name; statements such as threats also need a shared, known actor). For each
such event the sources may differ in

- `fatalities` (5 vs 8), `date` (Sunday 10 vs Monday 11 March), `place` (Velm vs Tarvo).

Statements. Quotes joined by claim links within one story or speech event form one statement;
its sources may differ in

- `attribution`: the same words given to different speakers;
- `wording`: different words for one statement (two translations, a quote and its paraphrase);
- `date`: the occasion it was said on, when both reports date it and the dates disagree.

Every side carries its document, the span it was read from (the event's evidence clause or the
aligned quote sentences) and, where it can be located, the span of the value itself.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass

from onrecord.link.grouping import greedy_groups
from onrecord.link.lexical import normalise_text
from onrecord.link.names import name_keys
from onrecord.link.stories import _gap_days, _place_keys
from onrecord.models import (ClaimLink, DateRange, Discrepancy, DiscrepancySide, Document, Event, Extraction,
                             SpeechEvent, StoryCluster)

KINDS = ("fatalities", "date", "place", "attribution", "wording")
SPEECH_ACT_TYPES = {"THREATEN", "ACCUSE", "REJECT", "APPEAL", "DEMAND", "PRAISE", "THANK"}
DATE_TOLERANCE_DAYS = 3


@dataclass
class _Ev:
    doc: Document
    ex: Extraction
    index: int
    event: Event
    places: set[str]
    actors: set[str]
    targets: set[str]
    doc_places: set[str]


def _party_keys(name: str | None) -> set[str]:
    if not name:
        return set()
    return {k for k in name_keys(name, "ORG") if k[0] in "nsg"}


def _doc_place_keys(ex: Extraction) -> set[str]:
    keys: set[str] = set()
    for ent in ex.entities:
        if ent.type == "LOC":
            for n in [ent.name, *ent.aliases]:
                keys |= _place_keys(n)
    for e in ex.events:
        if e.location:
            keys |= _place_keys(e.location)
    return keys


def place_relation(a: _Ev, b: _Ev) -> str:
    if not a.places or not b.places:
        return "unknown"
    if a.places & b.places:
        return "same"
    if a.places & b.doc_places or b.places & a.doc_places:
        return "related"
    return "different"


def events_match(a: _Ev, b: _Ev, tolerance_days: int = DATE_TOLERANCE_DAYS) -> bool:
    ea, eb = a.event, b.event
    if ea.type != eb.type or a.doc.id == b.doc.id:
        return False
    if place_relation(a, b) == "different":
        return False
    if ea.date is not None and eb.date is not None and _gap_days(ea.date, eb.date) > tolerance_days:
        return False
    if a.actors and b.actors and not (a.actors & b.actors):
        return False
    if a.targets and b.targets and not (a.targets & b.targets):
        return False
    if ea.type in SPEECH_ACT_TYPES and not (a.actors and b.actors):
        return False
    return True


def group_events(members: list[tuple[Document, Extraction]]) -> list[list[_Ev]]:
    """Events of the documents of one story, grouped into one-event groups (at most one event per document)."""
    groups: list[list[_Ev]] = []
    for doc, ex in members:
        doc_places = _doc_place_keys(ex)
        for i, e in enumerate(ex.events):
            item = _Ev(doc, ex, i, e, _place_keys(e.location) if e.location else set(),
                       _party_keys(e.actor), _party_keys(e.target), doc_places)
            greedy_groups([item], lambda a, b: a.doc.id != b.doc.id and events_match(a, b), groups)
    return groups


# ---------------------------------------------------------------- sides

def _find(text: str, needle: str | None, start: int, end: int) -> tuple[int, int] | tuple[None, None]:
    if not needle:
        return None, None
    i = text.lower().find(needle.lower(), start, end)
    return (i, i + len(needle)) if i >= 0 else (None, None)


def _evidence_side(item: _Ev, value, needle: str | None = None, span: tuple[int, int] | None = None) -> DiscrepancySide:
    e, text = item.event, item.doc.text
    vs, ve = span if span else _find(text, needle, e.start, e.end)
    return DiscrepancySide(value=value, document_id=item.doc.id, start=e.start, end=e.end, text=text[e.start:e.end],
                           value_start=vs, value_end=ve)


def _date_value(d: DateRange) -> str:
    return d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}/{d.end.isoformat()}"


def _time_span(item: _Ev) -> tuple[int, int] | None:
    e = item.event
    for t in item.ex.times:
        if t.value is not None and e.start <= t.start and t.end <= e.end and t.value.overlaps(e.date):
            return t.start, t.end
    return None


def _id(kind: str, subject: str, sides: list[DiscrepancySide]) -> str:
    key = kind + "|" + subject + "|" + "|".join(sorted(f"{s.document_id}:{s.start}" for s in sides))
    return "dx-" + hashlib.sha1(key.encode()).hexdigest()[:10]


def _distinct(values: list) -> int:
    return len(set(values))


def _summary(sides: list[DiscrepancySide]) -> str:
    counts = Counter(str(s.value) for s in sides)
    return " vs ".join(f"{v} ({n})" for v, n in counts.most_common())


def event_discrepancies(group: list[_Ev], story_id: str | None) -> list[Discrepancy]:
    docs = {g.doc.id for g in group}
    if len(docs) < 2:
        return []
    ident = "|".join(sorted(f"{g.doc.id}:{g.index}" for g in group))
    subject = "ev-" + hashlib.sha1(ident.encode()).hexdigest()[:10]
    place = Counter(g.event.location for g in group if g.event.location).most_common(1)
    dates = Counter(_date_value(g.event.date) for g in group if g.event.date).most_common(1)
    label = " · ".join([group[0].event.type] + ([place[0][0]] if place else []) + ([dates[0][0]] if dates else []))
    out = []

    with_fatalities = [g for g in group if g.event.fatalities is not None]
    if _distinct([g.event.fatalities for g in with_fatalities]) > 1:
        sides = [_evidence_side(g, g.event.fatalities, g.event.fatalities_text) for g in with_fatalities]
        out.append(Discrepancy(_id("fatalities", subject, sides), "fatalities", subject,
                               f"{label}: killed {_summary(sides)}", story_id, sides))

    dated = [g for g in group if g.event.date is not None]
    if any(not a.event.date.overlaps(b.event.date) for a in dated for b in dated):
        sides = [_evidence_side(g, _date_value(g.event.date), span=_time_span(g)) for g in dated]
        out.append(Discrepancy(_id("date", subject, sides), "date", subject,
                               f"{label}: date {_summary(sides)}", story_id, sides))

    placed = [g for g in group if g.places]
    if any(not (a.places & b.places) for a in placed for b in placed):
        sides = [_evidence_side(g, g.event.location, g.event.location) for g in placed]
        out.append(Discrepancy(_id("place", subject, sides), "place", subject,
                               f"{label}: place {_summary(sides)}", story_id, sides))
    return out


# ---------------------------------------------------------------- statements

class _UF:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def statement_discrepancies(claims: list[ClaimLink], docs: dict[str, tuple[Document, Extraction]],
                            entity_of: dict, entity_names: dict, story_of: dict[str, str],
                            speech_event_of: dict) -> list[Discrepancy]:
    """Attribution, wording and occasion-date discrepancies among quotes joined by claim links
    within one story or one speech event."""

    def quote(ref):
        return docs[ref.document_id][1].quotes[ref.index]

    def speech_event(ref):
        q = quote(ref)
        return speech_event_of.get((ref.document_id, q.occasion)) if q.occasion is not None else None

    in_context = []
    for c in claims:
        sa, sb = story_of.get(c.a.document_id), story_of.get(c.b.document_id)
        ea, eb = speech_event(c.a), speech_event(c.b)
        if (sa is not None and sa == sb) or (ea is not None and ea == eb):
            in_context.append(c)

    uf = _UF()
    # each quote's aligned span, from its best link
    best_span: dict = {}
    for c in sorted(in_context, key=lambda c: -c.score):
        uf.union(c.a, c.b)
        for ref, side in ((c.a, "a"), (c.b, "b")):
            if ref not in best_span:
                starts = [getattr(p, f"{side}_start") for p in c.spans]
                ends = [getattr(p, f"{side}_end") for p in c.spans]
                best_span[ref] = (min(starts), max(ends))
    components: dict = defaultdict(list)
    for ref in best_span:
        components[uf.find(ref)].append(ref)

    out = []
    for refs in components.values():
        refs.sort(key=lambda r: (r.document_id, r.index))
        if len({r.document_id for r in refs}) < 2:
            continue
        stories = {story_of.get(r.document_id) for r in refs} - {None}
        story_id = sorted(stories)[0] if len(stories) == 1 else None
        events = {speech_event(r) for r in refs} - {None}
        ident = "|".join(f"{r.document_id}:{r.index}" for r in refs)
        subject = sorted(events)[0] if len(events) == 1 else "cl-" + hashlib.sha1(ident.encode()).hexdigest()[:10]

        def side(ref, value, with_speaker=False) -> DiscrepancySide:
            doc = docs[ref.document_id][0]
            s, e = best_span[ref]
            q = quote(ref)
            vs, ve = (q.speaker_start, q.speaker_end) if with_speaker else (None, None)
            return DiscrepancySide(value, ref.document_id, s, e, doc.text[s:e], vs, ve)

        def speaker(ref):
            q = quote(ref)
            ent = entity_of.get((ref.document_id, q.speaker_key)) if q.speaker_key else None
            return ent, (entity_names.get(ent) if ent else None) or q.speaker_name

        speakers = [speaker(r) for r in refs]
        known = {ent for ent, _ in speakers if ent}
        if len(known) > 1:
            sides = [side(r, label, with_speaker=True) for r, (ent, label) in zip(refs, speakers) if label]
            out.append(Discrepancy(_id("attribution", subject, sides), "attribution", subject,
                                   f"said by {_summary(sides)}", story_id, sides))
        sides = [side(r, None) for r in refs]
        for sd in sides:
            sd.value = sd.text
        norms = [normalise_text(sd.text) for sd in sides]
        # different words, not merely more or fewer of the same ones
        if any(x not in y and y not in x for x in norms for y in norms):
            who = ", ".join(sorted({label for _, label in speakers if label})) or "unknown speaker"
            out.append(Discrepancy(_id("wording", subject, sides), "wording", subject,
                                   f"{who}: {len(sides)} wordings of one statement", story_id, sides))
        # the occasion: one statement, dated differently by its reports
        occ_sides = []
        for r in refs:
            q = quote(r)
            if q.occasion is None:
                continue
            doc, ex = docs[r.document_id]
            occ = ex.occasions[q.occasion] if q.occasion < len(ex.occasions) else None
            if occ is None or occ.date is None:
                continue
            if any(o.document_id == r.document_id for o in occ_sides):
                continue
            occ_sides.append(DiscrepancySide(_date_value(occ.date), r.document_id, occ.start, occ.end,
                                             doc.text[occ.start:occ.end]))
        dates = [DateRange.from_dict({"start": s.value.split("/")[0], "end": s.value.split("/")[-1]})
                 for s in occ_sides]
        if any(not a.overlaps(b) for a in dates for b in dates):
            out.append(Discrepancy(_id("date", subject, occ_sides), "date", subject,
                                   f"occasion of the statement: date {_summary(occ_sides)}", story_id, occ_sides))
    return out


# ---------------------------------------------------------------- all

def find_discrepancies(pairs: list[tuple[Document, Extraction]], stories: list[StoryCluster],
                       claims: list[ClaimLink], entity_of: dict | None = None, entity_names: dict | None = None,
                       speech_events: list[SpeechEvent] | None = None) -> list[Discrepancy]:
    """Every discrepancy in the corpus: events per story cluster, then statements per claim group."""
    entity_of = entity_of or {}
    entity_names = entity_names or {}
    docs = {doc.id: (doc, ex) for doc, ex in pairs}
    story_of = {m.document_id: c.id for c in stories for m in c.members}
    speech_event_of = {(m.document_id, m.index): e.id for e in (speech_events or []) for m in e.members}
    out: list[Discrepancy] = []
    for story in stories:
        members = [docs[m.document_id] for m in story.members if m.document_id in docs]
        if len(members) < 2:
            continue
        for group in group_events(members):
            out.extend(event_discrepancies(group, story.id))
    out.extend(statement_discrepancies(claims, docs, entity_of, entity_names, story_of, speech_event_of))
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda d: (order.get(d.kind, 99), d.story_id or "", d.subject, d.id))
    return out
