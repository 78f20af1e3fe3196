"""The index follows every save and delete of cases, placements, meetings and documents."""

from __future__ import annotations

from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem
from motebok.search import indexing
from motebok.search.models import Entry
from tests.search.conftest import found


def test_an_edited_case_title_is_found_by_its_new_words_only(archive):
    archive.open_case.title = "Klimatilpasning i kommunene"
    archive.open_case.save()
    assert found(None, "klimatilpasning") == ["Klimatilpasning i kommunene"]
    assert found(None, "bærekraftig") == []


def test_edited_notes_and_conclusions_are_found(archive):
    item = AgendaItem.objects.get(case=archive.open_case)
    item.notes, item.conclusion = "Ny tekst om skredsikring.", "Vedtatt."
    item.save()
    assert found(None, "skredsikring") == ["Bærekraftig samarbeid etter plansamarbeidet"]
    assert found(None, "fellesprosjekt") == []


def test_a_case_made_exempt_hides_its_text_from_outsiders(archive, world):
    case = archive.open_case
    case.access, case.exemption_basis, case.public_title = "exempt", "offl. § 13", "Samarbeidssak"
    case.save()
    assert found(None, "fellesprosjekt") == []
    assert found(None, "samarbeidssak") == ["Samarbeidssak"]
    assert found(world.member.user, "fellesprosjekt") == ["Bærekraftig samarbeid etter plansamarbeidet"]


def test_a_deleted_document_is_gone(archive):
    archive.open_document.delete()
    assert found(None, "bredbånd") == []
    assert not Entry.objects.filter(kind=Entry.Kind.DOCUMENT, title="Referat fra møtet i mars").exists()


def test_an_edited_document_text_is_found(archive):
    archive.open_document.extracted_text = "Nytt innhold om havbruk."
    archive.open_document.save()
    assert found(None, "havbruk") == ["Referat fra møtet i mars"]
    assert found(None, "bredbånd") == []


def test_a_deleted_meeting_takes_its_placements_notes_and_row_with_it(archive, world):
    later = archive.later_meeting
    case = later.agenda.get().case
    AgendaItem.objects.filter(meeting=later).delete()
    later.delete()
    assert found(world.member.user, "teams") == []
    assert found(world.member.user, "vedtatt") == []
    case.delete()
    assert found(world.member.user, "budsjett") == []


def test_a_documents_meeting_deleted_leaves_it_to_the_body(archive, world):
    document = Document.objects.create(
        title="Notat om skoleskyss", meeting=archive.later_meeting, sha256="3" * 64, extracted_text="Skyss."
    )
    assert found(world.member.user, "skoleskyss") == ["Notat om skoleskyss"]
    archive.later_meeting.agenda.all().delete()
    archive.later_meeting.delete()
    # With neither body nor meeting the document is for site staff only.
    assert found(world.member.user, "skoleskyss") == []
    assert Entry.objects.get(document=document).body is None


def test_rebuilding_the_index_gives_the_same_rows(archive):
    def rows():
        return sorted(
            Entry.objects.values_list(
                "kind", "audience", "members_see_more", "body", "case", "meeting", "document", "title", "text"
            )
        )

    before = rows()
    assert indexing.rebuild() == len(before)
    assert rows() == before
    assert found(None, "bærekraft") == ["Bærekraftig samarbeid etter plansamarbeidet"]


def test_deferred_indexing_writes_each_thing_once_when_the_block_ends(archive):
    from motebok.meetings.models import Case

    with indexing.deferred():
        archive.open_case.title = "Klimatilpasning i kommunene"
        archive.open_case.save()
        Case.objects.create(body=archive.meeting.body, title="Vannforsyning og beredskap")
        assert found(None, "klimatilpasning") == []
    assert found(None, "klimatilpasning") == ["Klimatilpasning i kommunene"]
    assert Entry.objects.filter(case=archive.open_case).count() == 1


def test_deferred_indexing_writes_nothing_when_the_block_fails(archive):
    import pytest

    with pytest.raises(RuntimeError), indexing.deferred():
        archive.open_case.title = "Klimatilpasning i kommunene"
        archive.open_case.save()
        raise RuntimeError("the import failed halfway")
    assert found(None, "klimatilpasning") == []


def test_reindex_builds_the_index_anew(archive):
    from io import StringIO

    from django.core.management import call_command

    Entry.objects.all().delete()
    assert found(None, "plansamarbeidet") == []
    out = StringIO()
    call_command("reindex", stdout=out)
    assert "Søkeindeksen har" in out.getvalue()
    assert found(None, "plansamarbeidet") == ["Bærekraftig samarbeid etter plansamarbeidet"]
