"""Story clustering and near-duplicates: which documents report the same event, which are copies.

Documents are added one at a time, oldest first (`StoryIndex.add`); each finds its candidates
with MinHash/LSH and then the evidence decides:

- candidates: MinHash signatures over the document's content-word shingles (1-grams of
  `lexical.term`s, mentions as global entity ids) in an LSH index banded for Jaccard ~0.2; a
  second index over 4-word shingles of the raw words (banded for ~0.5) finds copies.
- syndicated copy: the exact Jaccard of the 4-word shingles is >= `syndication_threshold` and the
  publication dates are compatible. A copy joins the cluster of its original, flagged.
- same story: the idf-weighted Jaccard of the content terms is >= `story_threshold` (higher when
  the time of either cannot be established), or both report one speech event; and nothing
  forbids it: the time of the stories (the dates of their events and occasions, else the
  publication date) must be compatible, and so must their places (event locations). Two stories
  with similar words but incompatible event dates, or events in different places, are different
  stories. The vetoes are checked against every member of a cluster, so clusters do not chain.

Why our own MinHash rather than datasketch: datasketch brings numpy and scipy for what is here a
few dozen lines; we use one-permutation hashing (Li, Owen & Zhang 2012: one hash per shingle,
binned, instead of k hashes per shingle) with rotation densification (Shrivastava & Li 2014) for
empty bins, which keeps signing a document linear in its length in pure Python.
"""
from __future__ import annotations

import hashlib
import math
import struct
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from onrecord.link import lexical as L
from onrecord.link.names import name_keys
from onrecord.models import DateRange, Document, Extraction, StoryCluster, StoryMember

_MAX64 = (1 << 64) - 1


# ---------------------------------------------------------------- MinHash / LSH

def _hash64(s: str) -> int:
    return struct.unpack("<Q", hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest())[0]


def minhash(shingles, num_perm: int = 64) -> tuple[int, ...]:
    """One-permutation MinHash signature of a set of strings (empty set: all max)."""
    bins = [_MAX64] * num_perm
    for sh in shingles:
        h = _hash64(sh)
        b = h % num_perm
        v = h // num_perm
        if v < bins[b]:
            bins[b] = v
    if all(v == _MAX64 for v in bins):
        return tuple(bins)
    # densify: an empty bin borrows the value of the next non-empty bin to its right, offset by the distance
    out = list(bins)
    for i in range(num_perm):
        if bins[i] == _MAX64:
            j, step = i, 0
            while bins[j] == _MAX64:
                j = (j + 1) % num_perm
                step += 1
            out[i] = (bins[j] + step * 0x9E3779B97F4A7C15) & _MAX64
    return tuple(out)


def estimate_jaccard(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    return sum(x == y for x, y in zip(a, b)) / len(a) if a else 0.0


class LSHIndex:
    """Banded LSH over MinHash signatures: items sharing all rows of one band are candidates."""

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self.buckets: list[dict[tuple, list[str]]] = [defaultdict(list) for _ in range(bands)]

    def _keys(self, sig: tuple[int, ...]):
        for b in range(self.bands):
            yield b, sig[b * self.rows:(b + 1) * self.rows]

    def query(self, sig: tuple[int, ...]) -> set[str]:
        out: set[str] = set()
        for b, key in self._keys(sig):
            out.update(self.buckets[b].get(key, ()))
        return out

    def insert(self, key: str, sig: tuple[int, ...]) -> None:
        for b, k in self._keys(sig):
            self.buckets[b][k].append(key)


# ---------------------------------------------------------------- what a document brings

@dataclass
class StoryDoc:
    id: str
    title: str | None
    published: str | None
    published_date: date | None
    terms: frozenset[str]
    shingles: frozenset[str]
    anchors: list[DateRange]             # event and occasion dates the text establishes
    places: list[set[str]]               # name keys of each event location
    place_keys: set[str]                 # name keys of every place the document names
    speech_events: set[str] = field(default_factory=set)
    events: list[tuple[str, DateRange | None, set[str], set[str]]] = field(default_factory=list)
    # (PLOVER type, date, place keys, party keys) of each event the document reports


def _place_keys(name: str) -> set[str]:
    """Strict keys of a place name: normal form, consonant skeleton, known alias group."""
    return {k for k in name_keys(name, "LOC") if k[0] in "nsg"}


def story_doc(doc: Document, ex: Extraction, entity_of: dict | None = None,
              speech_event_of: dict | None = None) -> StoryDoc:
    entity_of = entity_of or {}
    spans = L.EntitySpans([(m.start, m.end, entity_of.get((doc.id, m.entity_key)) or m.entity_key.lower())
                           for m in ex.mentions])
    text = doc.text
    terms = set(L.content_terms(text, 0, len(text), spans))
    if doc.title:
        terms.update(L.content_terms(doc.title))
    raw = [w.lower() for _, _, w in L.words(text)]
    shingles = {" ".join(raw[i:i + 4]) for i in range(max(1, len(raw) - 3))} if raw else set()
    anchors = [e.date for e in ex.events if e.date is not None] + [o.date for o in ex.occasions if o.date is not None]
    places = [k for e in ex.events if e.location and (k := _place_keys(e.location))]
    place_keys: set[str] = set()
    for ent in ex.entities:
        if ent.type == "LOC":
            for n in [ent.name, *ent.aliases]:
                place_keys |= _place_keys(n)
    for keys in places:
        place_keys |= keys
    events = [(e.type, e.date, _place_keys(e.location) if e.location else set(),
               set().union(*[_party_keys(p) for p in (e.actor, e.target) if p])) for e in ex.events]
    ses = set()
    if speech_event_of:
        ses = {speech_event_of[(doc.id, i)] for i in range(len(ex.occasions)) if (doc.id, i) in speech_event_of}
    return StoryDoc(doc.id, doc.title, doc.published, doc.published_date, frozenset(terms), frozenset(shingles),
                    anchors, places, place_keys, ses, events)


def _party_keys(name: str) -> set[str]:
    return {k for k in name_keys(name, "ORG") if k[0] in "nsg"}


# ---------------------------------------------------------------- decisions

@dataclass
class StorySettings:
    story_threshold: float = 0.2         # weighted Jaccard of content terms, times compatible and known
    unanchored_threshold: float = 0.4    # ... when the time of either cannot be established
    strong_event_threshold: float = 0.03 # ... when both report one event (type, place, date)
    weak_event_threshold: float = 0.1    # ... when both report an event of one type in one place, a date unknown
    syndication_threshold: float = 0.8   # Jaccard of 4-word shingles
    date_tolerance_days: int = 3         # event dates this far apart may still be one event
    max_story_days: int = 21             # reports of one story are published within this many days
    undated_window_days: int = 7         # an undated event is taken to lie this far before publication
    num_perm: int = 64
    story_bands: int = 32                # 32 bands x 2 rows: ~50% candidate chance at Jaccard 0.15
    dup_bands: int = 16                  # 16 x 4: ~50% at Jaccard 0.5


def _gap_days(a: DateRange, b: DateRange) -> int:
    if a.overlaps(b):
        return 0
    return (b.start - a.end).days if a.end < b.start else (a.start - b.end).days


def time_relation(a: StoryDoc, b: StoryDoc, s: StorySettings) -> str:
    """'compatible', 'incompatible' or 'unknown'."""
    if a.published_date and b.published_date and abs((a.published_date - b.published_date).days) > s.max_story_days:
        return "incompatible"
    ra = a.anchors or _published_window(a, s)
    rb = b.anchors or _published_window(b, s)
    if not ra or not rb:
        return "unknown"
    if any(_gap_days(x, y) <= s.date_tolerance_days for x in ra for y in rb):
        return "compatible"
    return "incompatible"


def _published_window(d: StoryDoc, s: StorySettings) -> list[DateRange]:
    if d.published_date is None:
        return []
    return [DateRange(d.published_date - timedelta(days=s.undated_window_days), d.published_date, "range")]


def place_relation(a_places: list[set[str]], a_keys: set[str], b_places: list[set[str]], b_keys: set[str]) -> str:
    """'same' (a shared event location), 'related' (one's event location is named by the other),
    'unknown' (either has none) or 'different'."""
    if not a_places or not b_places:
        return "unknown"
    if any(x & y for x in a_places for y in b_places):
        return "same"
    if any(x & b_keys for x in a_places) or any(y & a_keys for y in b_places):
        return "related"
    return "different"


# Event types that are happenings in one place and time (statements are not: one can be repeated).
STORY_EVENT_TYPES = {"ASSAULT", "PROTEST", "FIGHT", "MOBILIZE", "RETREAT", "AGREE", "SANCTION", "CONSULT"}


def event_evidence(a: StoryDoc, b: StoryDoc, s: StorySettings) -> str | None:
    """How strongly the two documents report one event. 'strong': an event of one type in one
    place on dates within the tolerance; 'weak': one type and place but a date unknown, or one
    type on such dates in places one of them names (Velm, "a village near Tarvo", vs Tarvo);
    None otherwise. Known parties (actor, target) must not contradict."""
    best = None
    for ta, da, pa, qa in a.events:
        if ta not in STORY_EVENT_TYPES or not pa:
            continue
        for tb, db, pb, qb in b.events:
            if tb != ta or not pb or (qa and qb and not (qa & qb)):
                continue
            dated = da is not None and db is not None
            if dated and _gap_days(da, db) > s.date_tolerance_days:
                continue
            if pa & pb:
                if dated:
                    return "strong"
                best = "weak"
            elif dated and (pa & b.place_keys or pb & a.place_keys):
                best = "weak"
    return best


def _event_keys(d: StoryDoc) -> set[tuple[str, str]]:
    return {(t, k) for t, _, places, _ in d.events if t in STORY_EVENT_TYPES for k in places}


class StoryIndex:
    """Incremental story clustering. `add(doc)` files one document (oldest first) and returns its cluster."""

    def __init__(self, settings: StorySettings | None = None, idf: dict[str, float] | None = None,
                 n_docs: int | None = None):
        self.s = settings or StorySettings()
        self.idf = idf
        self._df: Counter = Counter()
        self._n = 0
        self._n_fixed = n_docs
        self.docs: dict[str, StoryDoc] = {}
        self.sigs: dict[str, tuple] = {}
        self.cluster_of: dict[str, int] = {}
        self.clusters: list[list[StoryMember]] = []
        self.story_lsh = LSHIndex(self.s.story_bands, self.s.num_perm // self.s.story_bands)
        self.dup_lsh = LSHIndex(self.s.dup_bands, self.s.num_perm // self.s.dup_bands)
        self.by_speech_event: dict[str, set[str]] = defaultdict(set)
        self.by_event: dict[tuple[str, str], set[str]] = defaultdict(set)   # (type, place key) -> documents

    def _w(self, t: str) -> float:
        if self.idf is not None:
            return self.idf.get(t, math.log(1 + (self._n_fixed or 1)))
        df = self._df.get(t, 0)
        return math.log(1 + (self._n + 1) / (df + 1))

    def similarity(self, a: StoryDoc, b: StoryDoc) -> float:
        common = a.terms & b.terms
        if not common:
            return 0.0
        union = a.terms | b.terms
        return sum(self._w(t) for t in common) / sum(self._w(t) for t in union)

    def compatible(self, a: StoryDoc, b: StoryDoc) -> tuple[bool, str]:
        t = time_relation(a, b, self.s)
        if t == "incompatible":
            return False, t
        if place_relation(a.places, a.place_keys, b.places, b.place_keys) == "different":
            return False, t
        return True, t

    def add(self, doc: StoryDoc) -> int:
        s = self.s
        sig = minhash(doc.terms, s.num_perm)
        dup_sig = minhash(doc.shingles, s.num_perm)
        # syndicated copy of an earlier document?
        original, dup_score = None, 0.0
        for other_id in sorted(self.dup_lsh.query(dup_sig)):
            other = self.docs[other_id]
            j = _jaccard(doc.shingles, other.shingles)
            if j >= s.syndication_threshold and j > dup_score and time_relation(doc, other, s) != "incompatible":
                original, dup_score = other_id, j
        home, best = None, 0.0
        if original is not None:
            home, best = self.cluster_of[original], dup_score
        else:
            candidates = self.story_lsh.query(sig)
            for se in doc.speech_events:
                candidates |= self.by_speech_event.get(se, set())
            for key in _event_keys(doc):
                candidates |= self.by_event.get(key, set())
            scored: dict[int, tuple[bool, float]] = {}
            for other_id in candidates:
                other = self.docs[other_id]
                ok, t = self.compatible(doc, other)
                if not ok:
                    continue
                sim = self.similarity(doc, other)
                shared_occasion = bool(doc.speech_events & other.speech_events)
                evidence = event_evidence(doc, other, s)
                if evidence == "strong":
                    needed = s.strong_event_threshold
                elif evidence == "weak":
                    needed = s.weak_event_threshold
                else:
                    needed = s.story_threshold if t == "compatible" else s.unanchored_threshold
                if sim < needed and not shared_occasion:
                    continue
                c = self.cluster_of[other_id]
                scored[c] = max(scored.get(c, (False, 0.0)), (shared_occasion, sim))
            for c, (_, sim) in sorted(scored.items(), key=lambda kv: (not kv[1][0], -kv[1][1], kv[0])):
                if all(self.compatible(doc, self.docs[m.document_id])[0] for m in self.clusters[c]):
                    home, best = c, sim
                    break
        member = StoryMember(doc.id, original, round(best, 4) if home is not None else None)
        if home is None:
            home = len(self.clusters)
            self.clusters.append([])
        self.clusters[home].append(member)
        self.cluster_of[doc.id] = home
        self.docs[doc.id] = doc
        self.sigs[doc.id] = sig
        self.story_lsh.insert(doc.id, sig)
        self.dup_lsh.insert(doc.id, dup_sig)
        for se in doc.speech_events:
            self.by_speech_event[se].add(doc.id)
        for key in _event_keys(doc):
            self.by_event[key].add(doc.id)
        self._n += 1
        self._df.update(doc.terms)
        return home

    def story_clusters(self) -> list[StoryCluster]:
        out = []
        for members in self.clusters:
            docs = [self.docs[m.document_id] for m in members]
            ident = "|".join(sorted(m.document_id for m in members))
            published = sorted(d.published for d in docs if d.published)
            out.append(StoryCluster(
                id="st-" + hashlib.sha1(ident.encode()).hexdigest()[:10],
                title=next((d.title for d in docs if d.title), None),
                first_published=published[0] if published else None,
                last_published=published[-1] if published else None,
                members=list(members)))
        return out


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _order_key(d: StoryDoc):
    return (d.published is None, d.published or "", d.id)


def cluster_stories(pairs: list[tuple[Document, Extraction]], entity_of: dict | None = None,
                    speech_event_of: dict | None = None, settings: StorySettings | None = None) -> list[StoryCluster]:
    """Story clusters of all documents, computed by adding them oldest first (undated last), so the
    result does not depend on ingest order. Term weights are the idf over the whole corpus."""
    docs = [story_doc(doc, ex, entity_of, speech_event_of) for doc, ex in pairs]
    df = Counter(t for d in docs for t in d.terms)
    n = max(1, len(docs))
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    index = StoryIndex(settings, idf=idf, n_docs=n)
    for d in sorted(docs, key=_order_key):
        index.add(d)
    return index.story_clusters()
