"""The one exception ingest raises, and the knobs a caller can turn."""
from __future__ import annotations

from dataclasses import dataclass

from onrecord import __version__


class IngestError(Exception):
    """A source could not be turned into a Document. `reason` is meant for humans."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class IngestSettings:
    max_bytes: int = 20_000_000      # larger files (or gzip contents, or downloads) are refused
    timeout: float = 20.0            # seconds, for URLs
    user_agent: str = f"onrecord/{__version__} (news ingest)"
