"""Story clustering and syndicated copies."""
from __future__ import annotations

import random
from datetime import date

from onrecord.link.stories import (LSHIndex, StorySettings, cluster_stories, estimate_jaccard, minhash,
                                   place_relation, story_doc, time_relation)
from onrecord.models import DateRange

from .compare_samples import corpus, corpus_entities, frontier, herald, kessel_2021, sumud, wire, wire_copy


def test_minhash_estimates_jaccard():
    a = {f"w{i}" for i in range(200)}
    b = {f"w{i}" for i in range(100, 300)}          # true Jaccard 1/3
    assert abs(estimate_jaccard(minhash(a, 128), minhash(b, 128)) - 1 / 3) < 0.12
    assert estimate_jaccard(minhash(a), minhash(set(a))) == 1.0
    assert estimate_jaccard(minhash(a), minhash({f"x{i}" for i in range(200)})) < 0.1


def test_lsh_finds_near_duplicates_and_not_strangers():
    index = LSHIndex(bands=16, rows=4)
    base = {f"w{i}" for i in range(300)}
    index.insert("base", minhash(base))
    index.insert("other", minhash({f"z{i}" for i in range(300)}))
    near = set(base) - {f"w{i}" for i in range(15)}
    assert index.query(minhash(near)) == {"base"}


def test_time_and_place_relations():
    s = StorySettings()
    h, k, f = (story_doc(*b.pair()) for b in (herald(), kessel_2021(), frontier()))
    assert time_relation(h, k, s) == "incompatible"           # 2024 vs 2021
    assert time_relation(h, f, s) == "compatible"
    undated = story_doc(*herald().pair())
    undated.anchors, undated.published_date = [], None
    assert time_relation(h, undated, s) == "unknown"
    assert place_relation(h.places, h.place_keys, k.places, k.place_keys) == "different"   # Tarvo vs Kessel
    assert place_relation(h.places, h.place_keys, f.places, f.place_keys) == "related"     # Velm, near Tarvo
    assert place_relation(h.places, h.place_keys, h.places, h.place_keys) == "same"


def test_reports_of_one_strike_form_one_story_and_the_look_alike_stays_apart():
    builders = corpus()
    by_name = {b.doc.source.rsplit("/", 1)[1][:-4]: b.id for b in builders}
    clusters = cluster_stories([b.pair() for b in builders], corpus_entities(builders))
    story_of = {m.document_id: c.id for c in clusters for m in c.members}
    strike = story_of[by_name["herald"]]
    for name in ("sumud", "wire", "wire_copy", "frontier"):
        assert story_of[by_name[name]] == strike, name
    assert story_of[by_name["kessel"]] != strike
    assert [m.document_id for c in clusters for m in c.members if c.id == story_of[by_name["kessel"]]] \
        == [by_name["kessel"]]


def test_syndicated_copy_is_flagged_with_its_original():
    builders = [wire(), wire_copy(), herald()]
    clusters = cluster_stories([b.pair() for b in builders], corpus_entities(builders))
    members = {m.document_id: m for c in clusters for m in c.members}
    copy = members[builders[1].id]
    original = members[builders[0].id]
    assert copy.syndicated and copy.syndicated_of == builders[0].id and copy.similarity >= 0.8
    assert not original.syndicated
    assert not members[builders[2].id].syndicated           # same story, own words


def test_of_two_copies_published_together_one_is_the_original():
    a, b = wire(), wire_copy()
    b.doc.published = a.doc.published
    [story] = cluster_stories([a.pair(), b.pair()], corpus_entities([a, b]))
    flagged = [m for m in story.members if m.syndicated]
    assert len(flagged) == 1 and flagged[0].syndicated_of in {a.id, b.id} - {flagged[0].document_id}


def test_look_alike_wording_is_not_syndication():
    builders = [herald(), kessel_2021()]
    clusters = cluster_stories([b.pair() for b in builders], corpus_entities(builders))
    assert len(clusters) == 2 and not any(m.syndicated for c in clusters for m in c.members)


def test_clusters_do_not_depend_on_input_order():
    builders = corpus()
    entity_of = corpus_entities(builders)
    reference = sorted(sorted(c.document_ids) for c in cluster_stories([b.pair() for b in builders], entity_of))
    rng = random.Random(7)
    for _ in range(3):
        rng.shuffle(builders)
        again = sorted(sorted(c.document_ids) for c in cluster_stories([b.pair() for b in builders], entity_of))
        assert again == reference


def test_a_story_without_dates_needs_more_shared_words():
    a, b = sumud(), herald()
    for x in (a, b):
        x.doc.published = None
        for e in x.ex.events:
            e.date = None
    # one kind of event in one place, dates unknown: weak evidence, enough with some shared wording
    assert len(cluster_stories([a.pair(), b.pair()], corpus_entities([a, b]))) == 1
    strict = StorySettings(weak_event_threshold=0.9, unanchored_threshold=0.9)
    assert len(cluster_stories([a.pair(), b.pair()], corpus_entities([a, b]), settings=strict)) == 2


def test_story_metadata():
    builders = [herald(), sumud()]
    [story] = cluster_stories([b.pair() for b in builders], corpus_entities(builders))
    assert story.id.startswith("st-") and story.first_published == "2024-03-12"
    assert story.last_published == "2024-03-13" and story.title


def test_date_ranges_compare_with_tolerance():
    s = StorySettings(date_tolerance_days=1)
    h, w = story_doc(*herald().pair()), story_doc(*wire().pair())
    assert time_relation(h, w, s) == "compatible"           # 10 vs 11 March
    w.anchors = [DateRange.day(date(2024, 3, 5))]
    assert time_relation(h, w, s) == "incompatible"


def test_incremental_index_files_documents_as_they_come():
    from onrecord.link.stories import StoryIndex
    index = StoryIndex()
    entity_of = corpus_entities(corpus())
    h, s, k = herald(), sumud(), kessel_2021()
    first = index.add(story_doc(*h.pair(), entity_of))
    assert index.add(story_doc(*s.pair(), entity_of)) == first
    assert index.add(story_doc(*k.pair(), entity_of)) != first
    assert [len(c.members) for c in index.story_clusters()] == [2, 1]
