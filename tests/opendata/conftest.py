"""The minutes tests' held meeting with an exempt case, and a meeting of the same body that is not published."""

from __future__ import annotations

import pytest

from tests.conftest import at
from tests.minutes.conftest import approve, meeting  # noqa: F401 (the fixture is used by the tests here)


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
