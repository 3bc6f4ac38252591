"""Discrepancies between the reports of one event or one statement."""
from __future__ import annotations

from onrecord.link.claims import match_claims
from onrecord.link.discrepancies import find_discrepancies, group_events
from onrecord.link.stories import cluster_stories

from .compare_samples import Builder, corpus, corpus_entities, herald, kessel_2021, monitor, sumud


def run(builders):
    pairs = [b.pair() for b in builders]
    entity_of = corpus_entities(builders)
    stories = cluster_stories(pairs, entity_of)
    story_of = {m.document_id: c.id for c in stories for m in c.members}
    names = {"E-tarek-hamdan": "Tarek Hamdan", "E-samir-oud": "Samir Oud"}
    claims = match_claims(pairs, entity_of, story_of=story_of, entity_names=names)
    return find_discrepancies(pairs, stories, claims, entity_of, names), {b.id: b for b in builders}


def by_kind(found, kind):
    return [d for d in found if d.kind == kind]


def values(d, docs):
    return sorted((docs[s.document_id].doc.source.rsplit("/", 1)[1][:-4], s.value) for s in d.sides)


def test_every_side_points_at_its_span():
    found, docs = run(corpus())
    assert found
    for d in found:
        assert d.id.startswith("dx-") and d.subject and d.story_id and len(d.document_ids) >= 2
        for s in d.sides:
            text = docs[s.document_id].doc.text
            assert text[s.start:s.end] == s.text
            if s.value_start is not None and d.kind == "attribution":   # the speaker's mention, near the quote
                assert text[s.value_start:s.value_end] == s.value
            elif s.value_start is not None:
                assert s.start <= s.value_start < s.value_end <= s.end


def test_fatalities_five_against_eight():
    found, docs = run(corpus())
    [d] = by_kind(found, "fatalities")
    assert values(d, docs) == [("frontier", 5), ("herald", 5), ("sumud", 8), ("wire", 5), ("wire_copy", 5)]
    side = next(s for s in d.sides if s.value == 8)
    assert docs[side.document_id].doc.text[side.value_start:side.value_end] == "eight"
    assert d.subject.startswith("ev-")


def test_date_sunday_against_monday():
    found, docs = run(corpus())
    [d] = by_kind(found, "date")
    assert {v for _, v in values(d, docs)} == {"2024-03-10", "2024-03-11"}
    assert ("wire", "2024-03-10") in values(d, docs) and ("herald", "2024-03-11") in values(d, docs)


def test_place_velm_against_tarvo():
    found, docs = run(corpus())
    [d] = by_kind(found, "place")
    assert ("frontier", "Velm") in values(d, docs) and ("herald", "Tarvo") in values(d, docs)
    side = next(s for s in d.sides if s.value == "Velm")
    assert docs[side.document_id].doc.text[side.value_start:side.value_end] == "Velm"


def test_one_quote_two_speakers():
    found, docs = run(corpus())
    [d] = by_kind(found, "attribution")
    assert values(d, docs) == [("herald", "Tarek Hamdan"), ("wire", "Samir Oud"), ("wire_copy", "Samir Oud")]
    hamdan = next(s for s in d.sides if s.value == "Tarek Hamdan")
    assert docs[hamdan.document_id].doc.text[hamdan.value_start:hamdan.value_end] == "Tarek Hamdan"


def test_two_translations_of_one_statement():
    found, docs = run(corpus())
    [d] = by_kind(found, "wording")
    texts = {docs[s.document_id].doc.source.rsplit("/", 1)[1][:-4]: s.text for s in d.sides}
    assert texts["monitor"].startswith("The UAVs that struck Tarvo")
    assert texts["sumud"].startswith("The drones that hit Tarvo")


def test_the_look_alike_strike_is_never_compared():
    found, docs = run(corpus())
    kessel = next(b.id for b in docs.values() if "kessel" in b.doc.source)
    assert all(kessel not in d.document_ids for d in found)


def test_identical_reports_have_no_discrepancy():
    a, b = herald(), herald()
    b.doc.id, b.ex.document_id, b.doc.source = "f" * 64, "f" * 64, "/corpus/herald2.txt"
    found, _ = run([a, b])
    assert found == []


def test_events_of_different_places_or_parties_are_not_one_event():
    h = herald()
    other = Builder("other", "Dravian drones struck a depot in Kessel on Monday, killing eight fighters.",
                    published="2024-03-12")
    other.entity("LOC", "Kessel")
    other.event("ASSAULT", "Dravian drones struck a depot in Kessel on Monday, killing eight fighters",
                on=h.ex.events[0].date.start, location="Kessel", fatalities=8)
    groups = group_events([h.pair(), other.pair()])
    assert len(groups) == 2
    rebel = Builder("rebel", "Rebels struck a depot in Tarvo on Monday, killing eight fighters.", published="2024-03-12")
    rebel.entity("LOC", "Tarvo")
    rebel.event("ASSAULT", "Rebels struck a depot in Tarvo on Monday, killing eight fighters",
                on=h.ex.events[0].date.start, location="Tarvo", fatalities=8, actor="Northern Rebels")
    assert len(group_events([h.pair(), rebel.pair()])) == 2
    assert len(group_events([h.pair(), sumud().pair()])) == 1


def test_statement_in_one_speech_event_without_a_story():
    a, b = sumud(), monitor()
    pairs = [a.pair(), b.pair()]
    entity_of = corpus_entities([a, b])
    claims = match_claims(pairs, entity_of)
    # no stories known: a claim counts as one statement only within one speech event
    assert find_discrepancies(pairs, [], claims, entity_of) == []
    a.ex.quotes[0].occasion = b.ex.quotes[0].occasion = 0
    from onrecord.models import OccasionRef, SpeechEvent
    se = SpeechEvent("se-1", "E-tarek-hamdan", None, "Sumud TV", members=[OccasionRef(a.id, 0), OccasionRef(b.id, 0)])
    found = find_discrepancies(pairs, [], claims, entity_of, speech_events=[se])
    assert [d.kind for d in found] == ["wording"] and found[0].subject == "se-1"


def test_kessel_alone_has_nothing_to_compare():
    found, _ = run([kessel_2021()])
    assert found == []


def test_one_statement_dated_differently_by_its_reports():
    from datetime import date

    from onrecord.models import DateRange, Occasion, StoryCluster, StoryMember
    a, b = sumud(), monitor()
    for x, day, words in ((a, 12, "Commander Tareq Hamdan said"), (b, 13, "Tarek Hamdan:")):
        s = x.doc.text.index(words)
        x.ex.occasions.append(Occasion(s, s + len(words), words, "speech", "Sumud TV",
                                       DateRange.day(date(2024, 3, day))))
        x.ex.quotes[0].occasion = 0
    pairs, entity_of = [a.pair(), b.pair()], corpus_entities([a, b])
    story = StoryCluster("st-x", members=[StoryMember(a.id), StoryMember(b.id)])
    claims = match_claims(pairs, entity_of, story_of={a.id: "st-x", b.id: "st-x"})
    found = find_discrepancies(pairs, [story], claims, entity_of)
    [d] = [d for d in found if d.kind == "date"]
    assert sorted(s.value for s in d.sides) == ["2024-03-12", "2024-03-13"]
    assert {s.text for s in d.sides} == {"Commander Tareq Hamdan said", "Tarek Hamdan:"}
