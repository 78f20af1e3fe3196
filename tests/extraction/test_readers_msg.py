"""Outlook messages (.msg), built in the test with extract-msg's own OLE writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_msg.ole_writer import OleWriter

from motebok.extraction.readers import UnreadableDocument, read_document


def write_msg(path: Path, subject: str, body: str) -> Path:
    """A minimal Outlook message: the property stream and the subject, class and body as UTF-16 streams."""
    writer = OleWriter()
    writer.addEntry("__properties_version1.0", b"\x00" * 32)
    writer.addEntry("__substg1.0_001A001F", "IPM.Note".encode("utf-16-le"))
    writer.addEntry("__substg1.0_0037001F", subject.encode("utf-16-le"))
    writer.addEntry("__substg1.0_1000001F", body.encode("utf-16-le"))
    writer.write(str(path))
    return path


def test_it_reads_the_subject_and_text_of_an_outlook_message(tmp_path: Path) -> None:
    path = write_msg(
        tmp_path / "melding.msg", "Referat styringsgruppemøte VÅG", "Via Teams\nHøring: frist 26. april\n"
    )

    source = read_document(path)

    assert source.kind == "msg"
    assert source.text.startswith("Referat styringsgruppemøte VÅG\n")
    assert "Høring: frist 26. april" in source.text


def test_it_knows_an_outlook_message_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = write_msg(tmp_path / "melding.doc", "Innkalling", "Saksliste\n")

    assert read_document(path).kind == "msg"


def test_a_damaged_outlook_message_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "skadet.msg"
    path.write_bytes(write_msg(tmp_path / "hel.msg", "Emne", "Tekst").read_bytes()[:700])

    with pytest.raises(UnreadableDocument) as refused:
        read_document(path)
    assert ".eml" in refused.value.reason or "binære" in refused.value.reason


def test_an_empty_outlook_message_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="ingen tekst"):
        read_document(write_msg(tmp_path / "tom.msg", "", ""))
