"""The one place the importer calls the extraction engine: a file in, its text and record dict out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

# Re-exported so that callers catch the engine's error without importing the engine themselves.
from motebok.extraction.errors import UnreadableDocument  # noqa: F401
from motebok.extraction.parse import extract_record
from motebok.extraction.readers import Attachment, read_document


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
    source = read_document(path)
    record = extract_record(source.text, ocr=source.ocr)
    return Extraction(
        text=record.text or source.text,
        file_type=source.kind,
        record=record.to_dict(),
        attachments=source.attachments,
    )
