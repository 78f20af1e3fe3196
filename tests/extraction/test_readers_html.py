"""HTML pages become lines of visible text, tables TAB-separated rows and list items bullets."""

from __future__ import annotations

from pathlib import Path

from motebok.extraction.readers import read_document


def test_it_keeps_visible_text_only(tmp_path: Path) -> None:
    path = tmp_path / "referat.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Tittel</title><style>p { color: red }</style>"
        "<script>var skjult = 1;</script></head><body><!-- intern merknad -->"
        "<h1>Referat</h1><p>Møtet ble holdt<br>på Teams.</p><div>Slutt &amp; signatur</div></body></html>",
        encoding="utf-8",
    )

    source = read_document(path)

    assert source.kind == "html"
    assert source.text == "Referat\n\nMøtet ble holdt\npå Teams.\n\nSlutt & signatur"


def test_it_flattens_tables_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "saksliste.htm"
    path.write_text(
        "<html><body><table><tr><th>Sak</th><th>Tittel</th></tr>"
        "<tr><td>14-22</td><td>Bærekraft<br>og <b>innovasjon</b></td></tr></table>"
        "<ul><li>Arne følger opp</li><li>• Frist 26. april</li></ul>"
        "<ol start='3'><li>Eventuelt</li></ol></body></html>",
        encoding="utf-8",
    )

    lines = read_document(path).text.split("\n")

    assert lines == [
        "Sak\tTittel",
        "14-22\tBærekraft og innovasjon",
        "",
        "• Arne følger opp",
        "• Frist 26. april",
        "",
        "3. Eventuelt",
    ]


def test_it_honours_the_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gammel.html"
    path.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body><p>M\xf8te p\xe5 \xd8kopark</p></body></html>'
    )

    assert read_document(path).text == "Møte på Økopark"


def test_it_recognises_html_by_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "eksport.txt"
    path.write_text("<!doctype html><html><body><p>Sak 15-22</p></body></html>", encoding="utf-8")

    source = read_document(path)

    assert (source.kind, source.text) == ("html", "Sak 15-22")


def test_it_survives_deeply_nested_markup(tmp_path: Path) -> None:
    path = tmp_path / "dyp.html"
    path.write_text("<html><body>" + "<div>" * 5000 + "innerst" + "</div>" * 5000 + "</body></html>")

    assert read_document(path).text == "innerst"
