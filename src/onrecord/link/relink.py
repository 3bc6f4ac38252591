"""Recompute every cross-document link from the store.

`relink(store)` recomputes every cross-document link from what the store holds plus the
analysts' recorded corrections, and replaces the previous links in one transaction. Recomputing
rather than patching keeps the result independent of ingest order.

Links are, in order: global entities, speech events (occasions), story clusters (with
syndicated copies), claim links (one statement across reports) and discrepancies (where the
reports of one event or statement differ). `compute_links` returns them as a `LinkResult`,
which unpacks as the pair (entities, speech_events) it always was, and carries the rest as
attributes.
"""
from __future__ import annotations

from onrecord.link.entities import resolve_entities
from onrecord.link.occasions import group_occasions
from onrecord.models import ClaimLink, Discrepancy, GlobalEntity, SpeechEvent, StoryCluster


class LinkResult(tuple):
    """(entities, speech_events), plus `.stories`, `.claims`, `.discrepancies`."""

    def __new__(cls, entities, speech_events, stories=None, claims=None, discrepancies=None):
        self = super().__new__(cls, (entities, speech_events))
        self.stories: list[StoryCluster] = list(stories or [])
        self.claims: list[ClaimLink] = list(claims or [])
        self.discrepancies: list[Discrepancy] = list(discrepancies or [])
        return self

    @property
    def entities(self) -> list[GlobalEntity]:
        return self[0]

    @property
    def speech_events(self) -> list[SpeechEvent]:
        return self[1]


class RelinkCounts(tuple):
    """(entities, speech_events) counts, plus `.stories`, `.claims`, `.discrepancies` counts."""

    def __new__(cls, entities: int, speech_events: int, stories: int = 0, claims: int = 0, discrepancies: int = 0):
        self = super().__new__(cls, (entities, speech_events))
        self.stories, self.claims, self.discrepancies = stories, claims, discrepancies
        return self


def compute_links(extractions, corrections=(), *, comparisons: bool = True, claim_settings=None,
                  story_settings=None, embed=None) -> LinkResult:
    """`extractions`: iterable of (Document, Extraction).

    `comparisons=False` computes entities and speech events only. `embed`: an optional
    embedding backend for claim matching (see `onrecord.link.claims`)."""
    pairs = list(extractions)
    items = [(doc.id, ent) for doc, ex in pairs for ent in ex.entities]
    entities = resolve_entities(items, list(corrections))
    entity_of = {(m.document_id, m.key): e.id for e in entities for m in e.members}
    occasions = []
    for doc, ex in pairs:
        for i, occ in enumerate(ex.occasions):
            speaker = entity_of.get((doc.id, occ.speaker_key)) if occ.speaker_key else None
            occasions.append((doc.id, i, occ, speaker))
    speech_events = group_occasions(occasions)
    if not comparisons:
        return LinkResult(entities, speech_events)
    stories, claims, discrepancies = compute_comparisons(pairs, entities, speech_events, claim_settings=claim_settings,
                                                         story_settings=story_settings, embed=embed)
    return LinkResult(entities, speech_events, stories, claims, discrepancies)


def compute_comparisons(pairs, entities: list[GlobalEntity], speech_events: list[SpeechEvent], *,
                        claim_settings=None, story_settings=None, embed=None):
    """Story clusters, claim links and discrepancies, given the entity and speech event links."""
    from dataclasses import replace

    from onrecord.link.claims import ClaimSettings, match_claims
    from onrecord.link.discrepancies import find_discrepancies
    from onrecord.link.stories import cluster_stories

    entity_of = {(m.document_id, m.key): e.id for e in entities for m in e.members}
    entity_names = {e.id: e.name for e in entities}
    speech_event_of = {(m.document_id, m.index): e.id for e in speech_events for m in e.members}
    stories = cluster_stories(pairs, entity_of, speech_event_of, story_settings)
    story_of = {m.document_id: c.id for c in stories for m in c.members}
    settings = claim_settings or ClaimSettings()
    if embed is not None:
        settings = replace(settings, embed=embed)
    claims = match_claims(pairs, entity_of, speech_event_of=speech_event_of, story_of=story_of,
                          entity_names=entity_names, settings=settings)
    discrepancies = find_discrepancies(pairs, stories, claims, entity_of, entity_names, speech_events)
    return stories, claims, discrepancies


def relink(store, *, embed=None) -> RelinkCounts:
    """Recompute and replace every link. `embed`: an embedding backend for claim matching; by
    default the one $ONRECORD_EMBED names, if any."""
    if embed is None:
        from onrecord.link.claims import load_embedder
        embed = load_embedder()
    result = compute_links(store.iter_extractions(), store.corrections(), embed=embed)
    store.replace_links(result.entities, result.speech_events, stories=result.stories, claims=result.claims,
                        discrepancies=result.discrepancies)
    return RelinkCounts(len(result.entities), len(result.speech_events), len(result.stories), len(result.claims),
                        len(result.discrepancies))
