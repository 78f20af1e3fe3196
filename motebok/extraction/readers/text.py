"""Plain text in any common encoding, with HTML remnants converted where a file carries them."""

from __future__ import annotations

import codecs
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.probe import HEAD_BYTES, looks_like_text
from motebok.extraction.readers.source import Extracted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings Norwegian text files turn up in; limiting the guess keeps short files from being read as Cyrillic.
_LIKELY_ENCODINGS = ["utf_16_le", "utf_16_be", "cp1252", "latin_1", "iso8859_15", "cp865", "mac_roman"]
_BINARY = "filen inneholder binære data, ikke tekst; er det riktig fil?"
_CONTROL_CHARACTERS = frozenset(chr(code) for code in range(32)) - set("\t\n\r\f")


def read(path: Path) -> Extracted:
    """Read a text file, guessing its encoding when it is not UTF-8."""
    data = path.read_bytes()
    if not looks_like_text(data[:HEAD_BYTES]):
        raise UnreadableDocument(path, _BINARY)
    text = decode(data, path)
    if sum(text.count(char) for char in _CONTROL_CHARACTERS) > len(text) // 100:
        raise UnreadableDocument(path, _BINARY)
    from motebok.extraction.readers.markup import convert_tag_remnants, has_tag_remnants

    if has_tag_remnants(text):
        text = convert_tag_remnants(text)
    return Extracted(text=text, pages=text.count("\f") + 1)


def decode(data: bytes, path: Path) -> str:
    """Decode bytes by byte order mark, then as UTF-8, then by charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LIKELY_ENCODINGS).best()
    if best is None:
        raise UnreadableDocument(path, "tegnkodingen ble ikke gjenkjent; lagre filen som UTF-8")
    return str(best)
