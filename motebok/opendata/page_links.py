"""Links on the body page (its minutes feed, its member list and the "Åpne data" page) and, for its editors, the
meeting's eInnsyn record."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.opendata.feeds import MinutesAtom
from motebok.web.extensions import Link


def formats(body) -> list[Link]:
    """Every format of one body; the caller has checked that the visitor may see the body."""

    def at(name: str) -> str:
        return reverse(f"opendata:{name}", args=[body.slug])

    return [
        Link(_("Protokoller (Atom)"), at("body_feed"), feed_type=MinutesAtom.content_type.split(";")[0]),
        Link(_("Medlemsliste (CSV)"), at("members_csv")),
        Link(_("Medlemsliste (Excel)"), at("members_xlsx")),
        Link(_("Oppmøte i år (CSV)"), at("attendance_csv")),
        Link(_("Åpne oppfølgingspunkter (CSV)"), at("follow_ups_csv")),
        Link(_("Personer og medlemskap (Popolo JSON)"), at("popolo_body")),
    ]


def body_links(request, body) -> list[Link]:
    if not rules.can_see_body(request.user, body):
        return []
    return [
        *formats(body)[:2],
        Link(_("Åpne data"), reverse("opendata:open_data") + f"#organ-{body.slug}"),
    ]


def meeting_links(request, meeting) -> list[Link]:
    if not rules.can_edit(request.user, meeting.body) or not rules.can_see_meeting(AnonymousUser(), meeting):
        return []
    return [Link(_("eInnsyn (JSON)"), reverse("opendata:einnsyn", args=[meeting.pk]))]
