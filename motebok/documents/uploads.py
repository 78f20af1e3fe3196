"""Every upload: a size limit enforced while the file streams in, and its type checked by its content.

Django hands each uploaded file to `LimitedUploadHandler` (FILE_UPLOAD_HANDLERS), which writes it to a temporary
file and stops keeping it the moment it passes MOTEBOK_MAX_DOCUMENT_BYTES; `check_upload` then recognises what the
file is from its first bytes (the extraction engine's sniffers), refuses programs, files whose content is not what
their name says, and zip containers (Word, Excel, OpenDocument) that would unpack to far more than they hold.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.limits import max_document_bytes, megabytes, open_zip
from motebok.extraction.readers.probe import Probe
from motebok.extraction.readers.registry import FORMATS, NOT_DOCUMENTS, Format, describe_non_document

# Office files Møtebok keeps as attachments without reading them, recognised the way the readable ones are.
STORED_ONLY: tuple[Format, ...] = (
    Format("xlsx", "", (".xlsx",), magic=lambda probe: "xl/workbook.xml" in probe.zip_names),
    Format("pptx", "", (".pptx",), magic=lambda probe: "ppt/presentation.xml" in probe.zip_names),
    Format(
        "ods",
        "",
        (".ods",),
        magic=lambda probe: b"application/vnd.oasis.opendocument.spreadsheet" in probe.head[:100],
    ),
    Format(
        "odp",
        "",
        (".odp",),
        magic=lambda probe: b"application/vnd.oasis.opendocument.presentation" in probe.head[:100],
    ),
)


@dataclass(frozen=True)
class Accepted:
    """The formats one kind of upload accepts, and how to name them to a person."""

    formats: tuple[Format, ...]
    described: str


ATTACHMENTS = Accepted(
    FORMATS + STORED_ONLY,
    gettext_lazy("PDF, Word, Excel, PowerPoint, OpenDocument, RTF, tekst, HTML, e-post eller bilder"),
)
READABLE = Accepted(FORMATS, gettext_lazy("tekst, HTML, Word, OpenDocument, RTF, PDF, e-post eller bilder"))
# Formats that are plain text underneath: a page or an e-mail saved as .txt, or a fragment of HTML without
# <html>, is what its name says.
TEXTUAL = {"text", "html", "eml", "rtf"}
ZIP_CONTAINERS = {"docx", "odt", "xlsx", "pptx", "ods", "odp"}


class UploadRefused(Exception):
    """An uploaded file that is not kept, with a Norwegian reason that names the file."""


class RefusedUpload(UploadedFile):
    """What stands in for a file that passed the size limit while it streamed in: its name, no content."""

    def __init__(self, name: str, received: int):
        super().__init__(BytesIO(), name, "application/octet-stream", received)
        self.refusal = _("%(name)s: filen er over grensen på %(limit)s; del den opp") % {
            "name": name,
            "limit": megabytes(max_document_bytes()),
        }


class LimitedUploadHandler(TemporaryFileUploadHandler):
    """Stream each file to a temporary file, and drop it as soon as it passes the size limit."""

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.too_large = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if self.too_large:
            return None
        if start + len(raw_data) > max_document_bytes():
            # Nothing more is written; the rest of this file is read from the request and thrown away.
            self.too_large = True
            self.file.close()
            return None
        return super().receive_data_chunk(raw_data, start)

    def file_complete(self, file_size: int) -> UploadedFile:
        if self.too_large:
            return RefusedUpload(self.file_name, file_size)
        return super().file_complete(file_size)


def check_upload(upload: UploadedFile, accepted: Accepted = ATTACHMENTS) -> None:
    """Refuse an upload that is too large, empty, a program, not what its name says, or a zip bomb."""
    name = Path(upload.name or "").name or "dokument"
    if isinstance(upload, RefusedUpload):
        raise UploadRefused(upload.refusal)
    if not upload.size:
        raise UploadRefused(_("%(name)s: filen er tom (0 byte)") % {"name": name})
    if upload.size > max_document_bytes():
        raise UploadRefused(RefusedUpload(name, upload.size).refusal)
    suffix = Path(name).suffix.lower()
    expected = next((f for f in accepted.formats if suffix in f.extensions), None)
    if expected is None:
        raise UploadRefused(
            _("%(name)s: denne filtypen støttes ikke (%(suffix)s); bruk %(accepted)s")
            % {"name": name, "suffix": suffix or _("uten endelse"), "accepted": accepted.described}
        )
    with _on_disk(upload) as path:
        probe = Probe(path)
        found = next((f for f in ATTACHMENTS.formats if f.magic(probe)), None)
        if found is None and any(probe.head.startswith(signature) for signature, _what in NOT_DOCUMENTS):
            raise UploadRefused(f"{name}: {describe_non_document(probe)}")
        textual = expected.kind in TEXTUAL and (found is None or found.kind in TEXTUAL)
        if found is None and not (textual and probe.looks_like_text):
            raise UploadRefused(
                _("%(name)s: filen er skadet, eller den er ikke en %(kind)s-fil slik navnet sier")
                % {"name": name, "kind": _kind_name(expected)}
            )
        if found is not None and found.kind != expected.kind and not textual:
            raise UploadRefused(
                _(
                    "%(name)s: innholdet er %(kind)s, ikke det filnavnet sier (%(suffix)s); gi filen riktig endelse"
                )
                % {"name": name, "kind": _kind_name(found), "suffix": suffix}
            )
        if found is not None and found.kind in ZIP_CONTAINERS:
            try:
                open_zip(path).close()
            except UnreadableDocument as error:
                raise UploadRefused(f"{name}: {error.reason}") from None


def _kind_name(found: Format) -> str:
    """A format as people name it: PDF, DOCX, or the image type its first extension names."""
    return found.extensions[0].lstrip(".").upper()


@contextmanager
def _on_disk(upload: UploadedFile) -> Iterator[Path]:
    """The upload as a file on disk: where the upload handler put it, or a temporary copy."""
    if hasattr(upload, "temporary_file_path"):
        yield Path(upload.temporary_file_path())
        return
    with tempfile.NamedTemporaryFile(suffix=".upload") as copy:
        upload.seek(0)
        shutil.copyfileobj(upload, copy)
        copy.flush()
        upload.seek(0)
        yield Path(copy.name)


class UploadField(forms.FileField):
    """A file field that refuses what `check_upload` refuses, with its reason."""

    def validate(self, value) -> None:
        super().validate(value)
        if value:
            try:
                check_upload(value)
            except UploadRefused as refused:
                raise forms.ValidationError(str(refused), code="refused") from None


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleUploadField(UploadField):
    """Several files in one field, each checked; `checked=False` leaves the checks to the view, file by file."""

    def __init__(self, *args, checked: bool = True, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"class": "ds-input"}))
        super().__init__(*args, **kwargs)
        self.checked = checked

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            super().clean(None, initial)  # says that the field is required, if it is
            return []
        return [super(MultipleUploadField, self).clean(file, initial) for file in files]

    def validate(self, value) -> None:
        if self.checked:
            super().validate(value)
        else:
            forms.FileField.validate(self, value)
