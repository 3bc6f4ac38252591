"""Expanding what the user points at (files, directories, URLs) into a list of sources."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

# Extensions picked up when walking a directory. An explicitly named file is
# always taken, whatever its extension: the user asked for it.
TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm")
SUPPORTED_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS
GZIP_EXTENSION = ".gz"


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def inner_name(name: str) -> str:
    """The name without a trailing .gz: 'a.html.gz' -> 'a.html'."""
    return name[: -len(GZIP_EXTENSION)] if name.lower().endswith(GZIP_EXTENSION) else name


def has_supported_extension(name: str) -> bool:
    return inner_name(name).lower().endswith(SUPPORTED_EXTENSIONS)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _walk_directory(root: Path) -> Iterator[str]:
    """Supported files below `root`, recursively, in sorted order, hidden files and dirs skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        # Pruning in place stops os.walk from descending into hidden dirs; sorting
        # in place makes the walk order (and so the output order) deterministic.
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
        for filename in sorted(filenames):
            if not _is_hidden(filename) and has_supported_extension(filename):
                yield str(Path(dirpath) / filename)


def iter_sources(paths: list[str | Path] | str | Path) -> Iterator[str]:
    """Every candidate source under `paths`.

    URLs pass through; directories are walked (recursive, sorted, hidden entries
    skipped, supported extensions only); anything else is yielded as given, even
    if it does not exist, so that the loader can report why it cannot be read.
    A source named twice is yielded once.
    """
    if isinstance(paths, (str, Path)):   # one path given bare: not a sequence of characters
        paths = [paths]
    seen: set[str] = set()
    for path in paths:
        given = str(path)
        candidates = _walk_directory(Path(given)) if not is_url(given) and Path(given).is_dir() else [given]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate
