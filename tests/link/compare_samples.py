"""Small hand-made documents and extractions for the comparison tests (claims, stories, discrepancies).

Built by hand rather than extracted, so that these unit tests do not move when the extractor does:
`Builder` places marked spans in a text and records their offsets.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date

from onrecord.models import DateRange, Document, Event, Extraction, LocalEntity, Mention, Quote


def find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


class Builder:
    """A document whose entities, quotes and events are named by the words they cover."""

    def __init__(self, name: str, text: str, published: str | None = None, outlet: str | None = None,
                 broadcaster: str | None = None, title: str | None = None):
        self.doc = Document(id=hashlib.sha256(name.encode()).hexdigest(), source=f"/corpus/{name}.txt", text=text,
                            title=title, published=published, outlet=outlet, broadcaster=broadcaster)
        self.ex = Extraction(self.doc.id)

    @property
    def id(self) -> str:
        return self.doc.id

    def entity(self, type: str, name: str, *forms: str) -> str:
        key = f"{type}:{name.lower()}"
        self.ex.entities.append(LocalEntity(key, name, type, aliases=[f for f in forms if f != name]))
        for form in (name, *forms):
            for m in re.finditer(re.escape(form), self.doc.text):
                if any(x.start <= m.start() < x.end for x in self.ex.mentions):
                    continue
                self.ex.mentions.append(Mention(m.start(), m.end(), form, type, key))
        self.ex.mentions.sort(key=lambda m: m.start)
        return key

    def quote(self, text: str, speaker: str | None = None, speaker_key: str | None = None, kind: str = "direct",
              occasion: int | None = None) -> int:
        s, e = find(self.doc.text, text)
        sp = find(self.doc.text, speaker) if speaker and speaker in self.doc.text else (None, None)
        self.ex.quotes.append(Quote(s, e, text, kind, speaker_name=speaker, speaker_key=speaker_key,
                                    speaker_start=sp[0], speaker_end=sp[1], cue="said", occasion=occasion))
        return len(self.ex.quotes) - 1

    def event(self, type: str, evidence: str, on: date | None = None, location: str | None = None,
              fatalities: int | None = None, fatalities_text: str | None = None, actor: str | None = None,
              target: str | None = None) -> int:
        s, e = find(self.doc.text, evidence)
        self.ex.events.append(Event(type, s, e, evidence, DateRange.day(on) if on else None, location, actor, target,
                                    fatalities, fatalities_text))
        return len(self.ex.events) - 1

    def pair(self) -> tuple[Document, Extraction]:
        return self.doc, self.ex


def entity_map(*builders: Builder, same: dict[str, str] | None = None) -> dict:
    """(document id, local key) -> global id: the key's name part, or `same[name]` to merge spellings."""
    same = same or {}
    out = {}
    for b in builders:
        for ent in b.ex.entities:
            name = ent.key.split(":", 1)[1]
            out[(b.id, ent.key)] = "E-" + same.get(name, name).replace(" ", "-")
    return out


# ---------------------------------------------------------------- the strike at Tarvo, four ways, and a look-alike

def herald() -> Builder:
    b = Builder("herald", "Dravian drones struck a depot of the Northern Shield militia in Tarvo on Monday, killing "
                "five fighters, officials said. \"We will answer this aggression at a time of our choosing,\" "
                "Tarek Hamdan said.", published="2024-03-12", outlet="Calvera Herald",
                title="Drone strike kills five militia fighters in Tarvo")
    b.entity("LOC", "Tarvo")
    b.entity("ORG", "Northern Shield")
    hamdan = b.entity("PER", "Tarek Hamdan")
    b.event("ASSAULT", "Dravian drones struck a depot of the Northern Shield militia in Tarvo on Monday, killing five "
            "fighters", on=date(2024, 3, 11), location="Tarvo", fatalities=5, fatalities_text="five", actor="Dravia")
    b.quote("We will answer this aggression at a time of our choosing,", "Tarek Hamdan", hamdan)
    return b


def sumud() -> Builder:
    b = Builder("sumud", "The Dravian occupation's airstrike on Tarvo on Monday martyred eight resistance fighters of "
                "the Northern Shield. Commander Tareq Hamdan said: \"The drones that hit Tarvo will not break our "
                "will. The occupation will pay a heavy price for the blood of our martyrs.\"",
                published="2024-03-13", outlet="Sumud Network",
                title="Eight resistance fighters martyred in occupation airstrike on Tarvo")
    b.entity("LOC", "Tarvo")
    b.entity("ORG", "Northern Shield")
    hamdan = b.entity("PER", "Tareq Hamdan")
    b.event("ASSAULT", "The Dravian occupation's airstrike on Tarvo on Monday martyred eight resistance fighters",
            on=date(2024, 3, 11), location="Tarvo", fatalities=8, fatalities_text="eight", actor="Dravia")
    b.quote("The drones that hit Tarvo will not break our will. The occupation will pay a heavy price for the blood "
            "of our martyrs.", "Tareq Hamdan", hamdan)
    return b


def wire() -> Builder:
    b = Builder("wire", "A Dravian drone strike on Sunday destroyed a Northern Shield depot in Tarvo and killed five "
                "militiamen. \"We will answer this aggression at a time of our choosing,\" spokesman Samir Oud "
                "told the agency.", published="2024-03-12", outlet="Meridian Wire",
                title="Dravia says it hit militia depot")
    b.entity("LOC", "Tarvo")
    b.entity("ORG", "Northern Shield")
    oud = b.entity("PER", "Samir Oud")
    b.event("ASSAULT", "A Dravian drone strike on Sunday destroyed a Northern Shield depot in Tarvo and killed five "
            "militiamen", on=date(2024, 3, 10), location="Tarvo", fatalities=5, fatalities_text="five",
            actor="Dravia")
    b.quote("We will answer this aggression at a time of our choosing,", "Samir Oud", oud)
    return b


def wire_copy() -> Builder:
    """The wire story as another site ran it, the next day: the same body."""
    b = wire()
    b.doc.id = hashlib.sha256(b"wire-copy").hexdigest()
    b.doc.source = "/corpus/wire_copy.txt"
    b.doc.outlet = "Coastal Times"
    b.doc.published = "2024-03-13"
    b.ex.document_id = b.doc.id
    return b


def frontier() -> Builder:
    b = Builder("frontier", "Dravian drones struck a depot in Velm, a village near Tarvo, on Monday, killing five "
                "members of the Northern Shield.", published="2024-03-13", outlet="Frontier Daily",
                title="Strike on Velm depot leaves five dead")
    b.entity("LOC", "Velm")
    b.entity("LOC", "Tarvo")
    b.entity("ORG", "Northern Shield")
    b.event("ASSAULT", "Dravian drones struck a depot in Velm, a village near Tarvo, on Monday, killing five members",
            on=date(2024, 3, 11), location="Velm", fatalities=5, fatalities_text="five", actor="Dravia")
    return b


def monitor() -> Builder:
    b = Builder("monitor", "Tarek Hamdan: \"The UAVs that struck Tarvo cannot break our resolve. The occupier will "
                "pay dearly for the blood of our martyrs.\"", published="2024-03-14", broadcaster="Sumud TV",
                title="Hamdan: the UAVs that struck Tarvo cannot break our resolve")
    hamdan = b.entity("PER", "Tarek Hamdan")
    b.entity("LOC", "Tarvo")
    b.quote("The UAVs that struck Tarvo cannot break our resolve. The occupier will pay dearly for the blood of our "
            "martyrs.", "Tarek Hamdan", hamdan)
    return b


def kessel_2021() -> Builder:
    """Same outlet, same kind of strike, same words nearly: another event, years earlier, elsewhere."""
    b = Builder("kessel", "Dravian drones struck a depot of the Northern Shield militia in Kessel on Sunday, killing "
                "six fighters, officials said. \"We will answer this aggression at a time of our choosing,\" "
                "Tarek Hamdan said.", published="2021-09-20", outlet="Calvera Herald",
                title="Drone strike kills six militia fighters in Kessel")
    b.entity("LOC", "Kessel")
    b.entity("ORG", "Northern Shield")
    hamdan = b.entity("PER", "Tarek Hamdan")
    b.event("ASSAULT", "Dravian drones struck a depot of the Northern Shield militia in Kessel on Sunday, killing six "
            "fighters", on=date(2021, 9, 19), location="Kessel", fatalities=6, fatalities_text="six", actor="Dravia")
    b.quote("We will answer this aggression at a time of our choosing,", "Tarek Hamdan", hamdan)
    return b


def corpus() -> list[Builder]:
    return [herald(), sumud(), wire(), wire_copy(), frontier(), monitor(), kessel_2021()]


def corpus_entities(builders: list[Builder]) -> dict:
    return entity_map(*builders, same={"tareq hamdan": "tarek hamdan"})
