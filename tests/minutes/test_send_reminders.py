"""`motebok send-reminders`: one digest a day per person, through a real SMTP server, safe to run twice."""

from __future__ import annotations

import datetime as dt
from importlib import import_module

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db

TODAY = dt.date(2025, 3, 20)


@pytest.fixture
def follow_ups(world, meeting):
    from motebok.meetings.models import ActionItem, Case, Deadline

    exempt = Case.objects.get(access="exempt")
    for what, due, case in [
        ("Følge opp BankID", TODAY + dt.timedelta(days=3), None),
        ("Sende innspill", TODAY - dt.timedelta(days=2), None),
        ("Forhandle lønn", TODAY + dt.timedelta(days=1), exempt),
        ("Langt fram", TODAY + dt.timedelta(days=30), None),
    ]:
        ActionItem.objects.create(
            what=what, owner_person=world.member, body=world.network, due=due, case=case
        )
    ActionItem.objects.create(
        what="Utenfor", owner_person=world.outsider, body=world.steering_group, due=TODAY
    )
    Deadline.objects.create(
        body=world.network,
        what="Høring om utviklingsplan",
        date=TODAY + dt.timedelta(days=5),
        kind=Deadline.Kind.CONSULTATION,
        source="Helse Møre og Romsdal",
    )


def test_it_sends_each_person_one_digest_even_when_run_twice(world, follow_ups, smtp):
    call_command("send-reminders", day=TODAY.isoformat())
    call_command("send-reminders", day=TODAY.isoformat())

    recipients = sorted(m["X-Envelope-To"] for m in smtp.messages)
    assert recipients == ["kari@example.no", "mona@example.no", "olav@example.no", "sara@example.no"]
    mona = smtp.to("mona@example.no")[0].get_content().replace("\r\n", "\n")
    assert "passert fristen:\n- Sende innspill" in mona
    assert "Følge opp BankID" in mona and "Høring om utviklingsplan" in mona
    assert "Langt fram" not in mona
    # Mona is a member, so her own exempt case is named in full.
    assert "Lønnsvilkår for daglig leder" in mona
    kari = smtp.to("kari@example.no")[0].get_content()
    assert "Høring om utviklingsplan" in kari and "BankID" not in kari


def test_handle_one_claims_the_day_before_sending(world, follow_ups, smtp):
    from motebok.minutes.models import ReminderDigest

    # Django loads commands by file name; the dashed name only imports through importlib.
    command = import_module("motebok.minutes.management.commands.send-reminders").Command()

    assert command.handle_one(world.member, TODAY) is True
    assert command.handle_one(world.member, TODAY) is False
    assert command.handle_one(world.member, TODAY + dt.timedelta(days=1)) is True
    assert ReminderDigest.objects.filter(person=world.member).count() == 2
    assert len(smtp.to("mona@example.no")) == 2


def test_it_names_an_exempt_case_only_by_public_title_to_an_owner_outside_the_body(world, meeting, smtp):
    from motebok.meetings.models import ActionItem, Case
    from motebok.minutes.reminders import send_digest

    exempt = Case.objects.get(access="exempt")
    ActionItem.objects.create(
        what="Innhente tall", owner_person=world.outsider, body=world.network, case=exempt, due=TODAY
    )

    assert send_digest(world.outsider, TODAY)

    text = smtp.to("olav@example.no")[0].get_content()
    assert "Forhandlingsutvalg" in text and "Lønnsvilkår" not in text


def test_it_marks_the_digest_automatic_names_the_body_and_offers_one_click_unsubscribe(
    world, follow_ups, smtp
):
    call_command("send-reminders", day=TODAY.isoformat())

    message = smtp.to("mona@example.no")[0]
    assert message["To"] == "Mona Medlem <mona@example.no>"
    assert message["Subject"].strip() == "Påminnelse fra Møtebok 20.3.2025: Helseledernettverket"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Reply-To"] == "Sara Sekretær <sara@example.no>"
    assert message["Message-ID"].endswith(f"@{settings.SITE_DOMAIN}>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    stop = message["List-Unsubscribe"].strip(" <>")
    assert stop.startswith(settings.SITE_URL + "/protokoll/paminnelser/stopp/")
    assert stop in message.get_content()


def test_one_click_turns_off_that_persons_reminders_and_no_one_elses(world, follow_ups, smtp, client):
    from motebok.minutes.models import ReminderStop

    call_command("send-reminders", day=TODAY.isoformat())
    stop = smtp.to("mona@example.no")[0]["List-Unsubscribe"].strip(" <>").removeprefix(settings.SITE_URL)

    # A link checker's GET changes nothing; the mail client's one-click POST (RFC 8058) does, without a token.
    assert "Slå av påminnelsene" in client.get(stop).content.decode()
    assert not ReminderStop.objects.exists()
    response = client.post(stop, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert list(ReminderStop.objects.values_list("person__name", flat=True)) == ["Mona Medlem"]
    smtp.messages.clear()
    call_command("send-reminders", day=(TODAY + dt.timedelta(days=1)).isoformat())
    assert smtp.to("mona@example.no") == [] and smtp.to("kari@example.no")
    assert client.post(stop.replace("stopp/", "stopp/x")).status_code == 404
