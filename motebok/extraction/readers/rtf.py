"""Rich Text Format (.rtf) through striprtf: the text without control words, escapes decoded."""

from __future__ import annotations

from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.source import Extracted


def read(path: Path) -> Extracted:
    """Read an RTF file; \\'f8 and \\uNNNN escapes become ø and the like, \\par a new line."""
    from striprtf.striprtf import rtf_to_text

    # RTF itself is 7-bit; bytes above that come from careless writers and are read as Windows-1252.
    markup = path.read_bytes().decode("cp1252", errors="replace")
    try:
        text = rtf_to_text(markup, encoding="cp1252", errors="replace")
    except (ValueError, IndexError) as error:
        raise UnreadableDocument(path, f"RTF-filen er skadet ({error}); åpne og lagre den på nytt") from None
    return Extracted(text=text)
