"""Scanned pages saved as images are read by Tesseract with the Norwegian model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers import read_document


@pytest.mark.parametrize("name", ["skann.png", "skann.jpg", "skann.tiff"])
def test_it_recognises_norwegian_text_in_an_image(
    make_scan: Callable[..., Path], minutes_html: str, tesseract: None, name: str
) -> None:
    source = read_document(make_scan(minutes_html, name))

    assert (source.kind, source.pages, source.ocr) == ("image", 1, True)
    assert "Referat fra styringsgruppemøte" in source.text
    assert "Økonomi og bemanning" in source.text


def test_it_refuses_a_broken_image(tmp_path: Path, tesseract: None) -> None:
    path = tmp_path / "skadet.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 50)

    with pytest.raises(UnreadableDocument, match=r"^skadet\.png: bildet kunne ikke leses av tesseract"):
        read_document(path)
