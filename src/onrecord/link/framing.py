"""Framing: how each outlet names the same actors and events ("militia" vs "resistance",
"killed" vs "martyred", "occupation" vs "presence"), computed from the corpus.

Per outlet (Document.outlet, else its broadcaster, else "(unknown outlet)") we count the words
in context windows around the mentions of *shared* entities (named by at least two outlets) and
in the evidence of reported events: the words a report puts next to the actors and events that
other reports name too. Each outlet's counts are compared with all other outlets' by the weighted
log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
Words", eq. 22): the prior is the corpus-wide frequency of each word scaled to `prior_strength`
pseudo-counts, and each word's log-odds difference is divided by its estimated standard deviation
to give a z-score. The top terms per outlet are ranked by that z-score alone.

A short list of known contrast pairs (`SEED_PAIRS`) is counted per outlet and shown first, as a
reader's guide; it does not influence the ranking.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from onrecord.link.lexical import STOPWORDS
from onrecord.models import Document, Extraction, GlobalEntity, StoryCluster

UNKNOWN_OUTLET = "(unknown outlet)"

# (label a, label b, forms of a, forms of b)
SEED_PAIRS: list[tuple[str, str, frozenset[str], frozenset[str]]] = [
    ("militia", "resistance", frozenset({"militia", "militias", "militiamen", "militiaman", "militant", "militants"}),
     frozenset({"resistance"})),
    ("killed", "martyred", frozenset({"killed", "kill", "kills", "killing"}),
     frozenset({"martyred", "martyr", "martyrs", "martyrdom"})),
    ("occupation", "presence", frozenset({"occupation", "occupier", "occupiers", "occupying", "occupied"}),
     frozenset({"presence"})),
    ("terrorists", "fighters", frozenset({"terrorist", "terrorists", "terror"}),
     frozenset({"fighter", "fighters"})),
    ("strike", "aggression", frozenset({"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks"}),
     frozenset({"aggression"})),
    ("government", "regime", frozenset({"government", "administration"}), frozenset({"regime"})),
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


@dataclass
class TermScore:
    term: str
    count: int              # in this outlet's context windows
    rest_count: int         # in every other outlet's
    z: float                # weighted log-odds z-score, this outlet vs the rest
    log_odds: float


@dataclass
class OutletFraming:
    outlet: str
    documents: int
    tokens: int                                             # context-window words counted
    top_terms: list[TermScore] = field(default_factory=list)
    seed_pairs: list[dict] = field(default_factory=list)    # {a, b, a_count, b_count}
    names: dict[str, list[str]] = field(default_factory=dict)   # shared entity -> how this outlet names it

    def to_dict(self) -> dict:
        return {"outlet": self.outlet, "documents": self.documents, "tokens": self.tokens,
                "top_terms": [{"term": t.term, "count": t.count, "rest_count": t.rest_count, "z": round(t.z, 3),
                               "log_odds": round(t.log_odds, 3)} for t in self.top_terms],
                "seed_pairs": self.seed_pairs, "names": self.names}


def outlet_of(doc: Document) -> str:
    return (doc.outlet or doc.broadcaster or "").strip() or UNKNOWN_OUTLET


def _tokens(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[str]:
    out = []
    for m in _WORD.finditer(text, start, end):
        s, e = m.start(), m.end()
        if any(a <= s and e <= b for a, b in skip):
            continue
        w = m.group(0).lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 3 or w in STOPWORDS:
            continue
        out.append(w)
    return out


def context_windows(doc: Document, ex: Extraction, entity_ids: list[str | None], shared: set[str],
                    window: int = 6, events: bool = True) -> list[tuple[int, int]]:
    """Spans around the mentions of shared entities (`window` words each side) and of event evidence."""
    text = doc.text
    bounds = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    starts = [b[0] for b in bounds]
    spans = []
    from bisect import bisect_left
    for m, ent in zip(ex.mentions, entity_ids):
        if ent is None or ent not in shared:
            continue
        i = bisect_left(starts, m.start)
        j = bisect_left(starts, m.end)
        lo = bounds[max(0, i - window)][0] if bounds else m.start
        hi = bounds[min(len(bounds) - 1, j + window - 1)][1] if bounds and j < len(bounds) else len(text)
        spans.append((min(lo, m.start), max(hi, m.end)))
    if events:
        spans.extend((e.start, e.end) for e in ex.events)
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def weighted_log_odds(counts: Counter, rest: Counter, prior: Counter, prior_strength: float) -> dict[str, tuple[float, float]]:
    """word -> (log-odds difference, z-score) of `counts` vs `rest` with an informative Dirichlet
    prior proportional to `prior` (Monroe, Colaresi & Quinn 2008)."""
    n_i, n_j = sum(counts.values()), sum(rest.values())
    n_prior = sum(prior.values()) or 1
    a0 = prior_strength
    out = {}
    for w in set(counts) | set(rest):
        aw = a0 * prior.get(w, 0) / n_prior
        if aw <= 0:
            aw = a0 / n_prior
        yi, yj = counts.get(w, 0), rest.get(w, 0)
        li = math.log((yi + aw) / max(1e-9, n_i + a0 - yi - aw))
        lj = math.log((yj + aw) / max(1e-9, n_j + a0 - yj - aw))
        delta = li - lj
        var = 1.0 / (yi + aw) + 1.0 / (yj + aw)
        out[w] = (delta, delta / math.sqrt(var))
    return out


def compute_framing(pairs: list[tuple[Document, Extraction]], entities: list[GlobalEntity] | None = None,
                    stories: list[StoryCluster] | None = None, *, top: int = 10, window: int = 6,
                    prior_strength: float | None = None, min_count: int = 2) -> list[OutletFraming]:
    """Per-outlet framing of the corpus, outlets by number of documents.

    `entities`: the global entities (for which mentions are shared across outlets); without them,
    mentions count by their local key's name. `stories`: when given, syndicated copies are left
    out and event evidence counts only in stories that at least two outlets report.
    `prior_strength`: pseudo-counts of the prior (default: a tenth of all counted words, at least 10)."""
    entity_of = {(m.document_id, m.key): e.id for e in (entities or []) for m in e.members}
    names = {e.id: e.name for e in (entities or [])}
    outlet = {doc.id: outlet_of(doc) for doc, _ in pairs}
    docs_per_outlet = Counter(outlet.values())

    def ent_id(doc_id, key):
        return entity_of.get((doc_id, key)) or "local:" + key.split(":", 1)[-1]

    outlets_of_entity: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for doc, ex in pairs:
        for m in ex.mentions:
            e = ent_id(doc.id, m.entity_key)
            outlets_of_entity[e].add(outlet[doc.id])
            forms[e][outlet[doc.id]][m.text] += 1
    shared = {e for e, outs in outlets_of_entity.items() if len(outs) >= 2}

    # a syndicated copy's words are not its own; events count where several outlets report the story
    copies: set[str] = set()
    event_docs = None
    if stories is not None:
        event_docs = set()
        for story in stories:
            copies.update(m.document_id for m in story.members if m.syndicated_of)
            ids = [m.document_id for m in story.members if not m.syndicated_of]
            if len({outlet.get(d) for d in ids}) >= 2:
                event_docs.update(ids)

    counts: dict[str, Counter] = defaultdict(Counter)
    seed_counts: dict[str, Counter] = defaultdict(Counter)
    for doc, ex in pairs:
        o = outlet[doc.id]
        all_words = [w.lower() for w in _WORD.findall(doc.text)]
        for la, lb, fa, fb in SEED_PAIRS:
            seed_counts[o][la] += sum(w in fa for w in all_words)
            seed_counts[o][lb] += sum(w in fb for w in all_words)
        if doc.id in copies:
            continue
        ids = [ent_id(doc.id, m.entity_key) for m in ex.mentions]
        mention_spans = [(m.start, m.end) for m in ex.mentions]
        own_name = {w.lower() for w in _WORD.findall(o)}
        with_events = event_docs is None or doc.id in event_docs
        for s, e in context_windows(doc, ex, ids, shared, window, events=with_events):
            counts[o].update(w for w in _tokens(doc.text, s, e, mention_spans) if w not in own_name)

    total = Counter()
    for c in counts.values():
        total.update(c)
    n_total = sum(total.values())
    strength = prior_strength if prior_strength is not None else max(10.0, 0.1 * n_total)

    result = []
    for o in sorted(docs_per_outlet, key=lambda x: (-docs_per_outlet[x], x)):
        mine = counts.get(o, Counter())
        rest = total - mine
        scores = weighted_log_odds(mine, rest, total, strength) if mine else {}
        ranked = sorted((w for w in mine if mine[w] >= min_count and scores[w][1] > 0),
                        key=lambda w: (-scores[w][1], w))
        if len(ranked) < top:       # a small outlet: single occurrences too, after the rest
            ranked += sorted((w for w in mine if mine[w] < min_count and scores[w][1] > 0),
                             key=lambda w: (-scores[w][1], w))
        top_terms = [TermScore(w, mine[w], rest.get(w, 0), scores[w][1], scores[w][0]) for w in ranked[:top]]
        seeds = [{"a": la, "b": lb, "a_count": seed_counts[o][la], "b_count": seed_counts[o][lb]}
                 for la, lb, _, _ in SEED_PAIRS if seed_counts[o][la] or seed_counts[o][lb]]
        named = {}
        for e in sorted(shared, key=lambda e: (-sum(sum(c.values()) for c in forms[e].values()), e)):
            if o in forms[e]:
                named[names.get(e) or e.split(":", 1)[-1]] = [f for f, _ in forms[e][o].most_common(5)]
        result.append(OutletFraming(o, docs_per_outlet[o], sum(mine.values()), top_terms, seeds,
                                    dict(list(named.items())[:10])))
    return result
