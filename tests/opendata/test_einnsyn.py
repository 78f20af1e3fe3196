"""The eInnsyn record of a meeting: valid against eInnsyn's component schemas, public titles only, and nothing
exempt, unpublished or in draft in any field; the export command and the editors' download."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command

from motebok.meetings import services
from motebok.meetings.models import Case, Meeting
from motebok.opendata import einnsyn
from tests.conftest import at

pytestmark = pytest.mark.django_db

SPEC = Path(__file__).resolve().parents[2] / ".." / "shared" / "standards" / "einnsyn" / "einnsyn.openapi.yml"
EXEMPT = ("Lønnsvilkår", "Drøftet lønn", "Lønnsnotat")
NOT_PUBLIC = ("Utkast til konklusjon", "Upublisert omorganisering", "Lukket arbeidsmøte", "Styringssak")


@pytest.fixture(scope="module")
def schema():
    """A validator for a component schema, as a publisher writes it (without what eInnsyn assigns itself)."""
    if not SPEC.is_file():
        pytest.skip(f"the eInnsyn OpenAPI document is not at {SPEC} (../shared is absent)")
    from openapi_schema_validator import OAS30WriteValidator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    document = yaml.safe_load(SPEC.read_text())
    registry = Registry().with_resource(
        "einnsyn", Resource.from_contents(document, default_specification=DRAFT4)
    )

    def validate(name: str, instance: dict) -> list[str]:
        validator = OAS30WriteValidator({"$ref": f"einnsyn#/components/schemas/{name}"}, registry=registry)
        return [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)
        ]

    return validate


@pytest.fixture
def named(record, world):
    """A case whose title names a member, with an open document of its own."""
    from django.core.files.base import ContentFile

    from motebok.documents.models import Document

    case = Case.objects.create(body=world.network, title="Permisjon for Mona Medlem")
    services.place_case(case, record)
    Document.objects.create(
        title="Søknad fra Mona Medlem",
        body=world.network,
        case=case,
        meeting=record,
        sha256="b" * 64,
        original_name="soknad.pdf",
        file=ContentFile(b"%PDF", "soknad.pdf"),
    )
    return case


def test_the_meeting_record_validates_against_einnsyns_schemas(record, named, schema):
    folder = einnsyn.moetemappe(record)

    assert schema("Moetemappe.Moetemappe", folder) == []
    for participant in folder["moetedeltaker"]:
        assert schema("Moetedeltaker.Moetedeltaker", participant) == []
    assert {"moetedeltakerNavn": "Mona Medlem", "moetedeltakerFunksjon": "Til stede"} in folder[
        "moetedeltaker"
    ]
    assert {d["moetedokumenttype"] for d in folder["moetedokument"]} == {"innkalling", "protokoll"}
    numbers = [(c["moetesaksaar"], c["moetesakssekvensnummer"]) for c in folder["moetesak"]]
    assert numbers == [(2025, 1), (2025, 2), (2025, 3), (2025, named.sequence)]
    for message in einnsyn.messages(record):
        case = message["@graph"][0]
        assert case["@type"] == "Moetesak" and message["@graph"][1]["@type"] == "Moetemappe"
        assert schema("Moetesak.Moetesak", {k: v for k, v in case.items() if not k.startswith("@")}) == []


def test_an_exempt_case_goes_by_its_public_title_with_no_decision_and_nothing_exempt_anywhere(record, named):
    # The free-text role on the attendance list is not on the meeting page either.
    record.attendance.update(role="Forhandler i lønnssaken")

    folder = einnsyn.moetemappe(record)
    text = json.dumps([folder, einnsyn.messages(record)], ensure_ascii=False)

    for word in (*EXEMPT, *NOT_PUBLIC, "Forhandler i lønnssaken"):
        assert word not in text, word
    exempt = next(c for c in folder["moetesak"] if c["offentligTittelSensitiv"] == "Forhandlingsutvalg")
    assert exempt["offentligTittel"] == "Forhandlingsutvalg"
    assert "vedtak" not in exempt and "dokumentbeskrivelse" not in exempt
    open_case = next(c for c in folder["moetesak"] if c["offentligTittel"] == "Tema ledelse")
    assert open_case["vedtak"]["vedtakstekst"]["tekstInnhold"] == "Tas til etterretning"
    assert open_case["vedtak"]["accessibleAfter"].startswith(open_case["vedtak"]["dato"])


def test_the_public_title_leaves_out_the_names_of_people(record, named):
    folder = einnsyn.moetemappe(record)

    case = next(c for c in folder["moetesak"] if c["externalId"].endswith(f"/sak/{named.pk}/"))
    assert case["offentligTittelSensitiv"] == "Permisjon for Mona Medlem"
    assert case["offentligTittel"] == "Permisjon for *****"
    (document,) = case["dokumentbeskrivelse"]
    assert (document["tittel"], document["tittelSensitiv"]) == ("Søknad fra *****", "Søknad fra Mona Medlem")
    assert document["dokumentobjekt"][0]["format"] == "PDF"


def test_a_meeting_with_draft_minutes_sends_its_cases_without_decision_or_minutes(record):
    drafted = Meeting.objects.get(start=at(2025, 4, 2, 9))

    folder = einnsyn.moetemappe(drafted)

    (case,) = folder["moetesak"]
    assert case["offentligTittel"] == "Budsjett" and "vedtak" not in case
    assert [d["moetedokumenttype"] for d in folder["moetedokument"]] == ["innkalling"]


def test_an_unpublished_meeting_is_refused(record, unpublished):
    with pytest.raises(einnsyn.NotPublic):
        einnsyn.moetemappe(unpublished)


def test_the_command_writes_a_folder_and_one_message_per_case_for_each_public_meeting(
    record, world, tmp_path
):
    out = StringIO()

    call_command(
        "export-einnsyn", "--body", "helseledernettverket", "--folder", str(tmp_path / "ut"), stdout=out
    )

    folders = sorted(p.name for p in (tmp_path / "ut").iterdir())
    drafted = Meeting.objects.get(start=at(2025, 4, 2, 9))
    assert folders == [f"2025-03-14-mote-{record.pk}", f"2025-04-02-mote-{drafted.pk}"]
    messages = sorted((tmp_path / "ut" / folders[0]).glob("moetesak-*.jsonld"))
    assert len(messages) == 3
    for path in messages:
        assert path.stat().st_size <= einnsyn.MESSAGE_LIMIT
        graph = json.loads(path.read_text())["@graph"]
        assert [node["@type"] for node in graph] == ["Moetesak", "Moetemappe"]
    everything = "".join(p.read_text() for p in (tmp_path / "ut").rglob("*.json*"))
    for word in EXEMPT + NOT_PUBLIC:
        assert word not in everything, word
    assert out.getvalue() == f"Skrev 2 møter og 4 møtesaker til {tmp_path / 'ut'}.\n"


def test_the_command_keeps_to_the_period(record, tmp_path):
    call_command(
        "export-einnsyn",
        "--body",
        "Helseledernettverket",
        "--from",
        "2025-04-01",
        "--folder",
        str(tmp_path / "ut"),
        stdout=StringIO(),
    )

    assert [p.name.split("-mote-")[0] for p in (tmp_path / "ut").iterdir()] == ["2025-04-02"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--body", "ukjent"], "Fant ikke organet «ukjent»"),
        (["--body", "helseledernettverket", "--from", "31.01.2025"], "«31.01.2025» er ikke en dato"),
    ],
)
def test_the_command_explains_bad_input(record, tmp_path, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("export-einnsyn", *arguments, "--folder", str(tmp_path), stdout=StringIO())


def test_the_secretary_downloads_the_record_and_others_are_refused(record, unpublished, world, client):
    url = f"/mote/{record.pk}/einnsyn.json"

    response = world.client_for(world.secretary).get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="einnsyn-mote-{record.pk}.json"'
    assert json.loads(response.content)["utvalg"] == "Helseledernettverket"
    assert world.client_for(world.member).get(url).status_code == 403
    assert world.client_for(world.outsider).get(url).status_code == 404
    assert client.get(url).status_code == 404
    refused = world.client_for(world.secretary).get(f"/mote/{unpublished.pk}/einnsyn.json")
    assert refused.status_code == 409 and "ikke publisert" in refused.content.decode()


def test_the_meeting_page_links_the_record_for_its_editors_only(record, world, client):
    link = f'href="/mote/{record.pk}/einnsyn.json"'

    assert link in world.client_for(world.secretary).get(f"/mote/{record.pk}/").content.decode()
    assert link not in world.client_for(world.member).get(f"/mote/{record.pk}/").content.decode()
    assert link not in client.get(f"/mote/{record.pk}/").content.decode()


def test_the_rest_api_serves_the_same_record_for_public_meetings_only(record, unpublished, world, client):
    answer = client.get(f"/api/v1/meetings/{record.pk}/einnsyn")

    assert answer.status_code == 200
    assert answer.json() == json.loads(einnsyn.encoded(einnsyn.moetemappe(record)))
    assert client.get(f"/api/v1/meetings/{unpublished.pk}/einnsyn").status_code == 404
    client.force_login(world.member.user)
    # A member sees the unpublished meeting, but it is not on the public record, so there is nothing for eInnsyn.
    assert client.get(f"/api/v1/meetings/{unpublished.pk}/einnsyn").status_code == 404
