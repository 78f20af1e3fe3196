"""Old Word files (.doc): converted by LibreOffice when it is installed, otherwise refused saying how to install it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest
from extract_msg.ole_writer import OleWriter

from motebok.extraction.readers import UnreadableDocument, read_document
from motebok.extraction.readers.doc import soffice


def word_97_file(path: Path, tmp_path: Path) -> Path:
    """A real .doc, saved by LibreOffice from a .docx the test writes."""
    source = tmp_path / "kilde.docx"
    document = docx.Document()
    document.add_paragraph("Referat styringsgruppemøte VÅG 28. juni 2022")
    document.add_paragraph("Høring om Domstolstruktur – frist 26. april")
    document.save(source)
    profile = (tmp_path / "profil").as_uri()
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (tmp_path / "kilde.doc").rename(path)
    return path


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_it_reads_an_old_word_file_through_libreoffice(tmp_path: Path) -> None:
    source = read_document(word_97_file(tmp_path / "referat.doc", tmp_path))

    assert source.kind == "doc"
    assert source.text.splitlines()[:2] == [
        "Referat styringsgruppemøte VÅG 28. juni 2022",
        "Høring om Domstolstruktur – frist 26. april",
    ]


def fake_word_file(path: Path, content: bytes) -> Path:
    """An OLE file with a WordDocument stream, as Word 97–2003 files have, holding whatever the test gives."""
    writer = OleWriter()
    writer.addEntry("WordDocument", content)
    writer.write(str(path))
    return path


@pytest.mark.skipif(soffice() is not None, reason="LibreOffice is installed here")
def test_without_libreoffice_it_says_how_to_install_it(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="apt-get install libreoffice-writer-nogui"):
        read_document(fake_word_file(tmp_path / "referat.doc", b"\x00" * 4096))


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_a_damaged_old_word_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument):
        read_document(fake_word_file(tmp_path / "skadet.doc", b"\x00" * 4096))


def test_an_empty_doc_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.doc"
    path.write_bytes(b"")

    with pytest.raises(UnreadableDocument):
        read_document(path)
