"""The index follows a body's own changes at once: its case-number format, its name and its publishing."""

from __future__ import annotations

import pytest
from django.db import transaction

from motebok.documents.models import Document
from motebok.registry.models import Body
from motebok.search import indexing
from motebok.search.models import Entry
from tests.search.conftest import found

NUMBERED = {
    "Bærekraftig samarbeid etter plansamarbeidet",
    "Oppnevning av forhandlingsutvalg",
    "Budsjett for regionrådet",
    "Saksframlegg",
}


@pytest.fixture
def case_document(archive) -> Document:
    return Document.objects.create(
        title="Saksframlegg",
        body=archive.open_case.body,
        meeting=archive.meeting,
        case=archive.open_case,
        sha256="4" * 64,
    )


def _labels(archive, document: Document) -> set[str]:
    cases = Entry.objects.filter(case__in=[archive.open_case, archive.exempt_case])
    return set((cases | Entry.objects.filter(document=document)).values_list("label", flat=True))


def _change_format(body_pk: int, number_format: str) -> None:
    body = Body.objects.get(pk=body_pk)
    body.case_number_format = number_format
    body.save()


def test_it_relabels_cases_and_their_documents_when_the_case_number_format_changes(
    client, world, archive, case_document
):
    assert _labels(archive, case_document) == {"Sak 1/22", "Sak 2/22"}
    assert found(None, "ps") == []
    _change_format(world.network.pk, Body.CaseNumberFormat.PS)
    assert _labels(archive, case_document) == {"PS 1/22", "PS 2/22"}
    assert set(found(None, "ps")) == NUMBERED
    page = client.get("/sok/", {"q": "fellesprosjekt"}).content.decode()
    assert "PS 1/22 Bærekraftig samarbeid etter plansamarbeidet" in page
    assert "Sak 1/22" not in page


def test_it_leaves_other_bodies_rows_alone(world, archive):
    steering_rows = list(
        Entry.objects.filter(body=world.steering_group).order_by("pk").values_list("pk", "label")
    )
    _change_format(world.network.pk, Body.CaseNumberFormat.DASH)
    assert (
        list(Entry.objects.filter(body=world.steering_group).order_by("pk").values_list("pk", "label"))
        == steering_rows
    )
    assert Entry.objects.get(case=archive.open_case).label == "Sak 1-22"


def test_a_renamed_body_shows_its_new_name_in_results_and_citations(client, world, archive):
    world.network.name = "Helsenettverket Nordmøre"
    world.network.save()
    page = client.get("/sok/", {"q": "fellesprosjekt"}).content.decode()
    assert "Helsenettverket Nordmøre, sak 1/22 «Bærekraftig samarbeid etter plansamarbeidet»" in page
    assert "Helseledernettverket" not in page


def test_deferred_indexing_relabels_the_body_once_when_the_block_ends(world, archive, case_document):
    with indexing.deferred():
        _change_format(world.network.pk, Body.CaseNumberFormat.PADDED)
        assert _labels(archive, case_document) == {"Sak 1/22", "Sak 2/22"}
    assert _labels(archive, case_document) == {"Sak 001/22", "Sak 002/22"}


@pytest.mark.django_db(transaction=True)
def test_the_new_labels_are_written_in_the_same_transaction_as_the_format(world, archive, case_document):
    with pytest.raises(RuntimeError), transaction.atomic():
        _change_format(world.network.pk, Body.CaseNumberFormat.PS)
        assert _labels(archive, case_document) == {"PS 1/22", "PS 2/22"}
        raise RuntimeError("the admin's save failed after the body was written")
    assert Body.objects.get(pk=world.network.pk).case_number_format == Body.CaseNumberFormat.SLASH
    assert _labels(archive, case_document) == {"Sak 1/22", "Sak 2/22"}


def test_saving_only_the_name_leaves_the_rows_untouched(world, archive):
    rows = set(Entry.objects.values_list("pk", flat=True))
    world.network.name = "Nytt navn"
    world.network.case_number_format = Body.CaseNumberFormat.PS  # not saved: not among update_fields
    world.network.save(update_fields=["name"])
    assert set(Entry.objects.values_list("pk", flat=True)) == rows
