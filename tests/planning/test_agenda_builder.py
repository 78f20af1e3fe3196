"""The agenda builder: standing items, numbering per body per year, stable numbers, follow-ups, documents."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motebok.meetings.models import ActionItem, AgendaItem, Case, Meeting
from motebok.meetings.services import create_meeting
from motebok.planning.agenda import open_follow_ups, set_up_agenda
from tests.conftest import at, make_exempt_case

STANDING_OPENING = [
    "Godkjenning av innkalling og saksliste",
    "Godkjenning av referat fra forrige møte",
    "Informasjons- og oppfølgingssaker",
]


@pytest.fixture
def meeting(world):
    return create_meeting(world.network, start=at(2031, 3, 11, 9), format=Meeting.Format.DIGITAL)


def _accepted(world, title: str, **fields) -> Case:
    return Case.objects.create(body=world.network, title=title, status=Case.Status.ACCEPTED, **fields)


def _agenda(meeting) -> list[tuple[str, str]]:
    items = AgendaItem.objects.filter(meeting=meeting).select_related("case__body").order_by("order")
    return [(item.case.number, item.case.title) for item in items]


def _post(world, meeting, **data):
    return world.client_for(world.secretary).post(reverse("planning:agenda", args=[meeting.pk]), data)


def test_it_sets_up_the_agenda_with_standing_items_and_numbers_cases_in_order(world, meeting):
    first, second = _accepted(world, "Legevakt"), _accepted(world, "Rekruttering")
    response = _post(world, meeting, action="set_up", cases=[first.pk, second.pk])
    assert response.status_code == 302
    assert _agenda(meeting) == [
        ("1/31", STANDING_OPENING[0]), ("2/31", STANDING_OPENING[1]), ("3/31", STANDING_OPENING[2]),
        ("4/31", "Legevakt"), ("5/31", "Rekruttering"), ("6/31", "Eventuelt"),
    ]  # fmt: skip
    first.refresh_from_db()
    assert first.status == Case.Status.ON_AGENDA


def test_it_keeps_numbers_when_reordering_and_eventuelt_last(world, meeting):
    first, second = _accepted(world, "Legevakt"), _accepted(world, "Rekruttering")
    set_up_agenda(meeting, [first, second])
    late = _accepted(world, "Sent innkommet")
    _post(world, meeting, action="add", case=late.pk)
    _post(world, meeting, action="up", case=late.pk)
    _post(world, meeting, action="up", case=late.pk)
    _post(world, meeting, action="up", case=late.pk)  # cannot pass the standing items
    _post(world, meeting, action="down", case=first.pk)
    assert _agenda(meeting)[3:] == [
        ("7/31", "Sent innkommet"), ("5/31", "Rekruttering"), ("4/31", "Legevakt"), ("6/31", "Eventuelt"),
    ]  # fmt: skip


def test_it_keeps_standing_items_in_their_places(world, meeting):
    set_up_agenda(meeting, [_accepted(world, "Legevakt")])
    eventuelt = Case.objects.get(title="Eventuelt")
    client = world.client_for(world.secretary)
    url = reverse("planning:agenda", args=[meeting.pk])
    response = client.post(url, {"action": "up", "case": eventuelt.pk}, follow=True)
    assert "Faste saker kan ikke flyttes eller fjernes." in response.content.decode()
    assert _agenda(meeting)[-1] == ("5/31", "Eventuelt")


def test_it_numbers_per_body_and_per_year(world, meeting):
    set_up_agenda(meeting, [_accepted(world, "Legevakt")])
    next_year = create_meeting(world.network, start=at(2032, 1, 13, 9))
    set_up_agenda(next_year)
    other = create_meeting(world.steering_group, start=at(2031, 3, 12, 9))
    set_up_agenda(other)
    assert [number for number, _ in _agenda(next_year)] == ["1/32", "2/32", "3/32", "4/32"]
    assert [number for number, _ in _agenda(other)] == ["1/31", "2/31", "3/31", "4/31"]


def test_a_removed_case_keeps_its_number_when_placed_again(world, meeting):
    case = _accepted(world, "Legevakt")
    set_up_agenda(meeting, [case])
    _post(world, meeting, action="remove", case=case.pk)
    case.refresh_from_db()
    assert (case.status, case.number) == (Case.Status.ACCEPTED, "4/31")
    later = create_meeting(world.network, start=at(2031, 4, 8, 9))
    set_up_agenda(later, [case])
    assert ("4/31", "Legevakt") in _agenda(later)


def test_it_lists_open_follow_ups_until_they_are_done(world, meeting):
    earlier = create_meeting(world.network, start=at(2031, 2, 11, 9))
    done_later = ActionItem.objects.create(
        what="Sende innspill til helsefellesskapet", body=world.network, meeting=earlier
    )
    ActionItem.objects.create(what="Allerede utført", body=world.network, status=ActionItem.Status.DONE)
    ActionItem.objects.create(what="Annet organ", body=world.steering_group)
    ActionItem.objects.create(
        what="Fra et senere møte",
        body=world.network,
        meeting=create_meeting(world.network, start=at(2031, 5, 6)),
    )
    assert [a.what for a in open_follow_ups(meeting)] == ["Sende innspill til helsefellesskapet"]

    set_up_agenda(meeting)
    page = (
        world.client_for(world.secretary).get(reverse("planning:agenda", args=[meeting.pk])).content.decode()
    )
    assert "Sende innspill til helsefellesskapet" in page

    done_later.status = ActionItem.Status.DONE
    done_later.save()
    assert not open_follow_ups(meeting).exists()


def test_it_leaves_follow_ups_on_exempt_cases_out_for_those_without_the_right(world, meeting):
    exempt = make_exempt_case(world.network, "Lønn", public_title="Personalsak")
    ActionItem.objects.create(what="Forhandle lønn med daglig leder", body=world.network, case=exempt)
    assert open_follow_ups(meeting).count() == 1
    assert open_follow_ups(meeting, world.member.user).count() == 1
    assert open_follow_ups(meeting, AnonymousUser()).count() == 0
    assert open_follow_ups(meeting, world.outsider.user).count() == 0


def test_it_attaches_documents_to_cases_on_the_agenda(world, meeting, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    case = _accepted(world, "Legevakt")
    set_up_agenda(meeting, [case])
    upload = SimpleUploadedFile("saksframlegg.pdf", b"%PDF-1.4 legevakt")
    response = _post(
        world, meeting, action="attach", case=case.pk, title="Saksframlegg legevakt", file=upload
    )
    assert response.status_code == 302
    document = case.documents.get()
    assert (document.title, document.body, len(document.sha256)) == (
        "Saksframlegg legevakt",
        world.network,
        64,
    )
    page = (
        world.client_for(world.secretary).get(reverse("planning:agenda", args=[meeting.pk])).content.decode()
    )
    assert "Saksframlegg legevakt" in page


def test_it_lets_no_member_or_anonymous_visitor_build_the_agenda(world, meeting, client):
    case = _accepted(world, "Legevakt")
    url = reverse("planning:agenda", args=[meeting.pk])
    assert (
        world.client_for(world.member).post(url, {"action": "set_up", "cases": [case.pk]}).status_code == 403
    )
    assert world.client_for(world.outsider).get(url).status_code == 404
    assert client.post(url, {"action": "set_up"}).status_code == 404
    assert not AgendaItem.objects.exists()
    case.refresh_from_db()
    assert case.sequence is None


def test_each_button_names_its_case_and_the_page_sits_in_the_breadcrumbs(world, meeting):
    case = _accepted(world, "Legevakt")
    _post(world, meeting, action="set_up", cases=[case.pk])
    page = (
        world.client_for(world.secretary).get(reverse("planning:agenda", args=[meeting.pk])).content.decode()
    )
    for label in ("Flytt opp: Legevakt", "Flytt ned: Legevakt", "Ta av: Legevakt"):
        assert f'aria-label="{label}"' in page
    crumbs = page[
        page.index('<nav class="mb-breadcrumbs"') : page.index("</nav>", page.index("mb-breadcrumbs"))
    ]
    assert world.network.get_absolute_url() in crumbs and meeting.get_absolute_url() in crumbs
    assert '<li aria-current="page">Bygg saksliste</li>' in crumbs
