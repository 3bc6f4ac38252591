"""extract: one Document in, one Extraction out — a pure function, the unit that parallelises.

Components run in order over the same text, spaCy-style, each with one job:

    entities  → names of people, organisations, places (mentions + per-document entities)
    times     → temporal expressions resolved against the publication date
    quotes    → what was said, with speaker references
    speakers  → references resolved to the document's people
    occasions → interviews, speeches, remarks the statements were made on
    events    → what happened (PLOVER types)

An optional backend (e.g. an installed spaCy pipeline) can be plugged in as an `EntityBackend`
that only adds mentions the rules missed; the default path needs no model.
"""
from __future__ import annotations

from typing import Callable, Protocol

from onrecord.extract.attach import attach_occasions
from onrecord.extract.entities import recognise
from onrecord.extract.events import find_events
from onrecord.extract.occasions import find_occasions
from onrecord.extract.quotes import find_quotes
from onrecord.extract.speakers import SpeakerResolver
from onrecord.extract.timex import find_times
from onrecord.models import Document, Extraction, LocalEntity, Mention, Quote


class EntityBackend(Protocol):
    """Adds mentions a statistical model finds; must not remove or change the rule-based ones."""

    def __call__(self, text: str, entities: list[LocalEntity], mentions: list[Mention]) -> None: ...


def extract(document: Document, entity_backends: list[EntityBackend] | None = None) -> Extraction:
    text = document.text
    published = document.published_date
    entities, mentions = recognise(text)
    for backend in entity_backends or []:
        backend(text, entities, mentions)
        mentions.sort(key=lambda m: m.start)
    times = find_times(text, published, document.title)
    quotes = _quotes(text, entities, mentions)
    occasions = find_occasions(text, published, times)
    attach_occasions(text, occasions, quotes, mentions)
    events = find_events(text, published, times, occasions)
    return Extraction(document.id, entities, mentions, quotes, times, occasions, events)


def _quotes(text: str, entities: list[LocalEntity], mentions: list[Mention]) -> list[Quote]:
    candidates = find_quotes(text, mentions)
    speakers = SpeakerResolver(text, entities, mentions).resolve(candidates)
    out = []
    for c, sp in zip(candidates, speakers):
        out.append(Quote(
            start=c.start, end=c.end, text=text[c.start:c.end], kind=c.kind,
            speaker_name=sp.name, speaker_key=sp.key, speaker_start=sp.start, speaker_end=sp.end,
            cue=c.cue, cue_start=c.cue_start, cue_end=c.cue_end,
            confidence=round(c.confidence if sp.name else c.confidence * 0.5, 2)))
    return out


Extractor = Callable[[Document], Extraction]
