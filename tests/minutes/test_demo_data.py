"""The demo: Nordmøre's held meeting has approved minutes, linked from its public page, exempt case by public title."""

from __future__ import annotations

import pytest

from tests.minutes.conftest import docx_text, pdf_text

pytestmark = pytest.mark.django_db


def test_the_demo_publishes_approved_minutes_with_the_exempt_case_by_public_title(client):
    from motebok.demo.data import load_demo

    demo = load_demo()
    meeting = demo.meetings["nordmore_held"]
    base = f"/protokoll/mote/{meeting.pk}"

    public_page = client.get(f"/mote/{meeting.pk}/").content.decode()
    for link in (
        f'{base}/">Protokoll<',
        f'{base}/protokoll.pdf">Protokoll (PDF)',
        f'{base}/protokoll.docx">Protokoll (Word)',
    ):
        assert link in public_page
    texts = [
        client.get(f"{base}/").content.decode(),
        pdf_text(client.get(f"{base}/protokoll.pdf").content),
        docx_text(client.get(f"{base}/protokoll.docx").content),
    ]
    for text in texts:
        assert "Oppnevning av forhandlingsutvalg" in text
        assert "lønnsvilkår" not in text.lower()
        assert "Bærekraft – felles prosjekt etter plansamarbeidet" in text


def test_every_approved_demo_meeting_links_minutes_that_open(client):
    from motebok.demo.data import load_demo
    from motebok.meetings.models import Meeting

    load_demo()
    approved = Meeting.objects.filter(status=Meeting.Status.APPROVED, is_published=True)
    assert approved.count() >= 2
    for meeting in approved:
        assert (
            f'/protokoll/mote/{meeting.pk}/">Protokoll<'
            in client.get(f"/mote/{meeting.pk}/").content.decode()
        )
        assert client.get(f"/protokoll/mote/{meeting.pk}/").status_code == 200
