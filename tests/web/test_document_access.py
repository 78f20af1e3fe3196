"""A document's public access: it follows its case by default, and the secretary can mark it exempt with its
legal basis; an exempt document's title, text and file stay with those who may see exempt material."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from motebok.documents.models import Document
from motebok.meetings import services
from motebok.meetings.models import Case
from tests.conftest import at, make_exempt_case

TITLE = "Sluttavtale for enhetsleder Vefsn"


@pytest.fixture
def filed(world, settings, tmp_path):
    """A published meeting of the public network with an open and an exempt case, each with a document."""
    settings.MEDIA_ROOT = tmp_path
    meeting = services.create_meeting(world.network, start=at(2025, 3, 14), is_published=True)
    open_case = Case.objects.create(body=world.network, title="Samhandling med sykehuset")
    exempt_case = make_exempt_case(world.network, "Personalsak", public_title="P")
    for case in (open_case, exempt_case):
        services.place_case(case, meeting)

    def document(case, title):
        return Document.objects.create(
            title=title,
            body=world.network,
            case=case,
            sha256="1" * 64,
            extracted_text=f"Teksten i {title}",
            file=ContentFile(title.encode(), "notat.txt"),
        )

    return document(open_case, "Referat fra samhandlingsmøtet"), document(exempt_case, TITLE)


def _outsiders(world, client):
    return {"anonym": client, "Olav": world.client_for(world.outsider)}


def test_a_document_of_an_exempt_case_is_exempt_by_default(world, client, filed):
    open_document, exempt_document = filed
    case_url = reverse("case", args=[exempt_document.case_id])

    assert exempt_document.access == Document.AS_CASE and exempt_document.is_exempt
    for who, visitor in _outsiders(world, client).items():
        assert TITLE not in visitor.get(case_url).content.decode(), who
        assert visitor.get(exempt_document.get_absolute_url()).status_code == 404, who
        # The query is echoed in the search box: look for another part of the title in the answer.
        assert "Sluttavtale" not in visitor.get("/sok/", {"q": "Vefsn"}).content.decode(), who
        assert visitor.get(open_document.get_absolute_url()).status_code == 200, who
    mona = world.client_for(world.member)
    assert TITLE in mona.get(case_url).content.decode()
    assert mona.get(exempt_document.get_absolute_url()).status_code == 200


def test_the_secretary_marks_a_document_exempt_with_its_legal_basis(world, client, filed):
    open_document, _exempt = filed
    sara = world.client_for(world.secretary)
    case_page = sara.get(reverse("case", args=[open_document.case_id])).content.decode()
    assert reverse("document_access", args=[open_document.pk]) in case_page

    response = sara.post(
        reverse("document_access", args=[open_document.pk]),
        {
            f"dokument-{open_document.pk}-access": "exempt",
            f"dokument-{open_document.pk}-exemption_basis": "offl. § 14",
            f"dokument-{open_document.pk}-public_title": "Internt notat",
        },
    )

    assert response.status_code == 302
    open_document.refresh_from_db()
    assert (open_document.access, open_document.exemption_basis) == ("exempt", "offl. § 14")
    assert client.get(open_document.get_absolute_url()).status_code == 404
    assert (
        "samhandlingsmøtet" not in client.get(reverse("case", args=[open_document.case_id])).content.decode()
    )
    assert "Referat fra" not in client.get("/sok/", {"q": "samhandlingsmøtet"}).content.decode()
    assert world.client_for(world.member).get(open_document.get_absolute_url()).status_code == 200


def test_it_refuses_an_exemption_without_a_legal_basis_and_names_the_field(world, filed):
    open_document, _exempt = filed
    sara = world.client_for(world.secretary)

    response = sara.post(
        reverse("document_access", args=[open_document.pk]),
        {
            f"dokument-{open_document.pk}-access": "exempt",
            f"dokument-{open_document.pk}-public_title": "Notat",
        },
        follow=True,
    )

    assert "Hjemmel for unntak: Et unntak fra offentlighet må ha en hjemmel." in response.content.decode()
    open_document.refresh_from_db()
    assert open_document.access == Document.AS_CASE


def test_only_the_bodys_editors_may_change_a_documents_access(world, client, filed):
    open_document, _exempt = filed
    url = reverse("document_access", args=[open_document.pk])
    data = {f"dokument-{open_document.pk}-access": "open"}

    assert world.client_for(world.member).post(url, data).status_code == 403
    assert world.client_for(world.outsider).post(url, data).status_code == 404
    assert client.post(url, data).status_code == 404
    assert (
        reverse("document_access", args=[open_document.pk])
        not in world.client_for(world.member)
        .get(reverse("case", args=[open_document.case_id]))
        .content.decode()
    )
    open_document.refresh_from_db()
    assert open_document.access == Document.AS_CASE
