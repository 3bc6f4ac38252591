"""ingest: turn files, directories and URLs into Documents (or IngestFailures).

    from onrecord.ingest import iter_sources, load_document, read_sources, IngestError, IngestSettings

- `iter_sources(paths)` expands files, directories (recursive, sorted, hidden
  entries skipped, .txt/.text/.html/.htm and their .gz) and http(s) URLs.
- `load_document(source, settings)` returns a Document or raises IngestError.
- `read_sources(paths, settings)` yields a Document or an IngestFailure per source.
"""
from .errors import IngestError, IngestSettings
from .loader import load_document, read_sources
from .sources import iter_sources

__all__ = ["IngestError", "IngestSettings", "iter_sources", "load_document", "read_sources"]
