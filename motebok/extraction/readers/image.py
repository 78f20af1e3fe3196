"""Scanned pages saved as PNG, JPEG or TIFF, read by OCR; a multi-page TIFF gives one page per frame."""

from __future__ import annotations

from pathlib import Path

from motebok.extraction.readers.ocr import recognise
from motebok.extraction.readers.source import Extracted


def read(path: Path) -> Extracted:
    """Recognise the text of every page in an image file."""
    # Tesseract ends every page it reads with a form feed, which is also our page separator.
    pages = recognise(path, path).rstrip().removesuffix("\f").split("\f")
    return Extracted(text="\f".join(page.strip("\n") for page in pages), pages=len(pages), ocr=True)
