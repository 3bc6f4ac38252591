"""Records the store returns that are not pipeline models."""
from __future__ import annotations

from dataclasses import dataclass

from ..models import DateRange, Quote


@dataclass
class QuoteRecord:
    """A quote with what a reader needs to cite it: its document, its speaker across
    the corpus, the occasion it was said on and when it was said."""
    quote: Quote
    document_id: str
    source: str
    title: str | None
    outlet: str | None
    published: str | None                  # as the document states it
    speaker_entity_id: str | None          # global entity of the speaker's local key, once linked
    speaker_entity_name: str | None
    speech_event_id: str | None            # the linked occasion, once linked
    statement_date: DateRange | None       # the occasion's date when the quote has one, else None
