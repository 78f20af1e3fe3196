"""PDFs for people with screen readers and for the archive: tagged (PDF/UA-1), PDF/A-2b for approved minutes,
with the document's language, a structure tree of headings, lists and tables, and clickable links."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pikepdf

from motebok.publishing import to_pdf
from tests.publishing.test_rendering import agenda

LONG_LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ0ZDc2YjYtOTk1Yy00ZGE5LWI3ZTgtMGQ5YjI2NmQ3ZDQ1%40thread.v2/0"


def _linked() -> object:
    doc = agenda()
    doc.facts.append(("Lenke til møtet", LONG_LINK))
    return replace(doc, language="nn-NO", author="Kommunedirektørkollegiet Nordmøre")


def structure_types(node, found: set[str] | None = None) -> set[str]:
    """Every structure type (/S) under a node of the structure tree."""
    found = set() if found is None else found
    if isinstance(node, pikepdf.Array):
        for child in node:
            structure_types(child, found)
    elif isinstance(node, pikepdf.Dictionary):
        if "/S" in node:
            found.add(str(node.S).lstrip("/"))
        if "/K" in node:
            structure_types(node.K, found)
    return found


def link_targets(pdf: pikepdf.Pdf) -> list[str]:
    return [
        str(annotation.A.URI)
        for page in pdf.pages
        for annotation in page.get("/Annots", [])
        if annotation.Subtype == "/Link" and "/A" in annotation
    ]


def test_an_agenda_is_tagged_pdf_ua_in_its_language_with_headings_lists_tables_and_links():
    with pikepdf.open(BytesIO(to_pdf(_linked()))) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert str(pdf.Root.Lang) == "nn-NO"
        types = structure_types(pdf.Root.StructTreeRoot)
        assert {"H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD", "Link"} <= types, types
        assert pdf.open_metadata().get("pdfuaid:part") == "1"
        assert str(pdf.docinfo.Author) == "Kommunedirektørkollegiet Nordmøre"
        # The long link is clickable, whole, though it wraps over lines.
        assert LONG_LINK in link_targets(pdf)


def test_archived_minutes_are_pdf_a_2b_and_still_tagged():
    with pikepdf.open(BytesIO(to_pdf(replace(_linked(), archival=True)))) as pdf:
        metadata = pdf.open_metadata()
        assert (metadata.get("pdfaid:part"), metadata.get("pdfaid:conformance")) == ("2", "B")
        assert pdf.Root.MarkInfo.Marked is True
        assert {"H1", "H2", "Link"} <= structure_types(pdf.Root.StructTreeRoot)
