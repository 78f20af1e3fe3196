"""PDF through PDFium: the text layer page by page, and OCR for pages that are only a scanned image."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.ocr import recognise
from motebok.extraction.readers.source import Extracted

OCR_DPI = 300
PAGE_SEPARATOR = "\f"


def read(path: Path) -> Extracted:
    """Read every page's text in turn, closing each page before opening the next to keep memory flat."""
    document = _open(path)
    try:
        texts: list[str] = []
        ocr_used = False
        for index in range(len(document)):
            page = document[index]
            try:
                text = _text_layer(page)
                if not text.strip() and _has_images(page):
                    text, ocr_used = _recognise_page(path, page), True
            finally:
                page.close()
            texts.append(text)
    except pdfium.PdfiumError as error:
        raise UnreadableDocument(
            path, f"PDF-en er skadet ({error}); lagre den på nytt fra kildeprogrammet"
        ) from None
    finally:
        document.close()
    return Extracted(text=PAGE_SEPARATOR.join(texts), pages=len(texts), ocr=ocr_used)


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise UnreadableDocument(
                path, "PDF-en er kryptert eller passordbeskyttet; lagre en kopi uten passord og prøv igjen"
            ) from None
        raise UnreadableDocument(
            path, "PDF-en er skadet og kan ikke åpnes; lagre den på nytt fra kildeprogrammet"
        ) from None


# A word the layout hyphenated at a line end: PDFium marks it with U+FFFE, typesetters that hyphenate
# automatically with a soft hyphen (U+00AD) or U+2010. A plain "-" may belong to the text ("helse- og"), so stays.
_SOFT_HYPHEN_BREAK = re.compile("\ufffe(?:\r?\n)?|[\u00ad\u2010]\r?\n(?=[a-zæøå])")


def _text_layer(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    return _SOFT_HYPHEN_BREAK.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _has_images(page: pdfium.PdfPage) -> bool:
    return next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None) is not None


def _recognise_page(path: Path, page: pdfium.PdfPage) -> str:
    bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
    try:
        image = bitmap.to_pil()
        buffer = io.BytesIO()
        image.save(
            buffer, format="PPM"
        )  # uncompressed: far quicker to write than PNG, and Tesseract reads it
    finally:
        bitmap.close()
    return recognise(path, buffer.getvalue()).rstrip().removesuffix("\f").strip("\n")
