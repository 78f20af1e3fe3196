"""A held meeting of the public network with three cases, one of them exempt, for the minutes tests."""

from __future__ import annotations

import pytest

from tests.conftest import at


@pytest.fixture
def meeting(world):
    from motebok.meetings import services
    from motebok.meetings.models import Case, Meeting

    meeting = services.create_meeting(
        world.network,
        start=at(2025, 3, 14, 13),
        end=at(2025, 3, 14, 16),
        place="Tingvoll Økopark",
        chair=world.chair,
        minute_taker=world.secretary,
        status=Meeting.Status.HELD,
        is_published=True,
    )
    for title, access in [
        ("Informasjons- og oppfølgingssaker", {}),
        ("Tema ledelse", {}),
        (
            "Lønnsvilkår for daglig leder",
            {"access": "exempt", "exemption_basis": "offl. § 25", "public_title": "Forhandlingsutvalg"},
        ),
    ]:
        services.place_case(Case.objects.create(body=world.network, title=title, **access), meeting)
    return meeting


def editor_data(minutes, **changes) -> dict:
    """The POST data of the minutes editor as a browser would send it unchanged, with `changes` applied."""
    from motebok.minutes.forms import MinutesEditor

    editor = MinutesEditor(minutes)
    data = {"revision": str(minutes.revision)}
    for part in editor.forms:
        forms = [part.management_form, *part.forms] if hasattr(part, "management_form") else [part]
        for form in forms:
            for field in form:
                value = field.value()
                if isinstance(value, bool):
                    if value:
                        data[field.html_name] = "on"
                elif value is not None:
                    data[field.html_name] = str(value)
    data.update(changes)
    return data


def approve(meeting, notes: str = "- Drøftet lønn", conclusion: str = "Tas til etterretning"):
    """Write every case's notes and conclusion through the services and let the chair approve."""
    from motebok.minutes import services

    minutes = services.start_minutes(meeting)
    for section in minutes.sections.all():
        section.notes, section.conclusion = f"{notes} ({section.agenda_item.case.title})", conclusion
        section.save()
    services.save_minutes(minutes, loaded_revision=minutes.revision, author=meeting.minute_taker, forms=[])
    services.approve_minutes(minutes, by=meeting.chair)
    return minutes


def pdf_text(data: bytes) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def docx_text(data: bytes) -> str:
    from io import BytesIO

    import docx

    document = docx.Document(BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    footers = [p.text for section in document.sections for p in section.footer.paragraphs]
    return "\n".join([p.text for p in document.paragraphs] + cells + footers)


def bold_runs(data: bytes) -> list[str]:
    from io import BytesIO

    import docx

    return [run.text for p in docx.Document(BytesIO(data)).paragraphs for run in p.runs if run.bold]
