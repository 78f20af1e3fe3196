"""Turn a document file of any supported format into plain text.

Formats are listed in `registry.py`; each has one module here with a `read(path) -> Extracted` function.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.limits import check_file_size
from motebok.extraction.readers.probe import Probe
from motebok.extraction.readers.registry import choose_format, describe_non_document
from motebok.extraction.readers.source import Attachment, Extracted, SourceText

__all__ = ["Attachment", "Extracted", "SourceText", "UnreadableDocument", "read_document"]


def read_document(path: str | Path) -> SourceText:
    """Read one document file and return its plain text, or raise UnreadableDocument saying why not."""
    path = Path(path)
    check_file_size(path)
    try:
        probe = Probe(path)
    except OSError as error:
        raise UnreadableDocument(path, f"kunne ikke åpne filen: {error.strerror or error}") from None
    chosen = choose_format(probe)
    if chosen is None:
        raise UnreadableDocument(path, describe_non_document(probe))
    reader = importlib.import_module(f"{__name__}.{chosen.module}")
    try:
        extracted: Extracted = reader.read(path)
    except RecursionError:
        raise UnreadableDocument(
            path, "dokumentet er nøstet for dypt til å leses; lagre det på nytt"
        ) from None
    except OSError as error:
        raise UnreadableDocument(path, f"kunne ikke lese filen: {error.strerror or error}") from None
    text = _normalise_line_ends(extracted.text)
    if not text.strip():
        raise UnreadableDocument(path, "dokumentet inneholder ingen tekst")
    return SourceText(
        path=path,
        text=text,
        pages=extracted.pages,
        kind=chosen.kind,
        ocr=extracted.ocr,
        attachments=extracted.attachments,
    )


def _normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
