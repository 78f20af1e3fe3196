"""What a reader hands back: the plain text of one document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an e-mail's attachment), to be read as a document of its own."""

    name: str
    content: bytes


@dataclass(frozen=True)
class Extracted:
    """Text a format module pulled out of a file, before it is labelled with path and kind."""

    text: str
    pages: int = 1
    ocr: bool = False
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class SourceText:
    """The plain text of one document: tables flattened as one row per line, cells separated by TAB."""

    path: Path
    text: str
    pages: int
    kind: str
    ocr: bool = False
    attachments: tuple[Attachment, ...] = ()
