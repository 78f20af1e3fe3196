"""OpenDocument text (.odt): content.xml read with the standard library."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.limits import open_zip
from motebok.extraction.readers.source import Extracted

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
# Deleted tracked changes, comments and footnote marks are not part of the text a reader sees.
_SKIPPED = {f"{_TEXT}tracked-changes", f"{_OFFICE}annotation", f"{_TEXT}note-citation", f"{_TEXT}note"}
_ROW_GROUPS = {f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"}
MAX_SPACES = 100  # a run of spaces is layout; a huge count would only be an attempt to exhaust memory


def read(path: Path) -> Extracted:
    """Read the body of an OpenDocument text."""
    with open_zip(path) as archive:
        try:
            content = archive.read("content.xml")
            meta = archive.read("meta.xml") if "meta.xml" in archive.namelist() else b""
        except KeyError:
            raise UnreadableDocument(
                path, "mangler content.xml; er dette et OpenDocument-dokument?"
            ) from None
        except zipfile.BadZipFile as error:
            raise UnreadableDocument(path, f"dokumentet er skadet ({error}); lagre det på nytt") from None
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        raise UnreadableDocument(path, f"content.xml er skadet ({error}); lagre dokumentet på nytt") from None
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise UnreadableDocument(path, "fant ingen tekstdel; er dette et tekstdokument (ikke regneark)?")
    found = re.search(rb'meta:page-count="(\d{1,9})"', meta)
    return Extracted(text="\n".join(_block_lines(body)), pages=max(1, int(found.group(1))) if found else 1)


def _block_lines(container: ElementTree.Element) -> list[str]:
    lines: list[str] = []
    for element in container:
        if element.tag in _SKIPPED:
            continue
        if element.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            lines.append(_inline_text(element))
        elif element.tag == f"{_TEXT}list":
            lines.extend(_list_lines(element))
        elif element.tag == f"{_TABLE}table":
            lines.extend(_row_line(row) for row in _rows(element))
        else:  # sections, list headers, table headers and the like only wrap more blocks
            lines.extend(_block_lines(element))
    return lines


def _list_lines(listing: ElementTree.Element) -> list[str]:
    lines = []
    for item in listing:
        for index, line in enumerate(_block_lines(item)):
            is_item_start = index == 0 and not line.lstrip().startswith(("•", "-", "–"))
            lines.append(f"• {line}" if is_item_start else line)
    return lines


def _rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    rows = []
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(_rows(child))
    return rows


def _row_line(row: ElementTree.Element) -> str:
    cells = [cell for cell in row if cell.tag == f"{_TABLE}table-cell"]
    return "\t".join(" ".join(" ".join(_block_lines(cell)).split()) for cell in cells)


def _inline_text(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            spaces = min(int(count), MAX_SPACES) if count.isdigit() and len(count) <= 9 else MAX_SPACES
            parts.append(" " * spaces if count.isdigit() else " ")
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _SKIPPED:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
