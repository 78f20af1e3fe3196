"""Reading the API: everyone by their own rights, exempt cases by their public title, contact details only for
those who sit in a body with the person."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.api.conftest import get


def _ids(response) -> set[int]:
    return {row["id"] for row in response.json()["results"]}


def test_an_anonymous_visitor_sees_the_public_network_but_not_the_steering_group(world, record):
    bodies = get("/bodies")
    assert bodies.status_code == 200
    assert _ids(bodies) == {world.network.pk}
    assert get(f"/bodies/{world.steering_group.pk}").status_code == 404
    assert record.steering_case.pk not in _ids(get("/cases"))


def test_a_member_of_the_steering_group_reads_its_cases_with_her_token(world, record):
    assert record.steering_case.pk in _ids(get("/cases", record.tokens["olav"]))
    assert get(f"/bodies/{world.steering_group.pk}", record.tokens["olav"]).json()["name"] == "Styringsgruppa"


def test_an_exempt_case_reaches_outsiders_by_its_public_title_without_text_or_conclusion(world, record):
    public = get(f"/cases/{record.exempt_case.pk}").json()
    assert public["title"] == "Forhandlingsutvalg"
    assert public["exempt"] is True and public["exemption_basis"] == "offl. § 25"
    assert public["background"] == "" and public["conclusions"] == []
    items = get("/agenda-items", meeting=record.meeting.pk).json()["results"]
    exempt_row = next(row for row in items if row["case_id"] == record.exempt_case.pk)
    assert (
        exempt_row["title"] == "Forhandlingsutvalg" and exempt_row["notes"] == exempt_row["conclusion"] == ""
    )
    everything = get("/cases").content.decode() + get("/agenda-items").content.decode()
    assert "Lønnsvilkår" not in everything and "Drøftet lønn" not in everything


def test_a_member_reads_the_exempt_case_whole_with_its_conclusion(world, record):
    case = get(f"/cases/{record.exempt_case.pk}", record.tokens["mona"]).json()
    assert case["title"] == "Lønnsvilkår for daglig leder"
    assert case["conclusions"] == [
        {"meeting_id": record.meeting.pk, "agenda_item_id": case["conclusions"][0]["agenda_item_id"],
         "conclusion": "Tas til etterretning"}
    ]  # fmt: skip


def test_the_open_case_carries_its_conclusion_for_everyone(record):
    case = get(f"/cases/{record.open_case.pk}").json()
    assert [c["conclusion"] for c in case["conclusions"]] == ["Tas til etterretning"]


def test_people_show_names_and_roles_to_all_and_contact_details_to_fellow_members(world, record):
    public = get(f"/people/{world.member.pk}").json()
    assert public["name"] == "Mona Medlem" and public["email"] is None
    assert [(m["body_id"], m["role"]) for m in public["memberships"]] == [(world.network.pk, "member")]
    assert get(f"/people/{world.member.pk}", record.tokens["olav"]).json()["email"] is None
    assert get(f"/people/{world.member.pk}", record.tokens["sara"]).json()["email"] == "mona@example.no"
    # Olav sits only in the unpublished steering group: nobody outside it learns he exists.
    assert get(f"/people/{world.outsider.pk}").status_code == 404


def test_the_link_to_a_digital_meeting_is_for_members_only(world, record):
    assert get(f"/meetings/{record.coming.pk}").json()["online_link"] is None
    member_view = get(f"/meetings/{record.coming.pk}", record.tokens["mona"]).json()
    assert member_view["online_link"] == "https://teams.example/nettverket"


def test_exempt_documents_are_listed_and_downloaded_by_members_only(world, record):
    assert _ids(get("/documents")) == {record.document.pk}
    listed = get(f"/documents/{record.document.pk}").json()
    assert listed["download_url"].endswith(f"/api/v1/documents/{record.document.pk}/file")
    download = get(f"/documents/{record.document.pk}/file")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"Ledelse i nettverket"
    assert get(f"/documents/{record.exempt_document.pk}/file").status_code == 404
    member_file = get(f"/documents/{record.exempt_document.pk}/file", record.tokens["mona"])
    assert member_file.status_code == 200


def test_follow_ups_and_deadlines_of_the_approved_meeting_are_public(world, record):
    assert record.follow_up.pk in _ids(get("/follow-ups"))
    assert _ids(get("/deadlines")) == {record.deadline.pk}


def test_lists_page_by_cursor(world, record):
    first = get("/cases", record.tokens["mona"], page_size=1).json()
    assert len(first["results"]) == 1 and first["next"]
    cursor = parse_qs(urlsplit(first["next"]).query)["cursor"][0]
    second = get("/cases", record.tokens["mona"], page_size=1, cursor=cursor).json()
    assert second["results"][0]["id"] > first["results"][0]["id"]


def test_lists_filter_by_body_and_dates(world, record):
    mona = record.tokens["olav"]
    assert {
        row["body_id"] for row in get("/cases", mona, body=world.steering_group.pk).json()["results"]
    } == {world.steering_group.pk}
    assert _ids(get("/meetings", date_from="2025-03-14", date_to="2025-03-14")) == {record.meeting.pk}
    assert _ids(get("/deadlines", date_from="2025-06-01")) == set()


def test_search_finds_by_the_readers_rights(world, record):
    public = get("/search", q="ledelse").json()
    assert any(
        hit["title"].endswith("Tema ledelse") or "ledelse" in hit["title"] for hit in public["results"]
    )
    assert get("/search", q="Lønnsvilkår").json()["results"] == []
    assert get("/search", q="Lønnsvilkår", token=record.tokens["mona"]).json()["results"]


def test_lists_answer_what_changed_since_a_moment(world, record):
    from django.utils import timezone

    from motebok.meetings.models import AgendaItem
    from motebok.minutes.services import mark_done

    since = timezone.now().isoformat()
    assert _ids(get("/cases", updated_since=since)) == set()
    assert _ids(get("/follow-ups", updated_since=since)) == set()
    # The service saves only the status; the follow-up has changed all the same.
    mark_done(record.follow_up)
    # A new conclusion on the agenda is a change of its case too.
    item = AgendaItem.objects.get(case=record.open_case, meeting=record.meeting)
    item.conclusion = "Vedtatt med endringer"
    item.save(update_fields=["conclusion"])
    assert _ids(get("/follow-ups", updated_since=since)) == {record.follow_up.pk}
    assert _ids(get("/cases", updated_since=since)) == {record.open_case.pk}
    assert _ids(get("/agenda-items", updated_since=since)) == {item.pk}
    assert get("/cases", updated_since="i går").json()["errors"][0]["field"] == "updated_since"


def test_a_moment_with_any_offset_is_compared_in_utc(world, record):
    # PostgreSQL itself refuses offsets past ±15:59; the API turns every moment into UTC first.
    assert get("/cases", updated_since="2025-01-01T00:00:00+21:41").status_code == 200
    assert get("/cases", updated_since="0001-01-01T00:00:00+01:00").status_code == 422
