"""The "Siter" link on a meeting page; the page itself already checked that the reader may see the meeting."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.web.extensions import Link


def meeting_links(request, meeting) -> list[Link]:
    if not rules.can_see_meeting(request.user, meeting):
        return []
    return [Link(_("Siter møtet"), reverse("search:cite_meeting", args=[meeting.pk]))]
