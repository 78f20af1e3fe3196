"""The change history: every change to a case's access, exemption basis and public title, an approved minutes text,
a conclusion and a membership is recorded with who, when, where from, before and after, and shown to the body's
editors only."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from motebok.history.sources import Source
from motebok.meetings.models import AgendaItem, Case
from motebok.minutes import services as minutes
from motebok.registry.models import Membership
from tests.conftest import make_exempt_case
from tests.importer.documents import MARCH_SUMMARY

pytestmark = pytest.mark.django_db


def _history_page(world, who=None):
    client = world.client_for(who or world.secretary)
    return client.get(reverse("history:body", args=[world.network.slug]))


def _case_form(case: Case, **changes) -> dict:
    data = {
        "body": case.body_id,
        "year": case.year or "",
        "sequence": case.sequence or "",
        "title": case.title,
        "kind": case.kind,
        "proposed_by": "",
        "background": case.background,
        "status": case.status,
        "wished_meeting": "",
        "access": case.access,
        "exemption_basis": case.exemption_basis,
        "public_title": case.public_title,
    }
    return data | changes


def test_exempting_a_case_in_the_admin_records_access_basis_and_public_title(world, admin_client):
    case = Case.objects.create(body=world.network, title="Lønnsvilkår for daglig leder")
    response = admin_client.post(
        reverse("admin:meetings_case_change", args=[case.pk]),
        _case_form(case, access="exempt", exemption_basis="offl. § 25", public_title="Forhandlingsutvalg"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    row = case.history.latest()
    assert (row.history_type, row.history_user.username, row.history_source) == ("~", "admin", Source.ADMIN)
    assert (row.prev_record.access, row.access) == ("open", "exempt")
    page = _history_page(world).content.decode()
    for shown in ("Offentlig", "Unntatt offentlighet", "offl. § 25", "Forhandlingsutvalg", "administrasjon"):
        assert shown in page


def test_a_change_of_exemption_basis_and_public_title_shows_the_old_and_the_new_value(world):
    case = make_exempt_case(world.network, "Tilsetting", public_title="Sak")
    case.exemption_basis, case.public_title = "offl. § 13, jf. fvl. § 13", "Personalsak"
    case.save()

    old, new = case.history.order_by("history_id")
    assert (old.exemption_basis, new.exemption_basis) == ("offl. § 25", "offl. § 13, jf. fvl. § 13")
    assert (old.public_title, new.public_title) == ("Sak", "Personalsak")
    page = _history_page(world).content.decode()
    assert "offl. § 13, jf. fvl. § 13" in page and "Personalsak" in page
    # Made outside any page: a command or a shell.
    assert new.history_source == Source.COMMAND and new.history_user is None
    assert "kommando" in page


def test_approving_minutes_on_the_page_records_the_texts_and_conclusions_with_the_chair(world, meeting, smtp):
    draft = minutes.start_minutes(meeting)
    section = draft.sections.get(agenda_item__case__title="Tema ledelse")
    section.notes, section.conclusion = "- Drøftet ledelse", "Tas til orientering"
    section.save()
    minutes.save_minutes(draft, loaded_revision=draft.revision, author=world.secretary, forms=[])

    response = world.client_for(world.chair).post(reverse("minutes:approve", args=[meeting.pk]))

    assert response.status_code == 302
    item = AgendaItem.objects.get(meeting=meeting, case__title="Tema ledelse")
    row = item.history.latest()
    assert (row.conclusion, row.notes) == ("Tas til orientering", "- Drøftet ledelse")
    assert (row.history_user, row.history_source) == (world.users["kari"], Source.PAGE)
    assert row.prev_record.conclusion == ""
    page = _history_page(world).content.decode()
    assert "Kari Leder" in page and "Tas til orientering" in page and "- Drøftet ledelse" in page


def test_a_change_to_an_approved_conclusion_keeps_the_old_text(world, meeting):
    item = AgendaItem.objects.get(meeting=meeting, case__title="Tema ledelse")
    item.conclusion = "Vedtatt"
    item.save()
    item.conclusion = "Vedtatt med endringen som ble foreslått i møtet"
    item.save()
    page = _history_page(world).content.decode()
    assert page.index("Vedtatt med endringen") < page.rindex("Vedtatt</td>")


def test_an_import_records_its_conclusions_as_coming_from_the_import(world, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    path = tmp_path / "mars.txt"
    path.write_text(MARCH_SUMMARY, encoding="utf-8")
    call_command("import", str(path), "--body", world.network.name, stdout=StringIO(), stderr=StringIO())

    item = AgendaItem.objects.get(case__body=world.network, case__sequence=14)
    row = item.history.latest()
    assert (row.conclusion, row.history_source) == ("Tas til orientering.", Source.IMPORT)
    page = _history_page(world).content.decode()
    assert "Tas til orientering." in page and ">import<" in page


def test_membership_changes_in_the_admin_and_by_command_are_recorded(world, admin_client):
    membership = Membership.objects.get(body=world.network, person=world.member)
    response = admin_client.post(
        reverse("admin:registry_membership_change", args=[membership.pk]),
        {
            "person": world.member.pk,
            "body": world.network.pk,
            "role": "chair",
            "organisation": "",
            "start": "",
            "end": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    membership.refresh_from_db()
    membership.end = dt.date(2026, 6, 30)
    membership.save()
    pk = membership.pk
    membership.delete()

    rows = list(Membership.history.filter(id=pk).order_by("history_id"))
    assert [(r.history_type, r.history_source) for r in rows] == [
        ("+", Source.COMMAND), ("~", Source.ADMIN), ("~", Source.COMMAND), ("-", Source.COMMAND),
    ]  # fmt: skip
    assert (rows[1].prev_record.role, rows[1].role) == ("member", "chair")
    page = _history_page(world).content.decode()
    assert "Medlem" in page and "Leder" in page and "30.6.2026" in page and "slettet" in page


def test_only_the_bodys_editors_see_the_history(world, client):
    make_exempt_case(world.network, "Lønn", public_title="X")
    assert _history_page(world).status_code == 200
    assert _history_page(world, world.chair).status_code == 200
    assert _history_page(world, world.member).status_code == 403
    assert _history_page(world, world.outsider).status_code in (403, 404)
    assert client.get(reverse("history:body", args=[world.network.slug])).status_code in (403, 404)
    assert client.get(reverse("history:body", args=[world.steering_group.slug])).status_code == 404
    body_page = world.client_for(world.secretary).get(world.network.get_absolute_url()).content.decode()
    assert reverse("history:body", args=[world.network.slug]) in body_page
    member_page = world.client_for(world.member).get(world.network.get_absolute_url()).content.decode()
    assert reverse("history:body", args=[world.network.slug]) not in member_page


def test_the_page_looks_each_case_up_once_however_many_changes_it_has(
    world, meeting, django_assert_max_num_queries
):
    items = list(AgendaItem.objects.filter(meeting=meeting))
    for round_ in range(5):
        for item in items:
            item.conclusion = f"Konklusjon {round_}"
            item.save()
    for membership in Membership.objects.filter(body=world.network).exclude(person=world.secretary):
        membership.end = dt.date(2026, 12, 31)
        membership.save()
    client = world.client_for(world.secretary)
    with django_assert_max_num_queries(20):
        page = client.get(reverse("history:body", args=[world.network.slug])).content.decode()
    assert page.count("Konklusjon 4") == 3
    assert page.count("31.12.2026") == 2
