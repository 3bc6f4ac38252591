"""Comparisons across sources in the store: story clusters, claim links, discrepancies (schema v3)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError
from store_samples import FADAK_TEXT, KHAZALI_TEXT, corpus, doc_id, links

from onrecord.link.relink import LinkResult, RelinkCounts, compute_links, relink
from onrecord.models import (AlignedSpan, ClaimLink, Discrepancy, DiscrepancySide, QuoteRef, StoryCluster,
                             StoryMember)
from onrecord.store import Store, migrations
from onrecord.store.engine import begin_write, create_store_engine

K, F = doc_id(KHAZALI_TEXT), doc_id(FADAK_TEXT)


def comparisons():
    stories = [StoryCluster("st-1", "Khazali interview", "2021-06-01", "2021-06-02",
                            [StoryMember(K), StoryMember(F, syndicated_of=K, similarity=0.93)])]
    claims = [ClaimLink("cl-1", QuoteRef(F, 0), QuoteRef(K, 0), 0.81, 0.7, entity=1.0, number=None,
                        same_speaker=True, spans=[AlignedSpan(0, 10, 5, 20, 0.8)])]
    discrepancies = [Discrepancy("dx-1", "fatalities", "ev-1", "ASSAULT: killed 5 vs 8", "st-1",
                                 [DiscrepancySide(5, K, 0, 10, KHAZALI_TEXT[0:10], 2, 4),
                                  DiscrepancySide(8, F, 3, 9, FADAK_TEXT[3:9])]),
                     Discrepancy("dx-2", "wording", "se-1", None, None, [])]
    return stories, claims, discrepancies


def test_replace_comparisons_round_trips(filled_store):
    stories, claims, discrepancies = comparisons()
    filled_store.replace_comparisons(stories, claims, discrepancies)
    assert filled_store.stories() == stories
    assert filled_store.stories()[0].members[1].syndicated
    assert filled_store.claim_links() == claims
    assert filled_store.claim_links(document_id=K) == claims and filled_store.claim_links(document_id="x") == []
    assert filled_store.discrepancies() == discrepancies
    assert filled_store.discrepancies("fatalities") == discrepancies[:1]
    assert filled_store.story_id_for(F) == "st-1" and filled_store.story_id_for("x") is None
    stats = filled_store.stats()
    assert (stats["story_clusters"], stats["story_members"], stats["claim_links"], stats["discrepancies"]) == (1, 2, 1, 2)


def test_replace_links_replaces_comparisons_only_when_given(filled_store):
    filled_store.replace_comparisons(*comparisons())
    filled_store.replace_links(*links())
    assert len(filled_store.discrepancies()) == 2                   # untouched
    filled_store.replace_links(*links(), stories=[], claims=[], discrepancies=[])
    assert filled_store.stories() == [] and filled_store.claim_links() == [] and filled_store.discrepancies() == []


def test_a_document_in_two_stories_is_refused_and_nothing_changes(filled_store):
    filled_store.replace_comparisons(*comparisons())
    bad = [StoryCluster("st-a", members=[StoryMember(K)]), StoryCluster("st-b", members=[StoryMember(K)])]
    with pytest.raises(IntegrityError):
        filled_store.replace_comparisons(bad, [], [])
    assert [s.id for s in filled_store.stories()] == ["st-1"]


def test_version_2_database_gains_the_comparison_tables(db_path):
    engine = create_store_engine(db_path)
    migrations.migrate(engine, target=2, begin_write=begin_write)
    old = Store(engine)
    for document, extraction in corpus():
        old.save(document, extraction)
    old.close()
    with sqlite3.connect(db_path) as conn:
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'claim_links'").fetchall()
    with Store.open(db_path) as upgraded:
        assert upgraded.schema_version == 3
        assert upgraded.stats()["documents"] == 3 and upgraded.discrepancies() == []
        upgraded.replace_comparisons(*comparisons())
        assert len(upgraded.claim_links()) == 1


def test_relink_keeps_its_two_counts_and_stores_the_comparisons(filled_store):
    counts = relink(filled_store)
    n_entities, n_events = counts                                   # as pipeline and cli unpack it
    assert isinstance(counts, RelinkCounts) and n_entities == len(filled_store.entities())
    assert counts.stories == len(filled_store.stories()) >= 1
    assert counts.claims == len(filled_store.claim_links())
    result = compute_links(filled_store.iter_extractions())
    entities, speech_events = result
    assert isinstance(result, LinkResult) and result.entities is entities and result.speech_events is speech_events
    assert sorted(d for s in result.stories for d in s.document_ids) == sorted(d.id for d in filled_store.documents())
    plain = compute_links(filled_store.iter_extractions(), comparisons=False)
    assert plain.stories == [] and len(plain) == 2
