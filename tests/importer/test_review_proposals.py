"""The review page proposes what a document sets up for its body; only what a person accepts is written."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from motebok.importer.models import ImportRecord
from motebok.importer.proposals import proposals_for
from motebok.importer.resolver import Resolver
from motebok.importer.services import save_review
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body, Mandate, Membership
from tests.importer.documents import FOUNDING_MINUTES_2017
from tests.importer.test_import_seeds import GOLD, SEEDS
from tests.importer.test_review_views import form_data, upload

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not GOLD.is_dir(), reason=f"the shared seeds are not at {SEEDS}"),
]

FOUNDING, MANDATE, VAG = "000_60cab7274692668e", "001_06ea1d10c74425d4", "004_bb032be2586d1de7"


@pytest.fixture(autouse=True)
def _files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def staged(name: str) -> ImportRecord:
    call_command("import", str(SEEDS / f"{name}.txt"), stdout=StringIO(), stderr=StringIO())
    return ImportRecord.objects.get(original_name=f"{name}.txt")


def written() -> tuple[int, ...]:
    return (
        Membership.objects.count(),
        Mandate.objects.count(),
        Body.objects.exclude(parent=None).count(),
        Meeting.objects.filter(status=Meeting.Status.PLANNED).count(),
        Case.objects.filter(status=Case.Status.PROPOSED).count(),
    )


def test_the_founding_minutes_propose_members_roles_rules_a_working_committee_meetings_and_themes():
    record = staged(FOUNDING)
    proposals = proposals_for(record, None)
    by_kind = {
        kind: [p for p in proposals if p.kind == kind]
        for kind in ("member", "mandate", "sub_body", "meeting", "case")
    }
    assert len(by_kind["member"]) == 25
    assert [p.label for p in by_kind["sub_body"]] == [
        "Underorgan: Arbeidsutval (arbeidsutvalg), medlemmer Torgeir Sæter, Line Barmen"
    ]
    assert [p.data["date"] for p in by_kind["meeting"]] == ["2017-06-12", "2017-09-25", "2017-12-04"]
    assert "Leing/ strategisk leing" in [p.data["title"] for p in by_kind["case"]]

    save_review(record, record.effective_record(), Resolver(), body_name="Helseleiarnettverket Hordaland",
                accepted=proposals)  # fmt: skip

    body = Body.objects.get(name="Helseleiarnettverket Hordaland")
    roles = {m.person.name: (m.role, m.organisation.name if m.organisation else None, m.start)
             for m in body.memberships.select_related("person", "organisation")}  # fmt: skip
    assert len(roles) == 25
    assert roles["Astrid Toft"] == (Membership.Role.CHAIR, "KS", dt.date(2017, 4, 6))
    assert roles["Sølvi Olrich Sørebø"][0] == Membership.Role.SECRETARY
    assert roles["Line Barmen"] == (Membership.Role.MEMBER, "Fjell", dt.date(2017, 4, 6))
    assert "Anne Sissel Faugstad" not in roles  # a guest stays a guest
    mandate = body.current_mandate
    assert (mandate.gatherings_per_half_year, mandate.overnight_gatherings_per_year, mandate.day_meetings) == (
        2, 1, True,
    )  # fmt: skip
    committee = body.children.get()
    assert (committee.name, committee.kind) == ("Arbeidsutval", Body.Kind.WORKING_COMMITTEE)
    assert sorted(committee.memberships.values_list("person__name", flat=True)) == [
        "Line Barmen",
        "Torgeir Sæter",
    ]
    planned = body.meetings.filter(status=Meeting.Status.PLANNED).order_by("start")
    assert [(m.start.date(), m.kind) for m in planned] == [
        (dt.date(2017, 6, 12), Meeting.Kind.GATHERING),
        (dt.date(2017, 9, 25), Meeting.Kind.ORDINARY),
        (dt.date(2017, 12, 4), Meeting.Kind.ORDINARY),
    ]
    assert body.cases.filter(status=Case.Status.PROPOSED, title="Psykisk helse").exists()


@pytest.mark.parametrize("name", [FOUNDING, "002_efc57fcdf3308992", VAG])
def test_the_proposed_members_of_each_seed_are_its_gold_attendance_with_the_chair_in_her_role(name):
    label = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    wanted = {p["name"]: p["organization"] or "" for p in label["present"]} | dict.fromkeys(
        label["absent"], ""
    )

    members = [p.data for p in proposals_for(staged(name), None) if p.kind == "member"]

    assert {m["name"]: m["organisation"] for m in members} == wanted
    chairs = [m["name"] for m in members if m["role"] == Membership.Role.CHAIR]
    assert chairs == ([label["chair"]] if label["chair"] else [])


def test_nothing_is_proposed_twice_nor_written_until_accepted():
    record = staged(FOUNDING)
    before = written()

    save_review(record, record.effective_record(), Resolver(), body_name="Helseleiarnettverket Hordaland")

    assert written() == before
    body = Body.objects.get(name="Helseleiarnettverket Hordaland")
    proposals = proposals_for(record, body)
    save_review(record, record.effective_record(), Resolver(), accepted=proposals)
    assert proposals_for(record, body) == []


def test_a_mandate_document_proposes_a_new_mandate_version_with_its_meeting_rules():
    record = staged(MANDATE)
    [mandate] = [p for p in proposals_for(record, None) if p.kind == "mandate"]
    assert "maks lengde digitale møter (minutter): 120" in mandate.label

    save_review(record, record.effective_record(), Resolver(), body_name="Helseledernettverk Helgeland",
                accepted=[mandate])  # fmt: skip

    body = Body.objects.get(name="Helseledernettverk Helgeland")
    adopted = body.current_mandate
    assert "Det avholdes månedlige digitale møter" in adopted.text
    assert (
        adopted.digital_meetings_per_month,
        adopted.digital_meeting_max_minutes,
        adopted.physical_gatherings_per_year,
        adopted.hosting_in_rotation,
        adopted.substitute_rule,
        adopted.day_meetings,
    ) == (1, 120, 4, True, Mandate.SubstituteRule.AGREED_WITH_LEADER, False)
    assert not body.memberships.exists()


def test_working_groups_are_proposed_as_sub_bodies_and_a_group_without_a_leader_says_so():
    record = staged(VAG)
    groups = {p.data["name"]: p for p in proposals_for(record, None) if p.kind == "sub_body"}
    assert groups["Arbeidsgruppe økonomi"].label.endswith("uten leder")
    assert not groups["Arbeidsgruppe ergo, fysio, friskliv"].label.endswith("uten leder")

    save_review(record, record.effective_record(), Resolver(), body_name="Styringsgruppe VÅG",
                accepted=[groups["Arbeidsgruppe økonomi"]])  # fmt: skip

    group = Body.objects.get(name="Arbeidsgruppe økonomi")
    assert (group.parent.name, group.kind, group.memberships.count()) == (
        "Styringsgruppe VÅG", Body.Kind.WORKING_GROUP, 0,
    )  # fmt: skip
    assert not Body.objects.filter(name="Arbeidsgruppe ergo, fysio, friskliv").exists()


def test_the_secretary_accepts_the_proposals_she_ticks_on_the_review_page(world):
    client = world.client_for(world.secretary)
    upload(client, world.network, "stiftelse.txt", FOUNDING_MINUTES_2017)
    record = ImportRecord.objects.get()
    page = client.get(reverse("importer:review", args=[record.pk]))
    assert "Line Barmen som leder (Fjell)" in page.text and "Torgeir Sæter som sekretær (Askøy)" in page.text

    data = form_data(page) | {"proposals-accept": ["member:line barmen"]}
    response = client.post(reverse("importer:review", args=[record.pk]), data)

    assert response.status_code == 302
    chair = world.network.memberships.get(person__name="Line Barmen")
    assert chair.role == Membership.Role.CHAIR
    assert not world.network.memberships.filter(person__name="Torgeir Sæter").exists()


def test_an_unknown_proposal_is_refused_and_nothing_is_written(world):
    client = world.client_for(world.secretary)
    upload(client, world.network, "stiftelse.txt", FOUNDING_MINUTES_2017)
    record = ImportRecord.objects.get()
    data = form_data(client.get(reverse("importer:review", args=[record.pk])))

    response = client.post(
        reverse("importer:review", args=[record.pk]), data | {"proposals-accept": ["body:x"]}
    )

    assert response.status_code == 200 and "body:x" in response.text
    record.refresh_from_db()
    assert record.status == ImportRecord.Status.DRAFT and world.network.memberships.count() == 3
