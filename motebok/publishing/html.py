"""Meeting documents as HTML, and as tagged A4 PDF through WeasyPrint."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.template import Context, Engine

from motebok.publishing.document import MeetingDocument

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _engine() -> Engine:
    # A package of its own, not an app: its template is found here rather than through INSTALLED_APPS.
    return Engine(dirs=[str(TEMPLATES)], autoescape=True)


def to_html(doc: MeetingDocument) -> str:
    """Render the document as a complete HTML page with print styles for A4."""
    template = _engine().get_template("meeting_document.html")
    sections = [(section, _heading_level(section.level)) for section in doc.sections]
    return template.render(Context({"doc": doc, "sections": sections}))


def _heading_level(level: int) -> int:
    """Clamp to h2–h6: h1 is the body's name."""
    return min(max(level, 2), 6)


def to_pdf(doc: MeetingDocument) -> bytes:
    """Render the document as a tagged A4 PDF: PDF/UA-1, or PDF/A-2b (tagged too) for the archive."""
    from weasyprint import HTML

    variant = "pdf/a-2b" if doc.archival else "pdf/ua-1"
    return HTML(string=to_html(doc), base_url=str(TEMPLATES)).write_pdf(pdf_variant=variant, pdf_tags=True)
