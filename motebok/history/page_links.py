"""The link to the change history on a body's page, for those who edit the body."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.web.extensions import Link


def body_links(request, body) -> list[Link]:
    if not rules.can_edit(request.user, body):
        return []
    return [Link(_("Endringshistorikk"), reverse("history:body", args=[body.slug]))]
