"""The programme's links on body pages and on the user's own page, for those allowed to follow them."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import policies, rules
from motebok.programmes.models import Gathering, Programme, Project
from motebok.web.extensions import Link


def body_links(request, body) -> list[Link]:
    """On a programme's body and on each thematic network: the programme's page, and its set-up for the
    secretariat."""
    programme = Programme.objects.filter(body__in=[body.pk, body.parent_id]).select_related("body").first()
    if programme is None or not policies.programmes.can_see(request.user, programme):
        return []
    links = [Link(_("Programside"), programme.get_absolute_url())]
    if programme.body_id == body.pk and rules.can_run_programme(request.user, programme):
        links.append(Link(_("Deltakere og prosjekter"), reverse("programmes:participants", args=[body.slug])))
    return links


def meeting_links(request, meeting) -> list[Link]:
    """On a gathering's meeting page, for the secretariat: the representation each municipality had to send."""
    gathering = Gathering.objects.filter(meeting=meeting).select_related("programme__body").first()
    if gathering is None or not rules.can_run_programme(request.user, gathering.programme):
        return []
    label = _("Representasjon og oppmøte (%(kind)s)") % {"kind": gathering.get_kind_display().lower()}
    return [Link(label, gathering.get_absolute_url())]


def my_page_links(request) -> list[Link]:
    links = []
    person = getattr(request.user, "person", None)
    if person is not None and (
        Project.objects.filter(leader=person).exists()
        or Project.objects.filter(contacts__person=person).exists()
    ):
        links.append(Link(_("Mine rapporter"), reverse("programmes:my_reports"), primary=True))
    if rules.can_create_bodies(request.user):
        links.append(Link(_("Nytt utviklingsprogram"), reverse("programmes:new_programme")))
    return links
