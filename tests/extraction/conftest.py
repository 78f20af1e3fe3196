"""Real documents of every supported format, generated on demand for the extraction tests."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"

MINUTES_HTML = """
<h1>Referat fra styringsgruppemøte</h1>
<p>Dato: 28. juni 2022, kl. 13.00–15.00, Teams</p>
<table>
  <tr><th>Sak</th><th>Tittel</th><th>Ansvar</th></tr>
  <tr><td>Sak 14-22</td><td>Økonomi og bemanning</td><td>Ole Frode Mikkelsgård</td></tr>
</table>
<p>Vedtak: Saken tas til orientering.</p>
"""


def _tesseract_reason() -> str | None:
    binary = shutil.which("tesseract")
    if binary is None:
        return "tesseract is not installed (apt-get install tesseract-ocr-nor)"
    languages = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, check=False).stdout
    if "nor" not in languages.split():
        return "tesseract has no Norwegian model (apt-get install tesseract-ocr-nor)"
    return None


@pytest.fixture(scope="session")
def tesseract() -> None:
    """Skip the test, saying why, when Tesseract or its Norwegian model is not installed."""
    reason = _tesseract_reason()
    if reason is not None:
        pytest.skip(reason)


@pytest.fixture
def minutes_html() -> str:
    """Return a page of minutes as HTML, with a heading, a table and a decision."""
    return MINUTES_HTML


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that renders HTML pages into a PDF with a text layer."""

    def make(pages: list[str], name: str = "referat.pdf") -> Path:
        import weasyprint

        breaks = '<div style="page-break-before: always"></div>'
        path = tmp_path / name
        weasyprint.HTML(string=breaks.join(pages)).write_pdf(path)
        return path

    return make


@pytest.fixture
def make_scan(tmp_path: Path, make_pdf: Callable[..., Path]) -> Callable[..., Path]:
    """Return a function that makes a scanned page image (PNG, JPEG, TIFF or image-only PDF) of HTML."""

    def make(html: str, name: str) -> Path:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(make_pdf([html], name="scan-source.pdf"))
        image = document[0].render(scale=300 / 72, grayscale=True).to_pil()
        document.close()
        path = tmp_path / name
        image.save(path, resolution=300.0) if path.suffix == ".pdf" else image.save(path)
        return path

    return make


@pytest.fixture
def make_docx(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that writes a Word document with a heading, paragraphs, a list and a table."""

    def make(name: str = "referat.docx") -> Path:
        import docx

        document = docx.Document()
        document.add_heading("Referat styringsgruppemøte VÅG", level=1)
        document.add_paragraph("Deltagere: Alf Marcus Vang, Asgeir Rustad")
        document.add_paragraph("HR Prosjekt – tilbakemelding", style="List Bullet")
        table = document.add_table(rows=2, cols=3)
        for row, values in zip(
            table.rows, [("Sak", "Tittel", "Ansvar"), ("14-22", "Økonomi", "Grue")], strict=True
        ):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.add_paragraph("Eventuelt: ingen saker.")
        path = tmp_path / name
        document.save(path)
        return path

    return make


@pytest.fixture
def make_odt(tmp_path: Path) -> Callable[..., Path]:
    """Return a function that zips an OpenDocument text around the given body XML."""

    def make(body: str, name: str = "referat.odt") -> Path:
        content = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
        )
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            # The mimetype entry comes first and uncompressed, so the type shows in the file's first bytes.
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
            archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        return path

    return make


@pytest.fixture
def encrypted_pdf(tmp_path: Path) -> Path:
    """Write a PDF locked with a user password (standard security handler, revision 2)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        # /O and /U match no password, the empty one included, so no reader can open it without one.
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -44 >>",
    ]
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    file_id = b"<" + b"ab" * 16 + b">"
    data += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (
        len(objects) + 1,
        file_id,
        file_id,
    )
    data += b"startxref\n%d\n%%%%EOF\n" % xref
    path = tmp_path / "kryptert.pdf"
    path.write_bytes(data)
    return path


@pytest.fixture
def seeds() -> Path:
    """Return the folder of real seed documents, skipping when the shared folder is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"shared seed documents not found at {SEEDS}")
    return SEEDS
