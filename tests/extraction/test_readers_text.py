"""Plain text files in the encodings Norwegian documents turn up in, HTML remnants included."""

from __future__ import annotations

from pathlib import Path

import pytest

from motebok.extraction.readers import read_document

MINUTES = (
    "Referat fra møtet i Kommunedirektørkollegiet\nSak 14-22\tTas til orientering\nÆrlig talt – «sånn»\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_it_decodes_common_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "referat.txt"
    path.write_bytes(prefix + MINUTES.encode(encoding))

    source = read_document(path)

    assert source.text == MINUTES
    assert (source.kind, source.pages, source.ocr, source.path) == ("text", 1, False, path)


def test_it_reads_latin1_text_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "innkalling.txt"
    path.write_bytes("Innkalling til møte på Økopark\r\nSaksliste: æøå ÆØÅ\r\n".encode("latin-1"))

    assert read_document(path).text == "Innkalling til møte på Økopark\nSaksliste: æøå ÆØÅ\n"


def test_it_counts_form_feeds_as_page_breaks(tmp_path: Path) -> None:
    path = tmp_path / "sider.txt"
    path.write_text("Side 1\fSide 2\fSide 3", encoding="utf-8")

    assert read_document(path).pages == 3


def test_it_converts_html_remnants_and_keeps_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "rester.txt"
    path.write_text(
        "KOMMUNE\tNAMN\tE-post\n"
        'Askøy\tTorgeir Sæter\t<a href="mailto:t@askoy.no">t@askoy.no</a>\n'
        "4.\t<p><b>Vegen vidare</b></p> <ul><li>• Begeistra</li> <li>krev struktur</li></ul>\tKS\n"
        "Se <https://www.klp.no/kurs> og 3 < 4 &amp; mer\n",
        encoding="utf-8",
    )

    lines = read_document(path).text.split("\n")

    assert lines[:2] == ["KOMMUNE\tNAMN\tE-post", "Askøy\tTorgeir Sæter\tt@askoy.no"]
    assert lines[2:5] == ["4.\tVegen vidare", "• Begeistra", "• krev struktur\tKS"]
    assert lines[5] == "Se <https://www.klp.no/kurs> og 3 < 4 &amp; mer"


def test_it_strips_the_tags_from_the_real_seed_with_html_remnants(seeds: Path) -> None:
    text = read_document(next(seeds.glob("000_*.txt"))).text

    assert "<" not in text.replace("<https:", "")
    assert "Askøy\tTorgeir Sæter\ttorgeir.seter@askoy.komune.no" in text.split("\n")
    assert "• Begeistra for tiltaket-" in text.split("\n")
    assert "• • " not in text


def test_it_reads_every_seed_document(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        source = read_document(path)
        assert source.kind == "text"
        assert len(source.text) > 1000, path.name
