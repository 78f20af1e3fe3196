"""The input formats Møtebok reads: adding a format means adding one module and one line here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from motebok.extraction.readers.probe import Probe


@dataclass(frozen=True)
class Format:
    """One input format: which module reads it and how to recognise it."""

    kind: str
    module: str  # imported only when a file of this format turns up, so reading text starts fast
    extensions: tuple[str, ...]
    magic: Callable[[Probe], bool] = field(default=lambda probe: False)
    looks_like: Callable[[Probe], bool] = field(default=lambda probe: False)


def _is_html(probe: Probe) -> bool:
    head = probe.head_text()
    is_html_start = head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<?xml") and "<html" in head
    )
    return probe.looks_like_text and is_html_start


# The headers an e-mail message starts with, whichever comes first.
_MAIL_HEADERS = (
    "from:",
    "to:",
    "subject:",
    "date:",
    "received:",
    "return-path:",
    "mime-version:",
    "message-id:",
)


def _is_email(probe: Probe) -> bool:
    """A header block of "Name: value" lines naming at least two mail headers, then a blank line."""
    if not probe.looks_like_text:
        return False
    block = probe.head_text().replace("\r\n", "\n").split("\n\n", 1)[0]
    known = [line for line in block.split("\n") if line.startswith(_MAIL_HEADERS)]
    return len(known) >= 2 and all(":" in line or line[:1] in " \t" for line in block.split("\n"))


FORMATS: tuple[Format, ...] = (
    Format("pdf", "pdf", (".pdf",), magic=lambda probe: b"%PDF-" in probe.head[:1024]),
    Format("docx", "docx", (".docx", ".docm"), magic=lambda probe: "word/document.xml" in probe.zip_names),
    Format(
        "odt",
        "odt",
        (".odt",),
        magic=lambda probe: b"application/vnd.oasis.opendocument.text" in probe.head[:100],
    ),
    Format(
        "image",
        "image",
        (".png", ".jpg", ".jpeg", ".tif", ".tiff"),
        magic=lambda probe: probe.head.startswith(
            (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
        ),
    ),
    Format("html", "html", (".html", ".htm", ".xhtml"), magic=_is_html),
    Format("eml", "eml", (".eml",), magic=_is_email),
    Format("msg", "msg", (".msg",), magic=lambda probe: "__properties_version1.0" in probe.ole_names),
    Format("doc", "doc", (".doc", ".dot"), magic=lambda probe: "WordDocument" in probe.ole_names),
    Format("rtf", "rtf", (".rtf",), magic=lambda probe: probe.head.startswith(b"{\\rtf")),
    Format(
        "text",
        "text",
        (".txt", ".text", ".md", ".csv", ".tsv"),
        looks_like=lambda probe: probe.looks_like_text,
    ),
)

# Files people drop in by mistake, named so that the error says what the file is.
NOT_DOCUMENTS: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "et program (ELF), ikke et dokument"),
    (b"MZ", "et Windows-program, ikke et dokument"),
    (b"PK\x03\x04", "et zip-arkiv som ikke er et Word- eller OpenDocument-dokument; pakk det ut først"),
    (b"\x1f\x8b", "en gzip-komprimert fil; pakk den ut først"),
    (b"\xd0\xcf\x11\xe0", "et gammelt Office-format (.xls/.ppt); lagre det som .docx eller PDF"),
)


def choose_format(probe: Probe) -> Format | None:
    """Pick the format by magic bytes first, file extension second, and a look at the content last."""
    for candidates in (
        (f for f in FORMATS if f.magic(probe)),
        (f for f in FORMATS if probe.extension in f.extensions),
        (f for f in FORMATS if f.looks_like(probe)),
    ):
        chosen = next(candidates, None)
        if chosen is not None:
            return chosen
    return None


def describe_non_document(probe: Probe) -> str:
    """Say what a file that no format accepts appears to be."""
    for signature, description in NOT_DOCUMENTS:
        if probe.head.startswith(signature):
            return f"filen er {description}"
    return "filen er ikke et dokument Møtebok kan lese (binære data); støttet er PDF, Word, ODT, RTF, HTML, tekst, e-post og bilder"
