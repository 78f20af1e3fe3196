"""Links on the body page: its minutes feed and its member list."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.opendata.feeds import MinutesAtom
from motebok.web.extensions import Link


def body_links(request, body) -> list[Link]:
    if not rules.can_see_body(request.user, body):
        return []
    return [
        Link(
            _("Protokoller (Atom)"),
            reverse("opendata:body_feed", args=[body.slug]),
            feed_type=MinutesAtom.content_type.split(";")[0],
        ),
        Link(_("Medlemsliste (CSV)"), reverse("opendata:members_csv", args=[body.slug])),
    ]
