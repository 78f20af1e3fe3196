"""Writing minutes: the draft from the agenda and memberships, saving, and the refused concurrent save."""

from __future__ import annotations

import re

import pytest

from tests.conftest import at
from tests.minutes.conftest import editor_data

pytestmark = pytest.mark.django_db


def _url(meeting) -> str:
    return f"/protokoll/mote/{meeting.pk}/skriv/"


def _start(client, meeting):
    return client.post(_url(meeting), {"start": ""})


def test_opening_the_editor_writes_nothing_until_the_secretary_starts_the_minutes(world, meeting):
    from motebok.meetings.models import Attendance
    from motebok.minutes.models import Minutes

    sara = world.client_for(world.secretary)
    opened = sara.get(_url(meeting))

    assert opened.status_code == 200
    assert 'name="start"' in opened.content.decode()
    assert not Minutes.objects.exists()
    assert not Attendance.objects.exists()
    assert _start(sara, meeting).status_code == 302
    assert Minutes.objects.filter(meeting=meeting).exists()


def test_it_drafts_attendance_and_one_section_per_case(world, meeting):
    from motebok.meetings.models import Attendance

    client = world.client_for(world.secretary)
    _start(client, meeting)
    response = client.get(_url(meeting))

    assert response.status_code == 200
    statuses = {a.person.name: a.status for a in meeting.attendance.select_related("person")}
    assert statuses == {
        "Sara Sekretær": Attendance.Status.STAFF,
        "Kari Leder": Attendance.Status.PRESENT,
        "Mona Medlem": Attendance.Status.PRESENT,
    }
    assert [s.agenda_item.case.title for s in meeting.minutes.sections.all()] == [
        "Informasjons- og oppfølgingssaker",
        "Tema ledelse",
        "Lønnsvilkår for daglig leder",
    ]
    assert 'list="standard-conclusions"' in response.content.decode()
    assert "Teke til orientering" in response.content.decode()


def test_it_keeps_answers_already_given_as_the_attendance(world, meeting):
    from motebok.meetings.models import Attendance

    Attendance.objects.create(meeting=meeting, person=world.member, status=Attendance.Status.ABSENT)

    _start(world.client_for(world.secretary), meeting)

    assert [(a.person, a.status) for a in meeting.attendance.all()] == [
        (world.member, Attendance.Status.ABSENT)
    ]


def test_it_saves_notes_conclusions_and_action_items_as_a_revision(world, meeting):
    from motebok.meetings.models import ActionItem

    client = world.client_for(world.secretary)
    _start(client, meeting)
    minutes = meeting.minutes
    section = minutes.sections.first()
    data = editor_data(
        minutes,
        **{
            f"section-{section.pk}-notes": "- Bruk av BankID\n- Kontrollutvalg",
            f"section-{section.pk}-conclusion": "Tas til orientering",
            f"actions-{section.pk}-0-what": "Følge opp BankID mot KS",
            f"actions-{section.pk}-0-owner_person": str(world.member.pk),
            f"actions-{section.pk}-0-due": "2025-04-01",
        },
    )

    response = client.post(_url(meeting), data)

    assert response.status_code == 302
    minutes.refresh_from_db()
    assert minutes.revision == 1
    saved = minutes.revisions.get(number=1)
    assert saved.author == world.secretary
    assert saved.content["sections"][0]["conclusion"] == "Tas til orientering"
    item = ActionItem.objects.get()
    assert (item.owner_person, item.body, item.case, item.meeting) == (
        world.member,
        world.network,
        section.agenda_item.case,
        meeting,
    )
    # The draft stays in the minutes until approved: the public agenda item is untouched.
    section.agenda_item.refresh_from_db()
    assert section.agenda_item.conclusion == ""


def test_it_names_the_field_when_an_action_item_has_no_owner(world, meeting):
    client = world.client_for(world.secretary)
    _start(client, meeting)
    section = meeting.minutes.sections.first()

    response = client.post(
        _url(meeting), editor_data(meeting.minutes, **{f"actions-{section.pk}-0-what": "Noe"})
    )

    assert response.status_code == 200
    assert "Oppgi hvem som er ansvarlig" in response.content.decode()
    meeting.minutes.refresh_from_db()
    assert meeting.minutes.revision == 0


def test_it_refuses_the_second_of_two_concurrent_saves_and_shows_the_others_changes(world, meeting):
    from motebok.minutes.models import MinutesSection

    sara, kari = world.client_for(world.secretary), world.client_for(world.chair)
    _start(sara, meeting)
    minutes = meeting.minutes
    section = minutes.sections.first()
    loaded_by_both = editor_data(minutes)
    sara_saves = {**loaded_by_both, f"section-{section.pk}-conclusion": "Tas til etterretning"}
    kari_saves = {**loaded_by_both, f"section-{section.pk}-conclusion": "Saken utsettes"}

    first = sara.post(_url(meeting), sara_saves)
    second = kari.post(_url(meeting), kari_saves)

    assert first.status_code == 302
    assert second.status_code == 409
    page = second.content.decode()
    assert "Protokollen ble endret av Sara Sekretær" in page
    assert "Endringene dine er ikke lagret" in page
    assert "Tas til etterretning" in page.split('id="conflict"')[1].split("</div>")[0]
    assert MinutesSection.objects.get(pk=section.pk).conclusion == "Tas til etterretning"
    minutes.refresh_from_db()
    assert minutes.revision == 1


def test_it_lets_a_member_read_but_not_write(world, meeting):
    mona = world.client_for(world.member)

    assert mona.get(_url(meeting)).status_code == 403
    assert _start(mona, meeting).status_code == 403
    assert not hasattr(meeting, "minutes") or meeting.minutes.revision == 0


def test_it_hides_an_unpublished_bodys_minutes_from_outsiders(world, client):
    from motebok.meetings import services

    steering_meeting = services.create_meeting(world.steering_group, start=at(2025, 2, 1))

    assert world.client_for(world.member).get(_url(steering_meeting)).status_code == 404
    assert client.get(_url(steering_meeting)).status_code == 302  # to the login page


def test_it_says_so_when_a_person_is_added_twice_to_the_attendance(world, meeting):
    client = world.client_for(world.secretary)
    _start(client, meeting)
    minutes = meeting.minutes
    data = editor_data(minutes)
    total = int(data["attendance-TOTAL_FORMS"])
    extra = {
        f"attendance-{total - 2}-person": str(world.member.pk),
        f"attendance-{total - 2}-status": "present",
    }
    response = client.post(_url(meeting), {**data, **extra})
    assert response.status_code == 200
    assert "Mona Medlem står allerede på deltakerlisten." in response.content.decode()
    minutes.refresh_from_db()
    assert minutes.revision == 0 and meeting.attendance.filter(person=world.member).count() == 1


def test_a_refused_save_lists_each_error_at_the_top_with_a_link_to_its_row(world, meeting):
    client = world.client_for(world.secretary)
    _start(client, meeting)
    section = meeting.minutes.sections.first()

    page = client.post(
        _url(meeting), editor_data(meeting.minutes, **{f"actions-{section.pk}-0-what": "Noe"})
    ).content.decode()

    summary = page[
        page.index('<div class="ds-error-summary') : page.index("</div>", page.index("ds-error-summary"))
    ]
    assert summary.count("<li>") == 1
    assert f'href="#id_actions-{section.pk}-0-owner_text"' in summary
    assert "Ansvarlig (fritekst), rad 1: Oppgi hvem som er ansvarlig" in summary
    assert page.index("ds-error-summary") < page.index("<h1")


def test_the_editor_sits_in_the_breadcrumbs_under_its_meeting(world, meeting):
    client = world.client_for(world.secretary)
    _start(client, meeting)
    page = client.get(_url(meeting)).content.decode()
    crumbs = page[
        page.index('<nav class="mb-breadcrumbs"') : page.index("</nav>", page.index("mb-breadcrumbs"))
    ]
    assert world.network.get_absolute_url() in crumbs and meeting.get_absolute_url() in crumbs
    assert '<li aria-current="page">Skriv protokoll</li>' in crumbs


def test_empty_choices_ask_to_choose_instead_of_showing_dashes(world, meeting, client):
    secretary = world.client_for(world.secretary)
    _start(secretary, meeting)
    page = secretary.get(_url(meeting)).content.decode()
    assert "---------" not in page
    assert '<option value="" selected>Velg …</option>' in page
    # The select carries Designsystemet's class, its options none of their own.
    assert "<option" in page and not re.search(r"<option[^>]*class=", page)
    secretary.post("/i18n/setlang/", {"language": "nn", "next": "/"})
    assert ">Vel …</option>" in secretary.get(_url(meeting)).content.decode()
