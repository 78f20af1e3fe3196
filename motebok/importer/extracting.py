"""The one place the importer calls the extraction engine: a file in, its text and record dict out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from motebok.extraction.engine import extract_document

# Re-exported so that callers catch the engine's error without importing the engine themselves.
from motebok.extraction.errors import UnreadableDocument  # noqa: F401
from motebok.extraction.readers import Attachment


@dataclass(frozen=True)
class Extraction:
    """What the engine found in one file: the text the offsets point into, and the record as JSON."""

    text: str
    file_type: str
    record: dict
    # Files inside this one (an e-mail's attachments), each imported as a document of its own.
    attachments: tuple[Attachment, ...] = ()


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def extract_file(path: Path) -> Extraction:
    """Read and parse one file; raise UnreadableDocument with a Norwegian reason if it cannot be read."""
    extracted = extract_document(path)
    source, record = extracted.source, extracted.record
    return Extraction(
        text=record.text or source.text,
        file_type=source.kind,
        record=record.to_dict(),
        attachments=source.attachments,
    )
