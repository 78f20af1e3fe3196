"""A first look at a file's bytes, shared by the format sniffers."""

from __future__ import annotations

import zipfile
from functools import cached_property
from pathlib import Path

HEAD_BYTES = 8192
_UTF_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class Probe:
    """The head of a file, and the names inside it when it is a zip archive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as file:
            self.head = file.read(HEAD_BYTES)

    @property
    def extension(self) -> str:
        return self.path.suffix.lower()

    @cached_property
    def zip_names(self) -> frozenset[str]:
        if not self.head.startswith(b"PK\x03\x04"):
            return frozenset()
        try:
            with zipfile.ZipFile(self.path) as archive:
                return frozenset(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return frozenset()

    @cached_property
    def ole_names(self) -> frozenset[str]:
        """The top-level stream names of an old Office (OLE) file: "WordDocument" in .doc, "__substg1.0_…" in .msg."""
        if not self.head.startswith(OLE_SIGNATURE):
            return frozenset()
        import olefile

        try:
            with olefile.OleFileIO(str(self.path)) as ole:
                return frozenset(entry[0] for entry in ole.listdir(streams=True, storages=True))
        except (OSError, ValueError):
            return frozenset()

    @cached_property
    def looks_like_text(self) -> bool:
        return looks_like_text(self.head)

    def head_text(self) -> str:
        """Return the head decoded leniently, lower-cased, for markup sniffing."""
        return self.head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()


def looks_like_text(head: bytes) -> bool:
    """Tell text from binary by its control bytes; UTF-16 text is recognised by its byte order mark."""
    if head.startswith(_UTF_BOMS):
        return True
    if b"\x00" in head:
        return _looks_like_bomless_utf16(head)
    control = sum(head.count(byte) for byte in _CONTROL_BYTES)
    return control <= len(head) // 100


def _looks_like_bomless_utf16(head: bytes) -> bool:
    # ASCII-heavy UTF-16 puts a NUL in every other byte; random binary does not.
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > 0.4 * len(odd) and min(even.count(0), odd.count(0)) == 0
