"""Word (.docx) and OpenDocument (.odt) files: paragraphs and tables in document order."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers import read_document


def test_it_reads_a_word_document_in_order(make_docx: Callable[..., Path]) -> None:
    source = read_document(make_docx())

    assert source.kind == "docx"
    assert source.text.split("\n") == [
        "Referat styringsgruppemøte VÅG",
        "Deltagere: Alf Marcus Vang, Asgeir Rustad",
        "• HR Prosjekt – tilbakemelding",
        "Sak\tTittel\tAnsvar",
        "14-22\tØkonomi\tGrue",
        "Eventuelt: ingen saker.",
    ]


def test_it_reads_a_word_document_whatever_its_name(make_docx: Callable[..., Path]) -> None:
    assert read_document(make_docx(name="referat.bin")).kind == "docx"


def test_it_reads_an_opendocument_text(make_odt: Callable[..., Path]) -> None:
    path = make_odt(
        "<text:h>Innkalling</text:h>"
        "<text:p>Møte<text:s text:c='2'/>i <text:span>nettverket</text:span><text:line-break/>Sted: Teams</text:p>"
        "<text:list><text:list-item><text:p>Sak 1</text:p></text:list-item>"
        "<text:list-item><text:p>Sak 2</text:p></text:list-item></text:list>"
        "<table:table><table:table-header-rows><table:table-row>"
        "<table:table-cell><text:p>Navn</text:p></table:table-cell>"
        "<table:table-cell><text:p>Kommune</text:p></table:table-cell></table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell><text:p>Åse Vik</text:p></table:table-cell>"
        "<table:table-cell><text:p>Øygarden</text:p><text:p>kommune</text:p></table:table-cell></table:table-row>"
        "</table:table>"
        "<text:tracked-changes><text:p>slettet tekst</text:p></text:tracked-changes>"
    )

    source = read_document(path)

    assert source.kind == "odt"
    assert source.text.split("\n") == [
        "Innkalling",
        "Møte  i nettverket",
        "Sted: Teams",
        "• Sak 1",
        "• Sak 2",
        "Navn\tKommune",
        "Åse Vik\tØygarden kommune",
    ]


def test_it_refuses_a_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bombe.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))

    with pytest.raises(
        UnreadableDocument, match=r"^bombe\.docx: pakker seg ut til 20,0 MB .*\(mulig zip-bombe\)"
    ):
        read_document(path)


def test_it_refuses_a_broken_word_document(tmp_path: Path) -> None:
    path = tmp_path / "skadet.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)

    with pytest.raises(UnreadableDocument, match=r"^skadet\.docx: filen er skadet \(ugyldig zip-arkiv"):
        read_document(path)


def test_it_refuses_an_opendocument_with_broken_xml(make_odt: Callable[..., Path]) -> None:
    path = make_odt("<text:p>uavsluttet")

    with pytest.raises(UnreadableDocument, match=r"^referat\.odt: content\.xml er skadet"):
        read_document(path)
