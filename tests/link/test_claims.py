"""Claim matching: one statement in other words or translations, across documents."""
from __future__ import annotations

from onrecord.link import lexical as L
from onrecord.link.claims import ClaimSettings, match_claims, text_similarity
from onrecord.models import QuoteRef

from .compare_samples import Builder, corpus_entities, herald, kessel_2021, monitor, sumud, wire


def test_paraphrase_classes_and_compounds_meet():
    assert L.term("UAVs") == L.term("drones") == "drone"
    assert L.term("struck") == L.term("hits") == "strike"
    assert L.term("precision") == L.term("precise")
    assert L.term("occupier") == L.term("occupation")
    assert L.term("the") is None and L.term("said") is None
    assert "airbase" in L.content_terms("an attack on the Ayn Al-Asad air base")
    assert L.numbers("eight fighters, 12 civilians and 1,200 troops") == {8, 12, 1200}


def test_sentence_spans_are_offsets_into_the_text():
    text = 'He said: "We will not stop. The U.S. forces must leave." Then he left.'
    spans = L.sentence_spans(text, 10, 56)
    assert [text[s:e] for s, e in spans] == ["We will not stop.", "The U.S. forces must leave."]


def test_two_translations_score_high_and_unrelated_statements_low():
    memri = ("Iraqi resistance now has UAVs with high-precision strike capabilities, used on the Ayn Al-Asad air base "
             "despite the radar of the Patriot system")
    islam_times = ("the unmanned drones which made precise hits against the Ain al-Assad airbase, breaching all radar "
                   "and defense systems")
    unrelated = "The Palestinian people have a strong will to expel the Zionists from Palestine"
    assert text_similarity(memri, islam_times) > 0.4
    assert text_similarity(memri, unrelated) < 0.1


def test_translated_quote_is_linked_with_aligned_sentence_spans():
    a, b = sumud(), monitor()
    links = match_claims([a.pair(), b.pair()], corpus_entities([a, b]))
    assert len(links) == 1
    link = links[0]
    assert link.same_speaker and link.score >= 0.5 and link.embedding is None
    assert {link.a.document_id, link.b.document_id} == {a.id, b.id}
    text = {a.id: a.doc.text, b.id: b.doc.text}
    pairs = {(text[link.a.document_id][s.a_start:s.a_end], text[link.b.document_id][s.b_start:s.b_end])
             for s in link.spans}
    pairs = {tuple(sorted(p)) for p in pairs}
    assert tuple(sorted(("The drones that hit Tarvo will not break our will.",
                         "The UAVs that struck Tarvo cannot break our resolve."))) in pairs
    assert tuple(sorted(("The occupation will pay a heavy price for the blood of our martyrs.",
                         "The occupier will pay dearly for the blood of our martyrs."))) in pairs


def test_quotes_of_different_known_speakers_are_compared_only_within_one_story():
    h, w = herald(), wire()
    pairs, entity_of = [h.pair(), w.pair()], corpus_entities([h, w])
    assert match_claims(pairs, entity_of) == []                       # Hamdan vs Oud, no story known
    links = match_claims(pairs, entity_of, story_of={h.id: "st-1", w.id: "st-1"})
    assert len(links) == 1 and links[0].same_speaker is False and links[0].score == 1.0


def test_a_repeated_line_on_another_occasion_needs_the_stricter_threshold():
    h, k = herald(), kessel_2021()
    pairs, entity_of = [h.pair(), k.pair()], corpus_entities([h, k])
    same_words = match_claims(pairs, entity_of, story_of={h.id: "st-1", k.id: "st-2"})
    assert len(same_words) == 1                                        # identical words: linked anyway
    strict = ClaimSettings(cross_story_threshold=1.01)
    assert match_claims(pairs, entity_of, story_of={h.id: "st-1", k.id: "st-2"}, settings=strict) == []
    assert len(match_claims(pairs, entity_of, story_of={h.id: "st-1", k.id: "st-1"}, settings=strict)) == 1


def test_quotes_in_one_document_are_never_paired_and_unknown_speakers_are_compared():
    b = Builder("one", 'A said: "The drones hit the base at dawn." B said: "The drones hit the base at dawn."')
    b.quote("The drones hit the base at dawn.", "A")
    b.ex.quotes.append(b.ex.quotes[0].__class__(b.doc.text.rindex("The drones"), len(b.doc.text) - 1,
                                                "The drones hit the base at dawn.", "direct"))
    other = Builder("two", 'Someone said: "UAVs struck the base at dawn."')
    other.quote("UAVs struck the base at dawn.")
    links = match_claims([b.pair(), other.pair()], {})
    assert {(l.a.document_id, l.b.document_id) for l in links} == {tuple(sorted((b.id, other.id)))}
    assert len(links) == 2 and all(l.a.document_id != l.b.document_id for l in links)


def test_embedding_backend_is_used_only_when_configured():
    calls = []

    def embed(texts):
        calls.append(len(texts))
        return [[1.0, float("drone" in t.lower() or "uav" in t.lower())] for t in texts]

    a, b = sumud(), monitor()
    pairs, entity_of = [a.pair(), b.pair()], corpus_entities([a, b])
    plain = match_claims(pairs, entity_of)
    assert not calls and plain[0].embedding is None
    with_embedding = match_claims(pairs, entity_of, settings=ClaimSettings(embed=embed))
    assert calls and with_embedding[0].embedding is not None
    assert 0.0 <= with_embedding[0].embedding <= 1.0


def test_claim_refs_point_at_the_quotes():
    a, b = sumud(), monitor()
    link = match_claims([a.pair(), b.pair()], corpus_entities([a, b]))[0]
    for ref in (link.a, link.b):
        assert isinstance(ref, QuoteRef)
        ex = a.ex if ref.document_id == a.id else b.ex
        assert ex.quotes[ref.index].speaker_name in ("Tareq Hamdan", "Tarek Hamdan")


def test_embedding_backend_from_the_environment(monkeypatch):
    from onrecord.link.claims import load_embedder
    monkeypatch.delenv("ONRECORD_EMBED", raising=False)
    assert load_embedder() is None
    monkeypatch.setenv("ONRECORD_EMBED", "os.path:basename")
    import os.path
    assert load_embedder() is os.path.basename
    import pytest
    with pytest.raises(ValueError):
        load_embedder("os.path")
