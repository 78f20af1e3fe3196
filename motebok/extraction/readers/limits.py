"""Limits that keep one hostile or oversized file from exhausting the machine."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument

DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_BYTES_ENV = "MOTEBOK_MAX_DOCUMENT_BYTES"
# Office XML compresses about 10:1; anything far beyond that is a decompression bomb, not a document.
MAX_UNZIPPED_PER_ZIPPED_BYTE = 100
MAX_ZIP_ENTRIES = 10_000


def max_document_bytes() -> int:
    """Return the largest document size accepted, from MOTEBOK_MAX_DOCUMENT_BYTES or the default."""
    raw = os.environ.get(MAX_DOCUMENT_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_DOCUMENT_BYTES
    if not raw.isdigit() or int(raw) == 0:
        raise ValueError(f"{MAX_DOCUMENT_BYTES_ENV} må være et positivt heltall (antall byte), ikke {raw!r}")
    return int(raw)


def check_file_size(path: Path) -> None:
    """Refuse missing, empty and oversized files before any reader opens them."""
    try:
        if path.is_dir():
            raise UnreadableDocument(path, "er en mappe, ikke en fil")
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableDocument(path, "finnes ikke; sjekk filnavnet") from None
    except PermissionError:
        raise UnreadableDocument(path, "mangler lesetilgang; sjekk filrettighetene") from None
    if size == 0:
        raise UnreadableDocument(path, "filen er tom (0 byte)")
    limit = max_document_bytes()
    if size > limit:
        raise UnreadableDocument(
            path,
            f"filen er {megabytes(size)}, over grensen på {megabytes(limit)}; "
            f"del dokumentet opp eller øk {MAX_DOCUMENT_BYTES_ENV}",
        )


def check_zip_directory(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a zip whose directory promises more than a document could plausibly hold."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UnreadableDocument(
            path, f"zip-arkivet har {len(entries)} filer; det ser ikke ut som et dokument"
        )
    unzipped = sum(entry.file_size for entry in entries)
    # zipfile stops each entry at its declared size, so the directory bounds what will be inflated.
    limit = min(path.stat().st_size * MAX_UNZIPPED_PER_ZIPPED_BYTE, 4 * max_document_bytes())
    if unzipped > max(limit, 1024 * 1024):
        raise UnreadableDocument(
            path,
            f"pakker seg ut til {megabytes(unzipped)} fra {megabytes(path.stat().st_size)} "
            "(mulig zip-bombe); lagre dokumentet på nytt eller kontroller hvor det kommer fra",
        )


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open a zip-based document after checking that it is a sound, bounded archive."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise UnreadableDocument(path, f"filen er skadet (ugyldig zip-arkiv: {error})") from None
    try:
        check_zip_directory(path, archive)
    except UnreadableDocument:
        archive.close()
        raise
    return archive


def megabytes(size: int) -> str:
    """A size as people read it: «1,5 MB»."""
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
