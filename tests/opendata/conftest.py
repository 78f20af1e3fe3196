"""The minutes tests' held meeting with an exempt case, a meeting of the same body that is not published, and the
record that the open-data exports are tested on."""

from __future__ import annotations

import pytest

from tests.conftest import at
from tests.minutes.conftest import approve, meeting  # noqa: F401 (the fixture is used by the tests here)


def csv_rows(response, filename: str) -> list[list[str]]:
    """The rows of a CSV download, after checking that it is one."""
    import csv
    import io

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def unpublished(world):
    """Approved minutes of a meeting taken off the public record again (approval publishes it): members only."""
    from motebok.meetings import services
    from motebok.meetings.models import Case, Meeting

    hidden = services.create_meeting(
        world.network,
        start=at(2025, 5, 20, 9),
        title="Lukket arbeidsmøte",
        chair=world.chair,
        minute_taker=world.secretary,
        status=Meeting.Status.HELD,
        is_published=False,
    )
    services.place_case(Case.objects.create(body=world.network, title="Upublisert omorganisering"), hidden)
    approve(hidden)
    Meeting.objects.filter(pk=hidden.pk).update(is_published=False)
    hidden.refresh_from_db()
    return hidden


@pytest.fixture
def record(world, meeting, unpublished, settings, tmp_path):  # noqa: F811 (the imported fixture)
    """A published meeting with approved minutes (an exempt case among three), an exempt document, a published
    meeting whose minutes are a draft, the unpublished one, the steering group's meeting, and a represented
    municipality."""
    from django.core.files.base import ContentFile

    from motebok.documents.models import Document
    from motebok.meetings import services
    from motebok.meetings.models import Case, Meeting
    from motebok.minutes import services as minutes
    from motebok.registry.models import Organisation

    settings.MEDIA_ROOT = tmp_path
    approve(meeting)
    tingvoll = Organisation.objects.create(name="Tingvoll kommune", kind="municipality")
    world.network.memberships.filter(person=world.member).update(organisation=tingvoll)
    exempt = Case.objects.get(title="Lønnsvilkår for daglig leder")
    for title, case, access in (("Lønnsnotat", exempt, "case"), ("Saksframlegg ledelse", None, "open")):
        Document.objects.create(
            title=title,
            body=world.network,
            meeting=meeting,
            case=case,
            access=access,
            sha256=title.encode().hex()[:64],
            file=ContentFile(b"notat", "notat.txt"),
        )
    drafted = services.create_meeting(
        world.network, start=at(2025, 4, 2, 9), status=Meeting.Status.HELD, is_published=True
    )
    services.place_case(Case.objects.create(body=world.network, title="Budsjett"), drafted)
    draft = minutes.start_minutes(drafted)
    draft.sections.update(conclusion="Utkast til konklusjon")
    steering = services.create_meeting(
        world.steering_group, start=at(2025, 4, 3, 9), status=Meeting.Status.HELD, is_published=True
    )
    services.place_case(Case.objects.create(body=world.steering_group, title="Styringssak"), steering)
    return meeting
