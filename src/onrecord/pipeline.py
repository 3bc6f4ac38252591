"""The main job, stage by stage: sources → ingest → extract → store → link.

One bad document never stops a batch: it is reported with its reason and skipped, and nothing
already stored is touched (each document is saved in its own transaction).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from onrecord.extract import extract
from onrecord.ingest import IngestSettings, iter_sources, load_document
from onrecord.ingest import IngestError
from onrecord.link.relink import relink
from onrecord.models import IngestFailure


@dataclass
class IngestReport:
    sources: int = 0
    added: int = 0
    unchanged: int = 0              # already stored (same bytes)
    statements: int = 0             # quotes extracted from the added documents
    failures: list[IngestFailure] = field(default_factory=list)
    entities: int = 0
    speech_events: int = 0


def ingest(paths: Iterable[str], store, settings: IngestSettings | None = None,
           on_progress: Callable[[str, int, int], None] | None = None,
           entity_backends: list | None = None) -> IngestReport:
    """Ingest every source under `paths` into `store`, then recompute the cross-document links."""
    report = IngestReport()
    sources = list(iter_sources(list(paths)))
    report.sources = len(sources)
    for n, source in enumerate(sources, 1):
        if on_progress:
            on_progress(source, n, len(sources))
        try:
            document = load_document(source, settings)
        except IngestError as exc:
            report.failures.append(IngestFailure(source, str(exc)))
            continue
        except OSError as exc:       # belt and braces: ingest should already have wrapped these
            report.failures.append(IngestFailure(source, f"cannot read: {exc}"))
            continue
        if store.has_document(document.id):
            report.unchanged += 1
            continue
        try:
            extraction = extract(document, entity_backends)
        except Exception as exc:     # an extractor bug must not cost the user the rest of the batch
            report.failures.append(IngestFailure(source, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        if store.save(document, extraction):
            report.added += 1
            report.statements += len(extraction.quotes)
        else:
            report.unchanged += 1
    if report.added or not store.speech_events():
        report.entities, report.speech_events = relink(store)
    return report
