"""Claim matching: the same statement reported by different documents, in other words or translations.

MEMRI's clip of an interview and a news site's story of it quote the same sentence in two
translations ("UAVs with high-precision strike capabilities ... despite the radar of the Patriot
system" / "unmanned drones which made precise hits ..., breaching all radar and defense systems").
Two quotes are compared on

- lexical overlap: content-word stems after a small paraphrase normalisation (`lexical.term`),
  weighted by rarity (idf over all quotes), as a weighted Dice coefficient;
- entity overlap: the global entities their mentions resolve to (Jaccard), when either names one;
- number overlap: the numbers they state (Jaccard), when both state some;
- optionally an embedding backend: `embed(list[str]) -> list[vector]`, cosine similarity, used only
  when configured (`ClaimSettings.embed`, `relink(store, embed=...)`, or for the command line the
  environment variable ONRECORD_EMBED=module:callable); nothing is downloaded and nothing requires it.

Each quote is compared as a whole and sentence by sentence; the link's score is the best of the
two, and its aligned spans are the best-matching sentence pairs (greedy one-to-one), as offsets
into each document's text.

Candidates: only quotes in different documents that share at least `min_shared_terms` terms
that are not too common (an inverted index; very common terms propose nothing) and whose
speakers are the same global entity or unknown. Quotes whose speakers are different known
entities are compared only within one story cluster, and must pass a stricter threshold: the
same words attributed to different people is an attribution discrepancy, not a coincidence we
look for corpus-wide.
"""
from __future__ import annotations

import hashlib
import importlib
import math
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from onrecord.link import lexical as L
from onrecord.link.names import norm_key, skeleton
from onrecord.models import AlignedSpan, ClaimLink, Document, Extraction, QuoteRef

Embedder = Callable[[list[str]], Sequence[Sequence[float]]]
WINDOW_PENALTY = 0.05


@dataclass
class ClaimSettings:
    threshold: float = 0.34              # a link needs at least this score within one story or speech event
    cross_story_threshold: float = 0.55  # ... and this across stories (a claim repeated on another occasion)
    attribution_threshold: float = 0.55  # ... and this when the speakers are different known entities
    align_threshold: float = 0.3         # a sentence pair is aligned from this score on
    min_shared_terms: int = 2            # candidates share at least this many terms
    max_group_quotes: int = 300          # a story or speech event up to this size compares all its quotes
    max_term_df: float = 0.05            # terms in more than this share of quotes (and > 50) propose nothing
    min_unit_terms: int = 3              # shorter sentences are not aligned on their own
    min_link_terms: int = 3              # the best-matching pair shares at least this many terms
    lexical_weight: float = 0.65
    entity_weight: float = 0.2
    number_weight: float = 0.15
    embed: Embedder | None = None        # optional embedding backend, see module doc
    embedding_weight: float = 0.5        # share of the score the embedding takes when configured


@dataclass
class _Unit:
    start: int
    end: int
    terms: frozenset[str]
    entities: frozenset[str]
    numbers: frozenset[int]
    text: str
    window: bool = False                 # two sentences together


@dataclass
class QuoteItem:
    """One quote, prepared for comparison."""
    ref: QuoteRef
    speaker: str | None                  # global entity id, None when unknown
    speaker_label: str | None            # entity name or the name the text gives
    speech_event: str | None
    whole: _Unit
    sentences: list[_Unit] = field(default_factory=list)


def document_entity_spans(doc_id: str, ex: Extraction, entity_of: dict) -> L.EntitySpans:
    """Mentions of one document as spans naming their global entity (or the local key if unlinked)."""
    return L.EntitySpans([(m.start, m.end, entity_of.get((doc_id, m.entity_key)) or f"{doc_id[:8]}/{m.entity_key}")
                          for m in ex.mentions])


def _unit(text: str, start: int, end: int, spans: L.EntitySpans) -> _Unit:
    # names count lexically by their consonant skeleton (Tareq/Tarek, Ayn Al-Asad/Ain al-Assad), the
    # entities they resolve to count in the entity overlap
    terms = {t for t in L.content_terms(text, start, end, spans) if not t.startswith("@")}
    ents = set()
    for s, e, ent in spans.spans:
        if s >= start and e <= end:
            ents.add(ent)
            sk = skeleton(text[s:e])
            terms.add("#" + (sk if len(sk) >= 3 else norm_key(text[s:e])))
    return _Unit(start, end, frozenset(terms), frozenset(ents), frozenset(L.numbers(text[start:end])),
                 text[start:end])


def prepare_quotes(pairs: list[tuple[Document, Extraction]], entity_of: dict,
                   speech_event_of: dict | None = None, entity_names: dict | None = None) -> list[QuoteItem]:
    """`entity_of`: (document_id, local key) -> global entity id; `speech_event_of`:
    (document_id, occasion index) -> speech event id; `entity_names`: entity id -> name."""
    speech_event_of = speech_event_of or {}
    entity_names = entity_names or {}
    items = []
    for doc, ex in pairs:
        spans = document_entity_spans(doc.id, ex, entity_of)
        for i, q in enumerate(ex.quotes):
            if q.end <= q.start:
                continue
            speaker = entity_of.get((doc.id, q.speaker_key)) if q.speaker_key else None
            whole = _unit(doc.text, q.start, q.end, spans)
            bounds = L.sentence_spans(doc.text, q.start, q.end)
            sentences = [_unit(doc.text, s, e, spans) for s, e in bounds]
            # two sentences together too: translations cut sentences differently
            for k in range(len(bounds) - 1):
                sentences.append(_unit(doc.text, bounds[k][0], bounds[k + 1][1], spans))
                sentences[-1].window = True
            sentences = [u for u in sentences if u.terms]
            items.append(QuoteItem(
                ref=QuoteRef(doc.id, i), speaker=speaker,
                speaker_label=entity_names.get(speaker) or q.speaker_name,
                speech_event=speech_event_of.get((doc.id, q.occasion)) if q.occasion is not None else None,
                whole=whole, sentences=sentences if len(sentences) > 1 else [whole]))
    return items


class _Scorer:
    def __init__(self, items: list[QuoteItem], settings: ClaimSettings):
        self.settings = settings
        df = Counter(t for it in items for t in it.whole.terms)
        df.update(e for it in items for e in it.whole.entities)
        n = max(1, len(items))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.default_idf = math.log(1 + n)
        # an entity named in ~5% of the quotes (or half of a small corpus) is fully informative
        self.informative = min(math.log(1 + 20), math.log(1 + n / 2)) or 1.0
        self.vectors: dict[tuple[int, int, str], list[float]] = {}

    def weight(self, terms) -> float:
        idf, d = self.idf, self.default_idf
        return sum(idf.get(t, d) for t in terms)

    def lexical(self, a: _Unit, b: _Unit) -> float:
        common = a.terms & b.terms
        if not common:
            return 0.0
        total = self.weight(a.terms) + self.weight(b.terms)
        return 2 * self.weight(common) / total if total else 0.0

    def entity(self, a: _Unit, b: _Unit) -> float | None:
        """idf-weighted Jaccard of the entities, damped when all they share is common ("Iraq")."""
        if not (a.entities or b.entities):
            return None
        common = a.entities & b.entities
        if not common:
            return 0.0
        wc = self.weight(common)
        return wc / self.weight(a.entities | b.entities) * min(1.0, wc / self.informative)

    def score(self, a: _Unit, b: _Unit) -> tuple[float, float, float | None, float | None, float | None]:
        s = self.settings
        lex = self.lexical(a, b)
        ent = self.entity(a, b)
        num = (len(a.numbers & b.numbers) / len(a.numbers | b.numbers)) if (a.numbers and b.numbers) else None
        parts = [(lex, s.lexical_weight)]
        if ent is not None:
            parts.append((ent, s.entity_weight))
        if num is not None:
            parts.append((num, s.number_weight))
        combined = sum(v * w for v, w in parts) / sum(w for _, w in parts)
        emb = None
        va, vb = self.vectors.get((a.start, a.end, a.text)), self.vectors.get((b.start, b.end, b.text))
        if va is not None and vb is not None:
            emb = _cosine(va, vb)
            combined = (1 - s.embedding_weight) * combined + s.embedding_weight * max(0.0, emb)
        return combined, lex, ent, num, emb

    def embed(self, units: list[_Unit]) -> None:
        if self.settings.embed is None or not units:
            return
        unique = list({(u.start, u.end, u.text): u for u in units}.values())
        for k in range(0, len(unique), 256):
            batch = unique[k:k + 256]
            vectors = self.settings.embed([u.text for u in batch])
            for u, v in zip(batch, vectors):
                self.vectors[(u.start, u.end, u.text)] = list(v)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na, nb = math.sqrt(sum(x * x for x in a)), math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def candidate_pairs(items: list[QuoteItem], settings: ClaimSettings,
                    story_of: dict[str, str] | None = None) -> list[tuple[int, int, bool]]:
    """(i, j, same_speaker) for quotes worth comparing: other documents, enough shared uncommon terms,
    speakers compatible (same or unknown), or different known speakers within one story."""
    story_of = story_of or {}
    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for t in it.whole.terms:
            index[t].append(i)
    cap = max(50, int(settings.max_term_df * len(items)))
    shared: Counter = Counter()
    for postings in index.values():
        if len(postings) < 2 or len(postings) > cap:
            continue
        for x in range(len(postings)):
            i = postings[x]
            for y in range(x + 1, len(postings)):
                shared[(i, postings[y])] += 1
    # within one story or speech event every pair is a candidate, however common its words are
    # elsewhere (a line every report of the story repeats); such groups are small
    groups: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        if story_of.get(it.ref.document_id):
            groups["st:" + story_of[it.ref.document_id]].append(i)
        if it.speech_event:
            groups["se:" + it.speech_event].append(i)
    for members in groups.values():
        if len(members) > settings.max_group_quotes:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                key = (i, j) if i < j else (j, i)
                if key not in shared:
                    shared[key] = len(items[i].whole.terms & items[j].whole.terms)
    out = []
    for (i, j), n in shared.items():
        if n < settings.min_shared_terms:
            continue
        a, b = items[i], items[j]
        if a.ref.document_id == b.ref.document_id:
            continue
        if a.speaker is None or b.speaker is None or a.speaker == b.speaker:
            out.append((i, j, True))
        else:
            sa, sb = story_of.get(a.ref.document_id), story_of.get(b.ref.document_id)
            if sa is not None and sa == sb:
                out.append((i, j, False))
    out.sort()
    return out


def _claim_id(a: QuoteRef, b: QuoteRef) -> str:
    return "cl-" + hashlib.sha1(f"{a.document_id}:{a.index}|{b.document_id}:{b.index}".encode()).hexdigest()[:10]


def compare_items(a: QuoteItem, b: QuoteItem, scorer: _Scorer, same_speaker: bool = True,
                  same_context: bool = True) -> ClaimLink | None:
    """The claim link between two quotes, or None. `same_context`: both are in one story or speech event."""
    s = scorer.settings
    whole = scorer.score(a.whole, b.whole)
    pairs = []
    if len(a.sentences) > 1 or len(b.sentences) > 1:
        for ua in a.sentences:
            if len(ua.terms) < s.min_unit_terms:
                continue
            for ub in b.sentences:
                if len(ub.terms) < s.min_unit_terms or not (ua.terms & ub.terms):
                    continue
                pairs.append((scorer.score(ua, ub), ua, ub))
    scored = [(whole, a.whole, b.whole)] + pairs
    eligible = [p for p in scored if len(p[1].terms & p[2].terms) >= s.min_link_terms]
    if not eligible:
        return None
    best = max(eligible, key=lambda p: p[0][0])[0]
    if not same_speaker:
        threshold = s.attribution_threshold
    elif same_context:
        threshold = s.threshold
    else:
        threshold = s.cross_story_threshold
    if best[0] < threshold:
        return None
    aligned: list[AlignedSpan] = []
    # single sentences first where they match about as well: the finest alignment that holds
    for sc, ua, ub in sorted(pairs, key=lambda p: (-(p[0][0] - WINDOW_PENALTY * (p[1].window + p[2].window)),
                                                   p[1].start, p[2].start)):
        if sc[0] < s.align_threshold or len(ua.terms & ub.terms) < s.min_link_terms:
            continue
        if any(ua.start < x.a_end and x.a_start < ua.end or ub.start < x.b_end and x.b_start < ub.end
               for x in aligned):
            continue
        aligned.append(AlignedSpan(ua.start, ua.end, ub.start, ub.end, round(sc[0], 4)))
    if not aligned:
        aligned = [AlignedSpan(a.whole.start, a.whole.end, b.whole.start, b.whole.end, round(whole[0], 4))]
    aligned.sort(key=lambda x: x.a_start)
    x, y = (a, b) if (a.ref.document_id, a.ref.index) <= (b.ref.document_id, b.ref.index) else (b, a)
    if x is not a:
        aligned = [AlignedSpan(p.b_start, p.b_end, p.a_start, p.a_end, p.score) for p in aligned]
        aligned.sort(key=lambda p: p.a_start)
    score, lex, ent, num, emb = best
    return ClaimLink(id=_claim_id(x.ref, y.ref), a=x.ref, b=y.ref, score=round(score, 4), lexical=round(lex, 4),
                     entity=None if ent is None else round(ent, 4), number=None if num is None else round(num, 4),
                     embedding=None if emb is None else round(emb, 4), same_speaker=same_speaker, spans=aligned)


def link_claims(items: list[QuoteItem], settings: ClaimSettings | None = None,
                story_of: dict[str, str] | None = None) -> list[ClaimLink]:
    """Claim links among prepared quotes. `story_of`: document id -> story cluster id."""
    settings = settings or ClaimSettings()
    scorer = _Scorer(items, settings)
    candidates = candidate_pairs(items, settings, story_of)
    if settings.embed is not None:
        units = [u for i, j, _ in candidates for it in (items[i], items[j]) for u in [it.whole, *it.sentences]]
        scorer.embed(units)
    links = []
    story_of = story_of or {}
    for i, j, same in candidates:
        a, b = items[i], items[j]
        sa = story_of.get(a.ref.document_id)
        context = (a.speech_event is not None and a.speech_event == b.speech_event) or \
            (sa is not None and sa == story_of.get(b.ref.document_id))
        link = compare_items(a, b, scorer, same, context)
        if link is not None:
            links.append(link)
    links.sort(key=lambda c: (-c.score, c.id))
    return links


def match_claims(pairs: list[tuple[Document, Extraction]], entity_of: dict, *,
                 speech_event_of: dict | None = None, story_of: dict[str, str] | None = None,
                 entity_names: dict | None = None, settings: ClaimSettings | None = None) -> list[ClaimLink]:
    """Claim links across the documents of `pairs` ((Document, Extraction) each)."""
    items = prepare_quotes(pairs, entity_of, speech_event_of, entity_names)
    return link_claims(items, settings, story_of)


def load_embedder(spec: str | None = None) -> Embedder | None:
    """The embedding backend named by `spec` or $ONRECORD_EMBED ("package.module:callable"), or None."""
    spec = spec if spec is not None else os.environ.get("ONRECORD_EMBED", "")
    if not spec.strip():
        return None
    module, _, attr = spec.strip().partition(":")
    if not attr:
        raise ValueError(f"ONRECORD_EMBED must be 'module:callable', got {spec!r}")
    fn = getattr(importlib.import_module(module), attr)
    if not callable(fn):
        raise ValueError(f"{spec!r} is not callable")
    return fn


def text_similarity(a: str, b: str, settings: ClaimSettings | None = None) -> float:
    """The claim score of two bare texts (no entities known): for tests and quick checks."""
    spans = L.EntitySpans([])
    ua, ub = _unit(a, 0, len(a), spans), _unit(b, 0, len(b), spans)
    scorer = _Scorer([], settings or ClaimSettings())
    scorer.idf, scorer.default_idf = {}, 1.0       # two texts tell nothing about rarity: all terms weigh 1
    return scorer.score(ua, ub)[0]
