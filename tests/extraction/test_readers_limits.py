"""Files that are no documents, or too big, are refused with one line that says what to do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers import read_document


def refusal(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as refused:
        read_document(path)
    message = str(refused.value)
    assert "\n" not in message
    return message


def test_it_refuses_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.txt"
    path.touch()

    assert refusal(path) == "tom.txt: filen er tom (0 byte)"


def test_it_refuses_a_file_of_white_space(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n")

    assert refusal(path) == "blank.txt: dokumentet inneholder ingen tekst"


def test_it_refuses_a_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTEBOK_MAX_DOCUMENT_BYTES", str(1024 * 1024))
    path = tmp_path / "stor.txt"
    path.write_text("Referat\n" * 200_000)

    assert refusal(path) == (
        "stor.txt: filen er 1,5 MB, over grensen på 1,0 MB; del dokumentet opp eller øk MOTEBOK_MAX_DOCUMENT_BYTES"
    )


def test_it_fails_loudly_on_a_bad_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOTEBOK_MAX_DOCUMENT_BYTES", "50MB")
    path = tmp_path / "referat.txt"
    path.write_text("Referat")

    with pytest.raises(ValueError, match="MOTEBOK_MAX_DOCUMENT_BYTES må være et positivt heltall"):
        read_document(path)


def test_it_refuses_a_missing_file_and_a_folder(tmp_path: Path) -> None:
    assert refusal(tmp_path / "borte.pdf") == "borte.pdf: finnes ikke; sjekk filnavnet"
    assert refusal(tmp_path) == f"{tmp_path.name}: er en mappe, ikke en fil"


def test_it_refuses_a_program(tmp_path: Path) -> None:
    path = tmp_path / "program"
    path.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4)

    assert refusal(path) == "program: filen er et program (ELF), ikke et dokument"


def test_it_refuses_random_binary_data_even_named_as_text(tmp_path: Path) -> None:
    data = os.urandom(4096)
    (tmp_path / "data.bin").write_bytes(data)
    (tmp_path / "data.txt").write_bytes(data)

    assert refusal(tmp_path / "data.bin").startswith("data.bin: filen er ikke et dokument Møtebok kan lese")
    assert (
        refusal(tmp_path / "data.txt")
        == "data.txt: filen inneholder binære data, ikke tekst; er det riktig fil?"
    )


def test_it_says_what_to_do_with_a_plain_zip_archive(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "vedlegg.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("referat.txt", "Referat")

    assert refusal(path).startswith(
        "vedlegg.zip: filen er et zip-arkiv som ikke er et Word- eller OpenDocument"
    )
