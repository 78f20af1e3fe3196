"""Reading files before the database sees them: hash, text and record, in worker processes if asked.

Nothing here touches Django, so that several processes can read and parse while one writes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from motebok.importer.extracting import Extraction, UnreadableDocument, extract_file, sha256_of

SUFFIXES = {
    ".txt",
    ".html",
    ".htm",
    ".docx",
    ".doc",
    ".odt",
    ".rtf",
    ".pdf",
    ".eml",
    ".msg",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
}


@dataclass(frozen=True)
class Prepared:
    path: Path
    sha256: str = ""
    extraction: Extraction | None = None
    error: str = ""
    # An attachment has no file of its own on disk: its bytes travel with it, and its label names its message.
    content: bytes | None = None
    label: str = ""
    attachments: tuple[Prepared, ...] = ()

    @property
    def name(self) -> str:
        return self.label or str(self.path)

    def read(self) -> bytes:
        return self.content if self.content is not None else self.path.read_bytes()


def document_paths(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the document files inside the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.casefold() in SUFFIXES)
        else:
            found.append(path)
    return found


def prepare(path: Path) -> Prepared:
    """Hash and extract one file; a file that cannot be read comes back with a Norwegian reason."""
    try:
        content = path.read_bytes()
    except OSError as error:
        return Prepared(path, error=f"kunne ikke lese filen: {error.strerror or error}")
    try:
        extraction = extract_file(path)
        return Prepared(path, sha256_of(content), extraction, attachments=_attachments(path, extraction))
    except UnreadableDocument as error:
        return Prepared(path, sha256_of(content), error=error.reason)
    except Exception as error:  # noqa: BLE001 - an engine error in one file must not stop the others
        return Prepared(path, sha256_of(content), error=unexpected(error))


def _attachments(path: Path, extraction: Extraction) -> tuple[Prepared, ...]:
    """Each attachment read like a file of its own, named "message.eml › attachment.docx"."""
    found = []
    for attachment in extraction.attachments:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / (Path(attachment.name).name or "vedlegg")
            copy.write_bytes(attachment.content)
            prepared = prepare(copy)
        found.append(
            replace(prepared, path=Path(copy.name), label=f"{path} › {copy.name}", content=attachment.content)
        )
    return tuple(found)


def unexpected(error: Exception) -> str:
    """A one-line reason for an error nobody foresaw, for the summary (the file is skipped, the rest go on)."""
    detail = " ".join(str(error).split())[:200]
    return f"uventet feil ({type(error).__name__}{': ' + detail if detail else ''}); meld fra om filen"


def prepare_all(paths: list[Path], jobs: int = 1) -> Iterator[Prepared]:
    """Prepare each file in order, spreading the work over `jobs` processes."""
    if jobs <= 1 or len(paths) < 2:
        yield from map(prepare, paths)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(prepare, paths, chunksize=16)
