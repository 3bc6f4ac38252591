"""Group occasions from different documents into speech events.

Two reports describe the same occasion when the speaker is the same entity, the kind of
occasion is compatible (an interview is not a speech), the medium is compatible (one may be
unnamed), and both dates are known and agree. A report whose date cannot be established is
kept apart: matching it on content alone would assert a date the text does not give.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from onrecord.link.grouping import greedy_groups
from onrecord.link.names import name_keys
from onrecord.models import DateRange, Occasion, OccasionRef, SpeechEvent

# Generic words that fit any more specific kind of occasion.
_GENERIC_KINDS = {None, "", "remarks", "statement", "comments"}
_KIND_FAMILIES = {"speech": "speech", "address": "speech", "sermon": "speech", "interview": "interview",
                  "press conference": "press", "news conference": "press", "briefing": "press",
                  "tweet": "post", "post": "post"}


@dataclass
class _Item:
    ref: OccasionRef
    occasion: Occasion
    speaker: str | None


def _kind_family(kind: str | None) -> str | None:
    if kind in _GENERIC_KINDS:
        return None
    return _KIND_FAMILIES.get(kind, kind)


def _medium_keys(medium: str | None) -> set[str]:
    if not medium:
        return set()
    core = re.sub(r"\b(tv|television|channel|satellite|network|radio|news|agency)\b", " ", medium, flags=re.I)
    return name_keys(core.strip() or medium, "ORG")


def compatible(a: _Item, b: _Item) -> bool:
    if a.speaker is None or a.speaker != b.speaker:
        return False
    da, db = a.occasion.date, b.occasion.date
    if da is None or db is None or not da.overlaps(db):
        return False
    fa, fb = _kind_family(a.occasion.kind), _kind_family(b.occasion.kind)
    if fa and fb and fa != fb:
        return False
    ka, kb = _medium_keys(a.occasion.medium), _medium_keys(b.occasion.medium)
    if ka and kb and not (ka & kb):
        return False
    return True


def _intersect(dates: list[DateRange]) -> DateRange | None:
    start = max(d.start for d in dates)
    end = min(d.end for d in dates)
    if start > end:
        return None
    return DateRange(start, end, "day" if start == end else "range")


def group_occasions(occasions: list[tuple[str, int, Occasion, str | None]]) -> list[SpeechEvent]:
    """`occasions` holds (document_id, index, occasion, speaker global entity id)."""
    items = [_Item(OccasionRef(d, i), o, spk) for d, i, o, spk in occasions]
    groups = greedy_groups(items, compatible)
    events = []
    for g in groups:
        dates = [i.occasion.date for i in g if i.occasion.date]
        media = [i.occasion.medium for i in g if i.occasion.medium]
        kinds = [i.occasion.kind for i in g if _kind_family(i.occasion.kind)] or [i.occasion.kind for i in g]
        ident = "|".join(sorted(f"{i.ref.document_id}:{i.ref.index}" for i in g))
        events.append(SpeechEvent(
            id="se-" + hashlib.sha1(ident.encode()).hexdigest()[:10],
            speaker_entity_id=g[0].speaker,
            date=_intersect(dates) if dates and len(dates) == len(g) else (dates[0] if len(g) == 1 and dates else None),
            medium=max(media, key=len) if media else None,
            kind=kinds[0] if kinds else None,
            members=[i.ref for i in g]))
    return events
