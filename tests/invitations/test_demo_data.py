"""The demo's Helgeland network links its calendar feed and its next meeting's agenda from its public page."""

from __future__ import annotations

import re

import pytest

from motebok.demo.data import load_demo
from motebok.meetings.models import Attendance


@pytest.fixture
def demo(db):
    return load_demo()


def test_it_links_the_public_feed_and_the_next_agenda_from_helgelands_public_page(demo, client):
    body = demo.bodies["helgeland"]

    page = client.get(body.get_absolute_url()).content.decode()

    links = dict(re.findall(r'href="([^"]+)">([^<]+)</a>', page))
    feed = next(url for url, label in links.items() if url.endswith(".ics"))
    pdf = next(url for url, label in links.items() if url.endswith("saksliste.pdf"))
    docx = next(url for url, label in links.items() if url.endswith("saksliste.docx"))
    assert client.get(feed)["Content-Type"] == "text/calendar; charset=utf-8"
    assert client.get(pdf).content.startswith(b"%PDF")
    assert client.get(docx).content.startswith(b"PK")


def test_it_gives_the_next_meeting_answers_as_draft_attendance(demo):
    meeting = demo.meetings["helgeland_next"]

    statuses = dict(meeting.attendance.values_list("person__name", "status"))

    assert meeting.is_published
    assert statuses["Hanne Sørvik"] == Attendance.Status.PRESENT
    assert statuses["Kristin Hauknes"] == Attendance.Status.SUBSTITUTE
