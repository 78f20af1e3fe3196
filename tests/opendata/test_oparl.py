"""OParl 1.1: every object reached from /oparl/v1/system by following every link validates against the standard's
JSON schemas, every reference answers, and nobody reads what the pages would not show them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings

from motebok.meetings.models import Meeting
from tests.conftest import at

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parents[2] / ".." / "shared" / "standards" / "oparl-1.1"
TYPE = "https://schema.oparl.org/1.1/"
HIDDEN_FROM_OUTSIDERS = (
    "Lønnsvilkår",
    "Drøftet lønn",
    "Upublisert omorganisering",
    "Lukket arbeidsmøte",
    "Utkast til konklusjon",
    "Styringsgruppa",
    "Lønnsnotat",
    "olav@example.no",
    "mona@example.no",
)


@pytest.fixture(scope="module")
def validators():
    if not SCHEMAS.is_dir():
        pytest.skip(f"the OParl schemas are not at {SCHEMAS} (../shared is absent)")
    from jsonschema import Draft7Validator
    from referencing import Registry, Resource

    schemas = {path.stem: json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")}
    # The schemas point at each other as "File.json" and as "Organization", relative to their $id.
    registry = Registry().with_resources(
        (uri, Resource.from_contents(schema))
        for schema in schemas.values()
        for uri in (schema["$id"], schema["$id"] + ".json")
    )
    return {name: Draft7Validator(schema, registry=registry) for name, schema in schemas.items()}


def _path(url: str) -> str:
    assert url.startswith(settings.SITE_URL + "/"), url
    return url[len(settings.SITE_URL) :]


def _objects(value):
    """Every OParl object in a response, embedded ones included."""
    if isinstance(value, dict):
        if str(value.get("type", "")).startswith(TYPE):
            yield value
        for inner in value.values():
            yield from _objects(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner)


def _links(value):
    if isinstance(value, dict):
        for inner in value.values():
            yield from _links(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _links(inner)
    elif isinstance(value, str) and value.startswith(settings.SITE_URL + "/"):
        yield value


def _walk(client, validators) -> tuple[str, Counter, set[str]]:
    """Follow every link from the system object; validate each object; return all text read, the types seen,
    and the other addresses (pages and files) the objects point at."""
    queue, seen, text, types, elsewhere = (
        [settings.SITE_URL + "/oparl/v1/system"],
        set(),
        [],
        Counter(),
        set(),
    )
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        path = _path(url)
        if not path.startswith("/oparl/"):
            elsewhere.add(path)
            continue
        response = client.get(path)
        assert response.status_code == 200, (path, response.content[:300])
        assert response["Content-Type"] == "application/json; charset=utf-8"
        data = response.json()
        text.append(response.content.decode())
        if "data" in data:
            assert set(data) == {"data", "pagination", "links"}, path
            assert data["links"]["self"] == url
        else:
            assert data["id"] == url, "an object answers at its own id"
        for found in _objects(data):
            kind = found["type"].removeprefix(TYPE)
            errors = [error.message for error in validators[kind].iter_errors(found)]
            assert not errors, (kind, found["id"], errors)
            types[kind] += 1
        queue.extend(link for link in _links(data) if link not in seen)
    return "\n".join(text), types, elsewhere


def test_everything_anonymous_reaches_validates_and_hides_what_is_not_public(record, client, validators):
    text, types, elsewhere = _walk(client, validators)

    assert {
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
        "Consultation",
        "File",
        "Location",
    } <= set(types)
    for word in HIDDEN_FROM_OUTSIDERS:
        assert word not in text, word
    assert "Forhandlingsutvalg" in text and "Tas til etterretning" in text and "Tingvoll kommune" in text
    # The references outside OParl (pages, the agenda and minutes as PDF, the documents) answer too.
    for path in elsewhere:
        assert client.get(path).status_code == 200, path


def test_a_meeting_carries_the_invitation_and_the_approved_minutes_as_files(record, client):
    meeting = client.get(f"/oparl/v1/meeting/{record.pk}").json()

    assert meeting["invitation"]["accessUrl"].endswith(f"/innkalling/mote/{record.pk}/saksliste.pdf")
    assert meeting["resultsProtocol"]["accessUrl"].endswith(f"/protokoll/mote/{record.pk}/protokoll.pdf")
    exempt = [item for item in meeting["agendaItem"] if not item["public"]]
    assert [item["name"] for item in exempt] == ["Forhandlingsutvalg"]
    assert "resolutionText" not in exempt[0]
    assert {item["resolutionText"] for item in meeting["agendaItem"] if item["public"]} == {
        "Tas til etterretning"
    }
    assert [f["name"] for f in meeting["auxiliaryFile"]] == ["Saksframlegg ledelse"]


def test_a_draft_is_never_the_results_protocol(record, client):
    drafted = Meeting.objects.get(start=at(2025, 4, 2, 9))

    meeting = client.get(f"/oparl/v1/meeting/{drafted.pk}").json()

    assert "resultsProtocol" not in meeting
    assert client.get(f"/oparl/v1/file/protocol/{drafted.pk}").status_code == 404


def test_the_membership_names_the_municipality_represented(record, world, client):
    mona = client.get(f"/oparl/v1/person/{world.member.pk}").json()

    (membership,) = mona["membership"]
    assert membership["role"] == "Medlem"
    represented = client.get(_path(membership["onBehalfOf"])).json()
    assert represented["name"] == "Tingvoll kommune" and represented["classification"] == "Kommune"
    assert "email" not in mona


def test_a_member_reads_the_exempt_title_and_her_fellows_e_mail(record, world, validators):
    member = world.client_for(world.member)

    text, _types, _elsewhere = _walk(member, validators)

    assert "Lønnsvilkår for daglig leder" in text and "Lønnsnotat" in text
    assert "Lukket arbeidsmøte" in text and "Upublisert omorganisering" in text
    assert "mona@example.no" in text
    assert "Styringsgruppa" not in text and "olav@example.no" not in text


def test_another_bodys_member_reads_her_own_body_but_nothing_exempt_of_the_network(record, world, validators):
    text, _types, _elsewhere = _walk(world.client_for(world.outsider), validators)

    assert "Styringsgruppa" in text and "Styringssak" in text and "olav@example.no" in text
    for word in HIDDEN_FROM_OUTSIDERS:
        if word not in ("Styringsgruppa", "olav@example.no"):
            assert word not in text, word


@pytest.mark.parametrize(
    "path",
    ["meeting/{unpublished}", "agendaItem/{item}", "paper/{case}", "file/invitation/{unpublished}"],
)
def test_an_unpublished_meeting_and_its_case_answer_404_to_outsiders(
    record, unpublished, world, client, path
):
    item = unpublished.agenda.get()
    url = "/oparl/v1/" + path.format(unpublished=unpublished.pk, item=item.pk, case=item.case_id)

    assert client.get(url).status_code == 404
    assert world.client_for(world.outsider).get(url).status_code == 404
    assert world.client_for(world.member).get(url).status_code == 200


def test_lists_page_by_the_number_asked_and_keep_the_filters(record, client):
    first = client.get(
        "/oparl/v1/body/paper", {"elementsPerPage": 2, "created_since": "2000-01-01T00:00:00+01:00"}
    )
    page = first.json()

    assert page["pagination"] == {"totalElements": 4, "elementsPerPage": 2, "currentPage": 1, "totalPages": 2}
    assert "created_since=2000-01-01T00%3A00%3A00%2B01%3A00" in page["links"]["next"]
    second = client.get(_path(page["links"]["next"])).json()
    assert "next" not in second["links"] and len(second["data"]) == 2
    assert {p["id"] for p in page["data"]}.isdisjoint(p["id"] for p in second["data"])


def test_a_creation_filter_narrows_the_papers(record, client):
    page = client.get("/oparl/v1/body/paper", {"created_until": "2000-01-01T00:00:00+01:00"}).json()

    assert page["data"] == [] and page["pagination"]["totalElements"] == 0


def test_it_explains_a_bad_filter_in_norwegian(record, client):
    response = client.get("/oparl/v1/body/meeting", {"modified_since": "i går"})

    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("modified_since må være et tidspunkt med tidssone")


def test_a_modification_filter_narrows_the_meetings_by_when_they_last_changed(record, client):
    later = client.get("/oparl/v1/body/meeting", {"modified_since": "2999-01-01T00:00:00+01:00"}).json()
    earlier = client.get("/oparl/v1/body/meeting", {"modified_since": "2000-01-01T00:00:00+01:00"}).json()

    assert later["data"] == [] and later["pagination"]["totalElements"] == 0
    assert earlier["pagination"]["totalElements"] == 2
    assert all(meeting["modified"] for meeting in earlier["data"])
