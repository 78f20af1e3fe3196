"""An index row that has gone stale (changed behind the signals' back) never shows a thing on the page."""

from __future__ import annotations

from motebok.meetings.models import Meeting


def test_a_meeting_unpublished_behind_the_index_disappears_from_the_results(client, archive):
    assert "Bærekraftig samarbeid" in client.get("/sok/", {"q": "plansamarbeidet"}).content.decode()
    # A queryset update sends no signals, so the index still says the case is public.
    Meeting.objects.filter(pk=archive.meeting.pk).update(is_published=False)
    page = client.get("/sok/", {"q": "plansamarbeidet"}).content.decode()
    assert "Bærekraftig samarbeid" not in page
    assert f"/sak/{archive.open_case.pk}/" not in page
