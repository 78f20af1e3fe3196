"""E-mail messages (.eml): decoded headers and text, and attachments handed on as files of their own."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from motebok.extraction.readers import UnreadableDocument, read_document


def message(subject: str = "Referat fra møte i Styringsgruppe VÅG") -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = "Åse Vik <ase.vik@grue.kommune.no>"
    mail["To"] = "styringsgruppa@vag.no"
    mail["Date"] = "Tue, 28 Jun 2022 10:00:00 +0200"
    mail.set_content("Hei,\nHøring om Domstolstruktur – frist 26. april.\n", cte="quoted-printable")
    return mail


def test_it_decodes_the_encoded_subject_and_the_quoted_printable_text(tmp_path: Path) -> None:
    path = tmp_path / "melding.eml"
    path.write_bytes(bytes(message()))
    assert b"=?utf-8?q?" in path.read_bytes() and b"H=C3=B8ring" in path.read_bytes()

    source = read_document(path)

    assert source.kind == "eml"
    assert source.text.startswith(
        "Referat fra møte i Styringsgruppe VÅG\nFra: Åse Vik <ase.vik@grue.kommune.no>"
    )
    assert "Høring om Domstolstruktur – frist 26. april." in source.text


def test_it_hands_on_each_attachment_with_its_name_and_bytes(tmp_path: Path) -> None:
    mail = message()
    mail.add_attachment(
        "Referat styringsgruppemøte VÅG 28. juni 2022\n".encode(),
        maintype="text",
        subtype="plain",
        filename="referat.txt",
    )
    mail.add_attachment(b"%PDF-1.4 tom", maintype="application", subtype="pdf", filename="vedlegg.pdf")
    path = tmp_path / "melding.eml"
    path.write_bytes(bytes(mail))

    source = read_document(path)

    assert [(a.name, a.content[:8]) for a in source.attachments] == [
        ("referat.txt", b"Referat "),
        ("vedlegg.pdf", b"%PDF-1.4"),
    ]
    assert "Referat styringsgruppemøte" not in source.text


def test_an_html_only_message_is_read_as_its_visible_text(tmp_path: Path) -> None:
    mail = message()
    mail.set_content(
        "<html><body><p>Møtet holdes <b>på Teams</b>.</p><script>x()</script></body></html>", subtype="html"
    )
    path = tmp_path / "melding.eml"
    path.write_bytes(bytes(mail))

    assert "Møtet holdes på Teams." in read_document(path).text
    assert "x()" not in read_document(path).text


def test_an_empty_message_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.eml"
    path.write_bytes(b"")

    with pytest.raises(UnreadableDocument, match="filen er tom"):
        read_document(path)


def test_a_truncated_message_keeps_what_it_has(tmp_path: Path) -> None:
    path = tmp_path / "avkortet.eml"
    path.write_bytes(bytes(message())[:-30])

    assert read_document(path).text.startswith("Referat fra møte i Styringsgruppe VÅG")
