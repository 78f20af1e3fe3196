"""Word .docx through python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers.limits import open_zip
from motebok.extraction.readers.source import Extracted

_BULLETS = ("•", "·", "-", "–", "*")


def read(path: Path) -> Extracted:
    """Read the body of a Word document; headers, footers and comments are left out."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with open_zip(path) as archive:
            pages = _page_count(archive)
        document = docx.Document(str(path))
        lines = list(_container_lines(document))
    # A damaged part surfaces as a bad zip entry, broken compressed data or XML python-docx cannot use.
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        SyntaxError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
    ) as error:
        raise UnreadableDocument(
            path, f"Word-dokumentet er skadet ({error}); åpne og lagre det på nytt i Word"
        ) from None
    return Extracted(text="\n".join(lines), pages=pages)


def _container_lines(container) -> list[str]:
    lines: list[str] = []
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_row_line(row, block) for row in block.rows)
        else:
            lines.append(_paragraph_text(block))
    return lines


def _row_line(row, table) -> str:
    from docx.table import _Cell

    # One cell per <w:tc>: row.cells repeats merged cells once per grid column they span.
    cells = (_Cell(tc, table) for tc in row._tr.tc_lst)
    return "\t".join(" ".join(" ".join(_container_lines(cell)).split()) for cell in cells)


def _paragraph_text(paragraph) -> str:
    text = paragraph.text
    if _is_list_item(paragraph) and not text.lstrip().startswith(_BULLETS):
        return f"• {text}"
    return text


def _is_list_item(paragraph) -> bool:
    """Tell whether Word numbers or bullets the paragraph, directly or through its style."""
    properties = [paragraph._p.pPr]
    style, seen = paragraph.style, set()
    # A damaged file may base styles on each other in a loop; each style is looked at once.
    while style is not None and style.style_id not in seen:
        seen.add(style.style_id)
        properties.append(style.element.pPr)
        style = style.base_style
    return any(p is not None and p.numPr is not None for p in properties)


def _page_count(archive: zipfile.ZipFile) -> int:
    try:
        statistics = archive.read("docProps/app.xml")
    except KeyError:
        return 1
    # A page count of thousands of digits is damage, not a count: too long for int() and not believable.
    found = re.search(rb"<Pages>(\d{1,9})</Pages>", statistics)
    return max(1, int(found.group(1))) if found else 1
