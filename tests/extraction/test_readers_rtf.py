"""RTF files read with striprtf: no control words left, escapes decoded."""

from __future__ import annotations

from pathlib import Path

import pytest

from motebok.extraction.readers import UnreadableDocument, read_document

MINUTES = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}{\colortbl;\red0\green0\blue0;}"
    r"\f0\fs24 {\b Referat styringsgruppem\'f8te V\'c5G}\par "
    r"H\'f8ring om Domstolstruktur \endash  frist 26. april\par "
    r"Sak 14-22 Tr\u230?ningsprogram\par}"
)


def test_it_reads_rtf_without_codes_and_with_norwegian_letters(tmp_path: Path) -> None:
    path = tmp_path / "referat.rtf"
    path.write_text(MINUTES, encoding="ascii")

    source = read_document(path)

    assert source.kind == "rtf"
    lines = [line.strip() for line in source.text.splitlines() if line.strip()]
    assert lines[:3] == [
        "Referat styringsgruppemøte VÅG",
        "Høring om Domstolstruktur – frist 26. april",
        "Sak 14-22 Træningsprogram",
    ]
    assert "\\par" not in source.text and "\\'f8" not in source.text


def test_an_rtf_file_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "referat.txt"
    path.write_text(MINUTES, encoding="ascii")

    assert read_document(path).kind == "rtf"


def test_an_rtf_file_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.rtf"
    path.write_text(r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}}", encoding="ascii")

    with pytest.raises(UnreadableDocument, match="ingen tekst"):
        read_document(path)


def test_a_cut_off_rtf_file_keeps_the_text_it_has(tmp_path: Path) -> None:
    path = tmp_path / "avkortet.rtf"
    path.write_text(MINUTES[:120], encoding="ascii")

    assert "\\" not in read_document(path).text
