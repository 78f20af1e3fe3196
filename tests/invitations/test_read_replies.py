"""`motebok read-replies`: calendar replies (iTIP REPLY) in the reply mailbox, read over IMAP from a real Dovecot
on loopback, become the members' answers; invitations then name that mailbox as organizer and ask for replies."""

from __future__ import annotations

import datetime as dt
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

import pytest
from django.core.management import CommandError, call_command
from icalendar import Calendar

from motebok.invitations import services
from motebok.invitations.models import Answer, CalendarEvent
from motebok.meetings.models import Attendance
from tests.invitations.conftest import REPLY_ADDRESS, event_of

pytestmark = pytest.mark.django_db


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def outlook_reply(uid: str, name: str, address: str, partstat: str, start: dt.datetime) -> bytes:
    """A reply as Outlook (Exchange) sends it: multipart/alternative, the calendar base64 with method=REPLY,
    the time zone under Windows' name, the address in capitals as Exchange often writes it."""
    local = start.astimezone(dt.timezone(dt.timedelta(hours=1))).replace(tzinfo=None)
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "METHOD:REPLY",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:W. Europe Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            f"ATTENDEE;PARTSTAT={partstat};CN={name}:MAILTO:{address.upper()}",
            "COMMENT;LANGUAGE=nb-NO:Kommer gjerne\\n",
            "SUMMARY;LANGUAGE=nb-NO:Godtatt: Helseledernettverket – Digitalt møte",
            f"DTSTART;TZID=W. Europe Standard Time:{local:%Y%m%dT%H%M%S}",
            f"UID:{uid}",
            "CLASS:PUBLIC",
            "PRIORITY:5",
            f"DTSTAMP:{_stamp()}",
            "TRANSP:OPAQUE",
            "STATUS:CONFIRMED",
            "SEQUENCE:0",
            "LOCATION;LANGUAGE=nb-NO:",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
            f"X-MICROSOFT-CDO-REPLYTIME:{_stamp()}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message = MIMEMultipart("alternative")
    message.attach(MIMEText("", "plain", "utf-8"))
    calendar = MIMEText(ics, "calendar", "utf-8")
    calendar.set_param("method", "REPLY")
    message.attach(calendar)
    return _envelope(message, f"{name} <{address}>", "Godtatt: Helseledernettverket – Digitalt møte")


def google_reply(
    uid: str, name: str, address: str, partstat: str, start: dt.datetime, extra: str = ""
) -> bytes:
    """A reply as Google Calendar sends it: multipart/mixed holding text, HTML and text/calendar
    (method=REPLY), and the same object again as an invite.ics attachment; times in UTC."""
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:REPLY",
            "BEGIN:VEVENT",
            f"DTSTART:{start.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}",
            f"DTSTAMP:{_stamp()}",
            f"ORGANIZER;CN=Sara Sekretær:mailto:{REPLY_ADDRESS}",
            f"UID:{uid}",
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={name};X-NUM-GUESTS=0{extra}:mailto:{address}",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Helseledernettverket – Digitalt møte",
            "TRANSP:OPAQUE",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText(f"{name} har avslått denne invitasjonen.", "plain", "utf-8"))
    alternative.attach(MIMEText(f"<p>{name} har avslått denne invitasjonen.</p>", "html", "utf-8"))
    calendar = MIMEText(ics, "calendar", "utf-8")
    calendar.set_param("method", "REPLY")
    alternative.attach(calendar)
    message = MIMEMultipart("mixed")
    message.attach(alternative)
    attachment = MIMEBase("application", "ics", name="invite.ics")
    attachment.set_payload(ics.encode())
    encoders.encode_base64(attachment)
    attachment.add_header("Content-Disposition", "attachment", filename="invite.ics")
    message.attach(attachment)
    return _envelope(message, f"{name} <{address}>", "Avslått: Helseledernettverket – Digitalt møte")


def _envelope(message, sender: str, subject: str) -> bytes:
    message["From"] = sender
    message["To"] = f"Sara Sekretær <{REPLY_ADDRESS}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain="example.no")
    return message.as_bytes()


def test_it_names_the_reply_mailbox_as_organizer_and_asks_for_replies(world, meeting, smtp, reply_mailbox):
    services.send_invitation(meeting, world.secretary)

    message = smtp.to("mona@example.no")[0]
    event = event_of(message)
    assert str(event["ORGANIZER"]) == f"mailto:{REPLY_ADDRESS}"
    assert event["ORGANIZER"].params["CN"] == "Sara Sekretær"
    assert {a.params["RSVP"] for a in event["ATTENDEE"]} == {"TRUE"}
    assert "Svar i kalenderen blir ikke registrert" not in message.get_body(("plain",)).get_content()
    # The secretary stands as organizer, so she is sent nothing.
    assert smtp.to("sara@example.no") == []


def test_it_records_outlook_and_google_replies_once_and_shows_them_in_the_next_update(
    world, meeting, smtp, reply_mailbox, capsys
):
    services.send_invitation(meeting, world.secretary)
    uid = CalendarEvent.objects.get(meeting=meeting).uid
    reply_mailbox.deliver(outlook_reply(uid, "Mona Medlem", "mona@example.no", "ACCEPTED", meeting.start))
    reply_mailbox.deliver(google_reply(uid, "Kari Leder", "kari@example.no", "DECLINED", meeting.start))
    # Olav cannot answer for Mona; a message without a reply changes nothing.
    forged = google_reply(uid, "Mona Medlem", "mona@example.no", "DECLINED", meeting.start)
    reply_mailbox.deliver(forged.replace(b"From: Mona Medlem <mona@example.no>", b"From: olav@example.no"))
    reply_mailbox.deliver(b"From: kari@example.no\r\nSubject: Fravaer\r\n\r\nJeg er borte.\r\n")

    call_command("read-replies")

    answers = dict(Answer.objects.filter(meeting=meeting).values_list("person__name", "response"))
    assert answers["Mona Medlem"] == Answer.Response.ATTENDING
    assert answers["Kari Leder"] == Answer.Response.ABSENT
    assert Answer.objects.get(meeting=meeting, person=world.member).comment == "Kommer gjerne"
    attendance = dict(meeting.attendance.values_list("person__name", "status"))
    assert attendance == {"Mona Medlem": Attendance.Status.PRESENT, "Kari Leder": Attendance.Status.ABSENT}
    assert "Registrerte 2 svar fra kalendere." in capsys.readouterr().out
    assert reply_mailbox.unread() == 0

    Answer.objects.filter(meeting=meeting, person=world.member).update(response=Answer.Response.PENDING)
    call_command("read-replies")
    assert Answer.objects.get(meeting=meeting, person=world.member).response == Answer.Response.PENDING

    services.send_update(meeting, world.secretary)
    update = Calendar.from_ical(
        next(
            p for p in smtp.to("kari@example.no")[-1].walk() if p.get_content_type() == "text/calendar"
        ).get_payload(decode=True)
    ).walk("VEVENT")[0]
    partstats = {str(a): a.params["PARTSTAT"] for a in update["ATTENDEE"]}
    assert partstats == {"mailto:kari@example.no": "DECLINED", "mailto:mona@example.no": "NEEDS-ACTION"}


def test_it_says_what_to_set_when_no_reply_mailbox_is_configured(settings):
    settings.REPLY_IMAP_URL = ""

    with pytest.raises(CommandError, match="MOTEBOK_REPLY_IMAP_URL er ikke satt"):
        call_command("read-replies")


def test_it_says_clearly_when_the_mailbox_refuses_the_login(settings, reply_mailbox):
    settings.REPLY_IMAP_URL = settings.REPLY_IMAP_URL.replace(":hemmelig@", ":feil@")

    with pytest.raises(CommandError, match="Kunne ikke lese svarpostkassen"):
        call_command("read-replies")
