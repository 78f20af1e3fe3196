"""sitemap.xml: public bodies, published meetings and the cases placed on them, and nothing else."""

from __future__ import annotations

import pytest

from motebok.meetings.models import Case
from tests.opendata.conftest import approve

pytestmark = pytest.mark.django_db


def _sitemap(client) -> str:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content.decode()


@pytest.mark.parametrize("who", [None, "outsider", "member", "secretary"])
def test_it_lists_only_what_the_public_may_open_whoever_asks(world, meeting, unpublished, client, who):
    approve(meeting)
    if who:
        client = world.client_for(getattr(world, who))

    text = _sitemap(client)

    assert "/organ/helseledernettverket/</loc>" in text
    assert f"/mote/{meeting.pk}/</loc>" in text
    for case in Case.objects.filter(placements__meeting=meeting):
        assert f"/sak/{case.pk}/</loc>" in text  # the exempt case too: its page shows only the public title
    assert "styringsgruppa" not in text
    assert f"/mote/{unpublished.pk}/" not in text
    hidden_case = Case.objects.get(title="Upublisert omorganisering")
    assert f"/sak/{hidden_case.pk}/" not in text
    assert "Lønnsvilkår" not in text
