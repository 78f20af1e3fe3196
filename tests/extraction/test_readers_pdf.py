"""PDFs: the text layer page by page, OCR for scanned pages, and clear errors for locked or broken files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers import read_document


def test_it_reads_the_text_layer_with_pages_separated_by_form_feeds(
    make_pdf: Callable[..., Path], minutes_html: str
) -> None:
    path = make_pdf([minutes_html, "<p>Side to: Eventuelt – ingen saker.</p>", "<p>Side tre: Signatur</p>"])

    source = read_document(path)

    pages = source.text.split("\f")
    assert (source.kind, source.pages, source.ocr, len(pages)) == ("pdf", 3, False, 3)
    assert "Referat fra styringsgruppemøte" in pages[0]
    assert "Sak 14-22" in pages[0] and "Ole Frode Mikkelsgård" in pages[0]
    assert pages[1].strip() == "Side to: Eventuelt – ingen saker."
    assert "\r" not in source.text


def test_it_refuses_a_password_protected_pdf(encrypted_pdf: Path) -> None:
    with pytest.raises(UnreadableDocument) as refused:
        read_document(encrypted_pdf)

    assert str(refused.value) == (
        "kryptert.pdf: PDF-en er kryptert eller passordbeskyttet; lagre en kopi uten passord og prøv igjen"
    )


def test_it_refuses_a_truncated_pdf(make_pdf: Callable[..., Path], minutes_html: str) -> None:
    path = make_pdf([minutes_html])
    path.write_bytes(path.read_bytes()[:200])

    with pytest.raises(UnreadableDocument, match=r"^referat\.pdf: PDF-en er skadet"):
        read_document(path)


def test_it_refuses_a_pdf_without_any_text(make_pdf: Callable[..., Path]) -> None:
    path = make_pdf(["<p></p>"], name="blank.pdf")

    with pytest.raises(UnreadableDocument, match=r"^blank\.pdf: dokumentet inneholder ingen tekst$"):
        read_document(path)


def test_it_recognises_the_text_of_a_scanned_pdf(
    make_scan: Callable[..., Path], minutes_html: str, tesseract: None
) -> None:
    path = make_scan(minutes_html, "skannet.pdf")

    source = read_document(path)

    assert (source.kind, source.pages, source.ocr) == ("pdf", 1, True)
    assert "styringsgruppemøte" in source.text
    assert "Ole Frode Mikkelsgård" in source.text


def test_it_joins_words_that_the_pdf_hyphenated_at_a_line_end(make_pdf: Callable[..., Path]) -> None:
    narrow = (
        '<p lang="nb" style="width: 3.2cm; hyphens: auto; font-size: 14pt">'
        + " ".join(["Kommunedirektørkollegiet"] * 6)
        + "</p>"
    )
    text = read_document(make_pdf([narrow])).text
    assert "\ufffe" not in text
    assert text.count("Kommunedirektørkollegiet") == 6
