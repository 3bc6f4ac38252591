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
           entity_backends: list | None = None, workers: int = 1,
           backend_specs: list[str] | None = None) -> IngestReport:
    """Ingest every source under `paths` into `store`, then recompute the cross-document links.

    With `workers` > 1, reading and extraction run in that many processes (extraction is a pure
    function of the document); saving stays in this process, one transaction per document, in
    source order. Backends cross process boundaries as their specs (`backend_specs`), since a
    loaded model cannot be pickled.
    """
    report = IngestReport()
    sources = list(iter_sources(list(paths)))
    report.sources = len(sources)
    if workers > 1 and len(sources) > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                 initargs=(settings, backend_specs or [])) as pool:
            results = pool.map(_read_and_extract, sources, chunksize=max(1, len(sources) // (workers * 8)))
            for n, (source, result) in enumerate(zip(sources, results), 1):
                if on_progress:
                    on_progress(source, n, len(sources))
                _record(report, store, source, result)
    else:
        for n, source in enumerate(sources, 1):
            if on_progress:
                on_progress(source, n, len(sources))
            _record(report, store, source, _read_and_extract(source, settings, entity_backends, store))
    if report.added or not store.speech_events():
        counts = relink(store)
        report.entities, report.speech_events = counts[0], counts[1]
    return report


def _record(report: IngestReport, store, source: str, result) -> None:
    if isinstance(result, IngestFailure):
        report.failures.append(result)
    elif result is None or store.has_document(result[0].id):
        report.unchanged += 1
    elif store.save(*result):
        report.added += 1
        report.statements += len(result[1].quotes)
    else:
        report.unchanged += 1


def _read_and_extract(source: str, settings=None, entity_backends=None, store=None):
    """(Document, Extraction), an IngestFailure with its reason, or None when `store` has it already."""
    if settings is None and _WORKER:
        settings, entity_backends = _WORKER["settings"], _WORKER["backends"]
    try:
        document = load_document(source, settings)
    except IngestError as exc:
        return IngestFailure(source, str(exc))
    except OSError as exc:           # belt and braces: ingest should already have wrapped these
        return IngestFailure(source, f"cannot read: {exc}")
    if store is not None and store.has_document(document.id):
        return None
    try:
        return document, extract(document, entity_backends)
    except Exception as exc:         # an extractor bug must not cost the user the rest of the batch
        return IngestFailure(source, f"extraction failed: {type(exc).__name__}: {exc}")


_WORKER: dict = {}


def _init_worker(settings, backend_specs: list[str]) -> None:
    from onrecord.extract.backends import load_backend
    _WORKER["settings"] = settings
    _WORKER["backends"] = [load_backend(spec) for spec in backend_specs]
