"""A small corpus built by hand for the store tests (three documents, their extractions, links).

Offsets are computed from the text, so every span satisfies
document.text[item.start:item.end] == item.text, as the models require.
"""
from __future__ import annotations

import hashlib
from datetime import date

from onrecord.models import (DateRange, Document, EntityRef, Event, Extraction, GlobalEntity, LocalEntity, Mention,
                             Occasion, OccasionRef, Quote, SpeechEvent, TimeExpression)


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


KHAZALI_TEXT = (
    "Qais al-Khazali, Secretary-General of Asa'ib Ahl al-Haq, said in an interview with Al-Ahd TV on June 1, 2021 "
    "that \"the occupation will leave, whether it likes it or not\". He stressed that the resistance is ready. "
    "Ḥasan Naṣrallāh said in a speech earlier this week: «لن نسكت», we will not be silent 🙂. "
    "A rocket attack on Ain al-Asad killed at least five people on Tuesday."
)


def khazali_document() -> Document:
    return Document(
        id=doc_id(KHAZALI_TEXT), source="/data/reports/khazali-interview.html", text=KHAZALI_TEXT,
        title="Khazali: «the occupation will leave»", published="2021-06-02T09:08", published_precision="minute",
        outlet="Islam Times", broadcaster="Al-Ahd TV", external_id="clip 8841", language="en", encoding="utf-8",
        media_type="text/html", raw_size=4321, extra={"clip_duration": "03:19", "tags": ["إيران", "Iraq"]},
    )


def khazali_extraction() -> Extraction:
    t = KHAZALI_TEXT
    khazali = "PER:qais khazali"
    nasrallah = "PER:hasan nasrallah"
    return Extraction(
        document_id=doc_id(t),
        entities=[
            LocalEntity(khazali, "Qais al-Khazali", "PER", aliases=["Qais al-Khazali", "Khazali"],
                        roles=["Secretary-General of Asa'ib Ahl al-Haq"]),
            LocalEntity(nasrallah, "Ḥasan Naṣrallāh", "PER", aliases=["Ḥasan Naṣrallāh"]),
            LocalEntity("ORG:asa'ib ahl al-haq", "Asa'ib Ahl al-Haq", "ORG"),
            LocalEntity("LOC:ain al-asad", "Ain al-Asad", "LOC"),
        ],
        mentions=[
            Mention(*span(t, "Qais al-Khazali"), "Qais al-Khazali", "PER", khazali),
            Mention(*span(t, "Asa'ib Ahl al-Haq"), "Asa'ib Ahl al-Haq", "ORG", "ORG:asa'ib ahl al-haq"),
            Mention(*span(t, "Ḥasan Naṣrallāh"), "Ḥasan Naṣrallāh", "PER", nasrallah),
            Mention(*span(t, "Ain al-Asad"), "Ain al-Asad", "LOC", "LOC:ain al-asad"),
        ],
        quotes=[
            Quote(*span(t, "the occupation will leave, whether it likes it or not"),
                  "the occupation will leave, whether it likes it or not", "direct",
                  speaker_name="Qais al-Khazali", speaker_key=khazali,
                  speaker_start=0, speaker_end=len("Qais al-Khazali"),
                  cue="said", cue_start=t.index("said"), cue_end=t.index("said") + 4, confidence=0.9, occasion=0),
            Quote(*span(t, "the resistance is ready"), "the resistance is ready", "indirect",
                  speaker_name="He", speaker_key=khazali, cue="stressed",
                  cue_start=t.index("stressed"), cue_end=t.index("stressed") + len("stressed"),
                  confidence=0.625, occasion=0),
            Quote(*span(t, "«لن نسكت», we will not be silent 🙂"), "«لن نسكت», we will not be silent 🙂", "mixed",
                  speaker_name="Ḥasan Naṣrallāh", speaker_key=nasrallah, occasion=1),
        ],
        times=[
            TimeExpression(*span(t, "June 1, 2021"), "June 1, 2021", DateRange.day(date(2021, 6, 1))),
            TimeExpression(*span(t, "earlier this week"), "earlier this week",
                           DateRange(date(2021, 5, 31), date(2021, 6, 2), "range")),
            TimeExpression(*span(t, "Tuesday"), "Tuesday", None),
        ],
        occasions=[
            Occasion(*span(t, "in an interview with Al-Ahd TV on June 1, 2021"),
                     "in an interview with Al-Ahd TV on June 1, 2021", "interview", medium="Al-Ahd TV",
                     date=DateRange.day(date(2021, 6, 1)), speaker_key=khazali, speaker_name="Qais al-Khazali"),
            Occasion(*span(t, "in a speech earlier this week"), "in a speech earlier this week", "speech",
                     date=DateRange(date(2021, 5, 31), date(2021, 6, 2), "range"), speaker_key=nasrallah,
                     speaker_name="Ḥasan Naṣrallāh"),
        ],
        events=[
            Event("ASSAULT", *span(t, "A rocket attack on Ain al-Asad killed at least five people on Tuesday"),
                  "A rocket attack on Ain al-Asad killed at least five people on Tuesday",
                  date=DateRange(date(2021, 6, 1), date(2021, 6, 1), "day"), location="Ain al-Asad",
                  fatalities=5, fatalities_text="at least five"),
            Event("THREATEN", *span(t, "the occupation will leave"), "the occupation will leave"),
        ],
    )


FADAK_TEXT = "Abu Fadak al-Mohammadawi told reporters the brigades would not disarm."


def fadak_document() -> Document:
    return Document(id=doc_id(FADAK_TEXT), source="https://example.org/news/fadak.html?id=7", text=FADAK_TEXT,
                    title="PMF chief", published="2020-01-10", published_precision="day", outlet="Kayhan")


def fadak_extraction() -> Extraction:
    t = FADAK_TEXT
    key = "PER:abu fadak al-mohammadawi"
    return Extraction(
        document_id=doc_id(t),
        entities=[LocalEntity(key, "Abu Fadak al-Mohammadawi", "PER", aliases=["Abu Fadak"])],
        mentions=[Mention(*span(t, "Abu Fadak al-Mohammadawi"), "Abu Fadak al-Mohammadawi", "PER", key)],
        quotes=[Quote(*span(t, "the brigades would not disarm"), "the brigades would not disarm", "indirect",
                      speaker_name="Abu Fadak al-Mohammadawi", speaker_key=key, cue="told", confidence=0.7)],
    )


UNDATED_TEXT = "An unnamed official said: \"nothing has been decided\"."


def undated_document() -> Document:
    return Document(id=doc_id(UNDATED_TEXT), source="C:\\inbox\\undated.txt", text=UNDATED_TEXT)


def undated_extraction() -> Extraction:
    t = UNDATED_TEXT
    return Extraction(document_id=doc_id(t),
                      quotes=[Quote(*span(t, "nothing has been decided"), "nothing has been decided", "direct")])


def corpus() -> list[tuple[Document, Extraction]]:
    return [(khazali_document(), khazali_extraction()), (fadak_document(), fadak_extraction()),
            (undated_document(), undated_extraction())]


def links() -> tuple[list[GlobalEntity], list[SpeechEvent]]:
    """What a linker could make of the corpus."""
    k, f = doc_id(KHAZALI_TEXT), doc_id(FADAK_TEXT)
    entities = [
        GlobalEntity("E-khazali", "Qais al-Khazali", "PER", aliases=["Qais al-Khazali", "Khazali", "Abu Ali"],
                     roles=["Secretary-General of Asa'ib Ahl al-Haq"], members=[EntityRef(k, "PER:qais khazali")]),
        GlobalEntity("E-nasrallah", "Hassan Nasrallah", "PER", aliases=["Ḥasan Naṣrallāh", "Sayyed Hassan"],
                     members=[EntityRef(k, "PER:hasan nasrallah")]),
        GlobalEntity("E-fadak", "Abu Fadak al-Mohammadawi", "PER", aliases=["Abdul Aziz al-Mohammadawi"],
                     members=[EntityRef(f, "PER:abu fadak al-mohammadawi")]),
        GlobalEntity("E-aah", "Asa'ib Ahl al-Haq", "ORG", members=[EntityRef(k, "ORG:asa'ib ahl al-haq")]),
    ]
    speech_events = [
        SpeechEvent("S-interview", "E-khazali", DateRange.day(date(2021, 6, 1)), "Al-Ahd TV", "interview",
                    members=[OccasionRef(k, 0)]),
        SpeechEvent("S-speech", "E-nasrallah", None, None, None, members=[OccasionRef(k, 1)]),
    ]
    return entities, speech_events
