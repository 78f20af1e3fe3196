"""Errors the extraction engine reports to its callers."""

from __future__ import annotations

from pathlib import Path


class UnreadableDocument(Exception):
    """A document that cannot be turned into text, with a one-line reason a person can act on."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = " ".join(reason.split())
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"


class EngineFailure(UnreadableDocument):
    """The engine itself failed on a document (a bug, or the time limit ran out); reported as one line too."""
