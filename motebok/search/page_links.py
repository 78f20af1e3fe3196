"""The "Siter" links on meeting and case pages, for readers who may see the meeting or case."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.web.extensions import Link


def meeting_links(request, meeting) -> list[Link]:
    if not rules.can_see_meeting(request.user, meeting):
        return []
    return [Link(_("Siter møtet"), reverse("search:cite_meeting", args=[meeting.pk]))]


def case_links(request, case) -> list[Link]:
    if not rules.can_see_case(request.user, case):
        return []
    return [Link(_("Siter saken"), reverse("search:cite_case", args=[case.pk]))]
