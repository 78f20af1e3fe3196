"""Turn the plain text of a meeting document into a MeetingRecord (see shared SCHEMA.md)."""

from __future__ import annotations

from motebok.extraction.record import MeetingRecord

from .assemble import build_record
from .ocr_repair import looks_damaged, repair

__all__ = ["extract_record"]


def extract_record(text: str, *, ocr: bool = False) -> MeetingRecord:
    """Extract a meeting record; with ocr=True (or visible OCR damage) repair the text first."""
    if ocr or looks_damaged(text):
        text = repair(text)
    return build_record(text)
