"""Who a programme's gathering is for, where that is fewer than its body's members (see
motebok.invitations.members): a theme day is its host municipality's local event, so of the network's members
it invites that municipality's delegation and those who sit for no municipality (the secretariat)."""

from __future__ import annotations

from motebok.programmes.models import Gathering


def narrow(meeting, memberships: list) -> list:
    if not Gathering.objects.filter(meeting=meeting, kind=Gathering.Kind.THEME_DAY).exists():
        return memberships
    return [m for m in memberships if m.organisation_id in (None, meeting.host_id)]
