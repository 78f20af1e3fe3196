"""A coming digital meeting of the network with an agenda that has an exempt case, and helpers to read mail."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pypdfium2
import pytest
from django.utils import timezone
from docx import Document
from icalendar import Calendar

from motebok.meetings.models import Case, Meeting
from motebok.meetings.services import create_meeting, place_case
from motebok.registry.models import Mandate

TEAMS = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"
SECRET_TITLE = "Avtale om sluttpakke for enhetsleder i Vefsn"
PUBLIC_TITLE = "Personalsak"


def next_weekday(days_ahead: int, hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=days_ahead)
    return timezone.make_aware(dt.datetime(day.year, day.month, day.day, hour, 0))


@pytest.fixture
def meeting(world) -> Meeting:
    """A digital meeting in three weeks with two cases, one of them exempt."""
    Mandate.objects.create(body=world.network, text="Stedfortreder etter avtale med leder.")
    meeting = create_meeting(
        world.network,
        start=next_weekday(21, 10),
        end=next_weekday(21, 12),
        format=Meeting.Format.DIGITAL,
        online_link=TEAMS,
        chair=world.chair,
    )
    open_case = Case.objects.create(body=world.network, title="Felles høringsuttalelse om legevakt")
    exempt = Case.objects.create(
        body=world.network,
        title=SECRET_TITLE,
        access="exempt",
        exemption_basis="offl. § 13",
        public_title=PUBLIC_TITLE,
    )
    place_case(open_case, meeting)
    place_case(exempt, meeting)
    return meeting


def calendar_of(message) -> Calendar:
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return Calendar.from_ical(part.get_content())


def event_of(message):
    return calendar_of(message).walk("VEVENT")[0]


def attachment(message, extension: str) -> bytes:
    return next(
        p for p in message.iter_attachments() if (p.get_filename() or "").endswith(extension)
    ).get_content()


def pdf_text(data: bytes) -> str:
    pdf = pypdfium2.PdfDocument(data)
    try:
        return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    finally:
        pdf.close()


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(BytesIO(data)).paragraphs)


def whole_message(message) -> str:
    """Every text part, the calendar and the attachments' text, to look for what must never leak."""
    texts = [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
    return "\n".join([*texts, pdf_text(attachment(message, ".pdf")), docx_text(attachment(message, ".docx"))])
