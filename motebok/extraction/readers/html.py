"""HTML pages: visible text only, scripts, styles and comments dropped."""

from __future__ import annotations

from pathlib import Path

from motebok.extraction.readers.markup import html_to_text
from motebok.extraction.readers.source import Extracted


def read(path: Path) -> Extracted:
    """Read an HTML file; the parser finds the encoding from the byte order mark or the meta charset."""
    return Extracted(text=html_to_text(path.read_bytes()))
