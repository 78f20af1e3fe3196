"""Shared rendering of meeting documents (agendas, minutes) to HTML, PDF and Word.

Callers build a `MeetingDocument` with everything already decided for the reader (exempt content removed),
then ask for the format they need.
"""

from __future__ import annotations

from motebok.publishing.document import MeetingDocument, Section
from motebok.publishing.docx import to_docx
from motebok.publishing.html import to_html, to_pdf

__all__ = ["MeetingDocument", "Section", "to_docx", "to_html", "to_pdf"]
