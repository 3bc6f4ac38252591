"""Link results (global entities, speech events) and analyst corrections."""
from __future__ import annotations

from datetime import date

from store_samples import FADAK_TEXT, KHAZALI_TEXT, corpus, doc_id, links

from onrecord.models import DateRange, EntityRef, GlobalEntity, OccasionRef, SpeechEvent
from onrecord.store import Store

K, F = doc_id(KHAZALI_TEXT), doc_id(FADAK_TEXT)


def test_replace_links_round_trips_entities_and_speech_events(filled_store):
    entities, speech_events = links()
    filled_store.replace_links(entities, speech_events)

    assert filled_store.entities() == entities
    assert filled_store.speech_events() == speech_events
    assert filled_store.speech_events()[0].date == DateRange.day(date(2021, 6, 1))
    assert filled_store.speech_events()[0].document_ids == [K]


def test_entities_filtered_by_type_keep_their_members(filled_store):
    filled_store.replace_links(*links())
    organisations = filled_store.entities(type="ORG")
    assert [e.id for e in organisations] == ["E-aah"]
    assert organisations[0].members == [EntityRef(K, "ORG:asa'ib ahl al-haq")]
    assert [e.id for e in filled_store.entities("PER")] == ["E-khazali", "E-nasrallah", "E-fadak"]
    assert filled_store.entities("LOC") == []


def test_lookups_from_local_to_global(filled_store):
    filled_store.replace_links(*links())
    assert filled_store.entity_id_for(K, "PER:qais khazali") == "E-khazali"
    assert filled_store.entity_id_for(F, "PER:abu fadak al-mohammadawi") == "E-fadak"
    assert filled_store.entity_id_for(K, "LOC:ain al-asad") is None          # not linked
    assert filled_store.entity_id_for("0" * 64, "PER:qais khazali") is None
    assert filled_store.speech_event_id_for(K, 0) == "S-interview"
    assert filled_store.speech_event_id_for(K, 1) == "S-speech"
    assert filled_store.speech_event_id_for(K, 2) is None


def test_relink_replaces_links_wholesale(filled_store):
    filled_store.replace_links(*links())
    merged = GlobalEntity("E-both", "Qais al-Khazali", "PER", aliases=["Khazali"],
                          members=[EntityRef(K, "PER:qais khazali"), EntityRef(F, "PER:abu fadak al-mohammadawi")])
    event = SpeechEvent("S-new", "E-both", DateRange(date(2021, 6, 1), date(2021, 6, 30), "month"), "Al-Ahd TV",
                        members=[OccasionRef(K, 0), OccasionRef(K, 1)])
    filled_store.replace_links([merged], [event])

    assert filled_store.entities() == [merged]
    assert filled_store.speech_events() == [event]
    assert filled_store.entity_id_for(F, "PER:abu fadak al-mohammadawi") == "E-both"
    assert filled_store.entity_id_for(K, "PER:hasan nasrallah") is None
    stats = filled_store.stats()
    assert (stats["entities"], stats["entity_members"], stats["speech_events"], stats["speech_event_members"]) \
        == (1, 2, 1, 2)

    filled_store.replace_links([], [])
    assert filled_store.entities() == [] and filled_store.speech_events() == []


def test_corrections_are_kept_in_order_with_their_payload(store):
    first = store.add_correction("merge", {"entities": ["E-khazali", "E-abu-ali"], "note": "same man — قيس"})
    second = store.add_correction("reject_quote", {"document_id": K, "position": 1})
    assert second > first

    corrections = store.corrections()
    assert [c["id"] for c in corrections] == [first, second]
    assert corrections[0]["action"] == "merge"
    assert corrections[0]["payload"] == {"entities": ["E-khazali", "E-abu-ali"], "note": "same man — قيس"}
    assert corrections[1]["created_at"] >= corrections[0]["created_at"]
    assert set(corrections[0]) == {"id", "action", "payload", "created_at"}


def test_corrections_survive_reingest_relink_and_reopen(db_path):
    with Store.open(db_path) as store:
        store.add_correction("split", {"entity": "E-khazali"})
        for document, extraction in corpus():
            store.save(document, extraction)
        for document, extraction in corpus():
            assert not store.save(document, extraction)            # re-ingest: a no-op
        store.replace_links(*links())
        store.replace_links([], [])                                  # relink
    with Store.open(db_path) as store:
        assert [(c["action"], c["payload"]) for c in store.corrections()] == [("split", {"entity": "E-khazali"})]
