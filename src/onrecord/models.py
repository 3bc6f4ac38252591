"""Plain records passed between the pipeline stages: ingest → extract → link → store → serve.

Every extracted item carries `start`/`end`: character offsets into `Document.text`
(the clean body), so that `document.text[item.start:item.end] == item.text`.
Unknown values are `None`, never guessed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


# ---------------------------------------------------------------- time

@dataclass(frozen=True)
class DateRange:
    """A calendar date known to lie within [start, end] (inclusive).

    `precision` says how the text pinned it down: "day", "month", "year" or
    "range" (e.g. "earlier this week"). A day that is known is start == end.
    """
    start: date
    end: date
    precision: str = "day"

    @classmethod
    def day(cls, d: date) -> "DateRange":
        return cls(d, d, "day")

    def contains(self, other: "DateRange") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "DateRange") -> bool:
        return self.start <= other.end and other.start <= self.end

    def to_dict(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "precision": self.precision}

    @classmethod
    def from_dict(cls, d: dict | None) -> "DateRange | None":
        if not d:
            return None
        return cls(date.fromisoformat(d["start"][:10]), date.fromisoformat((d.get("end") or d["start"])[:10]),
                   d.get("precision") or "day")


# ---------------------------------------------------------------- ingest

@dataclass
class Document:
    """One ingested report: clean text plus what its page says about itself."""
    id: str                      # sha256 of the raw bytes: re-ingesting the same bytes is a no-op
    source: str                  # path or URL it was read from
    text: str                    # clean main text; every offset in the project indexes this string
    title: str | None = None
    published: str | None = None            # ISO date or datetime as stated ("2021-06-02T09:08")
    published_precision: str | None = None  # "minute", "day", "month", "year"
    outlet: str | None = None               # publisher (Islam Times, Kayhan, MEMRI ...)
    broadcaster: str | None = None          # channel/agency named as origin (Mayadeen TV ...)
    external_id: str | None = None          # clip no., story code, news id
    language: str | None = None
    encoding: str | None = None
    media_type: str = "text/plain"          # "text/plain" or "text/html"
    raw_size: int = 0
    extra: dict = field(default_factory=dict)  # e.g. {"clip_duration": "03:19"}

    @property
    def published_date(self) -> date | None:
        if not self.published:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None


@dataclass
class IngestFailure:
    """A source that could not be turned into a Document, and why."""
    source: str
    reason: str


# ---------------------------------------------------------------- extract

@dataclass
class Mention:
    """A name in the text. `entity_key` groups mentions of one entity within a document."""
    start: int
    end: int
    text: str
    type: str                    # PER, ORG, LOC
    entity_key: str              # local key, e.g. "PER:qais khazali"


@dataclass
class LocalEntity:
    """An entity as one document knows it: the longest name, its variants and the roles it is given."""
    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)   # "Secretary-General of Asa'ib Ahl Al-Haq"


@dataclass
class Quote:
    """Something a speaker is reported to have said."""
    start: int
    end: int
    text: str
    kind: str                          # direct | indirect | mixed
    speaker_name: str | None = None    # as the text names (or labels) the speaker; None when unknown
    speaker_key: str | None = None     # LocalEntity.key, when the speaker is a named entity
    speaker_start: int | None = None   # span of the mention that names the speaker
    speaker_end: int | None = None
    cue: str | None = None             # "said", "stressed", "transcript label" ...
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.5
    occasion: int | None = None        # index into Extraction.occasions


@dataclass
class TimeExpression:
    """A temporal expression and the dates it resolves to (None when the text does not establish them)."""
    start: int
    end: int
    text: str
    value: DateRange | None


@dataclass
class Occasion:
    """The occasion a statement was made on: an interview, a speech, remarks aired on a channel."""
    start: int                         # evidence span
    end: int
    text: str
    kind: str                          # interview | speech | remarks | statement ...
    medium: str | None = None          # "Al-Ahd TV"
    date: DateRange | None = None
    speaker_key: str | None = None
    speaker_name: str | None = None


@dataclass
class Event:
    """Something that happened (PLOVER type), as this document reports it."""
    type: str                          # ASSAULT, THREATEN, PROTEST, ACCUSE, REJECT, AGREE ...
    start: int                         # evidence span
    end: int
    evidence: str
    date: DateRange | None = None
    location: str | None = None
    actor: str | None = None
    target: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None  # as written: "at least five"
    injuries: int | None = None
    injuries_text: str | None = None


@dataclass
class Extraction:
    """Everything extract found in one document."""
    document_id: str
    entities: list[LocalEntity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    occasions: list[Occasion] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


# ---------------------------------------------------------------- link (across documents)

@dataclass
class EntityRef:
    """Points at one LocalEntity: the entity `key` as document `document_id` knows it."""
    document_id: str
    key: str


@dataclass
class GlobalEntity:
    """One person, organisation or place across the corpus, with every spelling it goes by."""
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    members: list[EntityRef] = field(default_factory=list)


@dataclass
class OccasionRef:
    document_id: str
    index: int                   # index into that document's Extraction.occasions


@dataclass
class SpeechEvent:
    """One occasion (interview, speech) as reported by one or more documents."""
    id: str
    speaker_entity_id: str | None
    date: DateRange | None
    medium: str | None
    kind: str | None = None
    members: list[OccasionRef] = field(default_factory=list)

    @property
    def document_ids(self) -> list[str]:
        return sorted({m.document_id for m in self.members})


# ---------------------------------------------------------------- compare (across sources)

@dataclass(frozen=True, order=True)
class QuoteRef:
    document_id: str
    index: int                   # index into that document's Extraction.quotes


@dataclass
class AlignedSpan:
    """A pair of best-matching sentences of two quotes: offsets into each document's text."""
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    score: float


@dataclass
class ClaimLink:
    """Two quotes, in different documents, that report the same statement (in other words, maybe)."""
    id: str
    a: QuoteRef
    b: QuoteRef
    score: float                       # combined similarity in [0, 1]
    lexical: float
    entity: float | None = None        # None when neither side names an entity
    number: float | None = None        # None unless both sides state numbers
    embedding: float | None = None     # None unless an embedding backend is configured
    same_speaker: bool = True          # False: the sources attribute it to different speakers
    spans: list[AlignedSpan] = field(default_factory=list)


@dataclass
class StoryMember:
    document_id: str
    syndicated_of: str | None = None   # a near-identical copy of this (earlier) document
    similarity: float | None = None    # to the member that brought it in

    @property
    def syndicated(self) -> bool:
        return self.syndicated_of is not None


@dataclass
class StoryCluster:
    """Documents that report the same event or occasion."""
    id: str
    title: str | None = None
    first_published: str | None = None
    last_published: str | None = None
    members: list[StoryMember] = field(default_factory=list)

    @property
    def document_ids(self) -> list[str]:
        return [m.document_id for m in self.members]


@dataclass
class DiscrepancySide:
    """What one source says: `value` as read, and the span it was read from (document_text[start:end] == text)."""
    value: object
    document_id: str
    start: int
    end: int
    text: str
    value_start: int | None = None     # the value's own span, when located: within the span ("at least five"),
    value_end: int | None = None       # or, for an attribution, the mention of the speaker

    def to_dict(self) -> dict:
        return {"value": self.value, "document_id": self.document_id, "start": self.start, "end": self.end,
                "text": self.text, "value_start": self.value_start, "value_end": self.value_end}

    @classmethod
    def from_dict(cls, d: dict) -> "DiscrepancySide":
        return cls(d.get("value"), d["document_id"], d["start"], d["end"], d.get("text") or "",
                   d.get("value_start"), d.get("value_end"))


@dataclass
class Discrepancy:
    """Where sources differ about one event or one statement.

    kind: fatalities | date | place | attribution | wording. subject: the event group
    ("ev-...") or speech event ("se-...") or claim ("cl-...") the sides are about.
    """
    id: str
    kind: str
    subject: str
    description: str | None = None
    story_id: str | None = None
    sides: list[DiscrepancySide] = field(default_factory=list)

    @property
    def document_ids(self) -> list[str]:
        return sorted({s.document_id for s in self.sides})
