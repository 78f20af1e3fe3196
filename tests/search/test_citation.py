"""Citations name the body, case number, title, meeting date and permanent address; exempt cases their public title."""

from __future__ import annotations

from motebok.meetings import services
from motebok.meetings.models import Case
from motebok.registry.models import Body
from motebok.search.citation import cite_case, cite_document, cite_meeting
from tests.conftest import at
from tests.search.conftest import place


def test_a_case_is_cited_with_body_number_title_meeting_and_address(db, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    body = Body.objects.create(
        name="Kommunedirektørkollegiet Nordmøre", slug="kdk", case_number_format=Body.CaseNumberFormat.DASH
    )
    meeting = services.create_meeting(body, start=at(2022, 3, 14, 13))
    Case.objects.bulk_create([Case(body=body, title=f"Sak {n}", year=2022, sequence=n) for n in range(1, 14)])
    case = place(meeting, "Informasjons- og oppfølgingssaker")
    assert cite_case(case, may_see_exempt=False, meeting=meeting) == (
        "Kommunedirektørkollegiet Nordmøre, sak 14-22 «Informasjons- og oppfølgingssaker», møte 14. mars 2022. "
        f"http://127.0.0.1:8000/sak/{case.pk}/"
    )


def test_an_exempt_case_is_cited_by_its_public_title_to_outsiders_only(archive, settings):
    settings.SITE_URL = "https://motebok.example.no"
    case = archive.exempt_case
    assert cite_case(case, may_see_exempt=False, meeting=archive.meeting) == (
        "Helseledernettverket, sak 2/22 «Oppnevning av forhandlingsutvalg», møte 14. mars 2022. "
        f"https://motebok.example.no/sak/{case.pk}/"
    )
    assert "«Lønnsvilkår for daglig leder Kari Nordmann»" in cite_case(case, may_see_exempt=True)


def test_an_unnumbered_case_and_a_ps_numbered_case_read_naturally(world):
    proposal = Case.objects.create(body=world.network, title="Forslag om felles kurs")
    assert cite_case(proposal, may_see_exempt=False).startswith(
        "Helseledernettverket, «Forslag om felles kurs». http"
    )
    world.network.case_number_format = Body.CaseNumberFormat.PS
    world.network.save()
    meeting = services.create_meeting(world.network, start=at(2022, 5, 2))
    assert ", PS 1/22 «Kurs»" in cite_case(place(meeting, "Kurs"), may_see_exempt=False)


def test_a_meeting_and_a_document_are_cited(archive, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    assert cite_meeting(archive.meeting) == (
        f"Helseledernettverket, møte 14. mars 2022, Tingvoll Økopark. http://127.0.0.1:8000/mote/{archive.meeting.pk}/"
    )
    assert cite_document(archive.exempt_document, may_see_exempt=False) == (
        "Helseledernettverket, dokument «Avtaleutkast», 14. mars 2022. "
        f"http://127.0.0.1:8000/dokument/{archive.exempt_document.pk}/"
    )


def test_every_result_carries_its_citation(client, archive):
    text = client.get("/sok/", {"q": "forhandlingsutvalg"}).content.decode()
    assert "Siter" in text
    assert "Helseledernettverket, sak 2/22 «Oppnevning av forhandlingsutvalg», møte 14. mars 2022." in text


def test_the_case_and_meeting_citation_pages_respect_permissions(client, archive, world):
    case_page = client.get(f"/sok/siter/sak/{archive.exempt_case.pk}/").content.decode()
    assert "«Oppnevning av forhandlingsutvalg»" in case_page
    assert "Kari Nordmann" not in case_page
    member_page = world.client_for(world.member).get(f"/sok/siter/sak/{archive.exempt_case.pk}/")
    assert "Kari Nordmann" in member_page.content.decode()
    assert client.get(f"/sok/siter/sak/{archive.steering_case.pk}/").status_code == 404
    steering_meeting = archive.steering_case.placements.get().meeting
    assert client.get(f"/sok/siter/mote/{steering_meeting.pk}/").status_code == 404
    assert world.client_for(world.outsider).get(f"/sok/siter/mote/{steering_meeting.pk}/").status_code == 200
    assert "Tingvoll Økopark" in client.get(f"/sok/siter/mote/{archive.meeting.pk}/").content.decode()


def test_the_meeting_page_links_to_its_citation(client, archive):
    text = client.get(f"/mote/{archive.meeting.pk}/").content.decode()
    assert f'href="/sok/siter/mote/{archive.meeting.pk}/"' in text
    assert "Siter møtet" in text


def test_the_case_page_links_its_citation(client, archive):
    page = client.get(f"/sak/{archive.open_case.pk}/").content.decode()
    assert f'href="/sok/siter/sak/{archive.open_case.pk}/"' in page
