"""robots.txt and the CSV member list of a body; the feeds and the sitemap are in feeds.py and sitemaps.py."""

from __future__ import annotations

import csv

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.registry.models import Body

# Pages that are nobody's business to index: signing in, the editors' pages, personal answer and feed links.
PRIVATE_PATHS = (
    "konto/",
    "admin/",
    "planlegging/",
    "import/",
    "historikk/",
    "innkalling/svar/",
    "innkalling/stedfortreder/",
    "innkalling/kalender/",
    "innkalling/mote/*/send/",
    "protokoll/mote/*/skriv/",
    "protokoll/mote/*/godkjenn/",
    "protokoll/organ/",
    "protokoll/mine/",
    "protokoll/paminnelser/",
    "protokoll/oppfolging/",
)


def robots(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: /{path}" for path in PRIVATE_PATHS)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('opendata:sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def members_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """Name, role and municipality of each member; e-mail only for the body's own members and site staff."""
    body = get_object_or_404(Body, slug=slug)
    if not rules.can_see_body(request.user, body):
        raise Http404
    shows_email = rules.is_member(request.user, body)
    memberships = body.memberships.select_related("person", "organisation").order_by("role", "person__name")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="medlemmer-{body.slug}.csv"'
    # A byte order mark, so that Excel reads the Norwegian letters as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Navn"), _("Rolle"), _("Representerer"), _("E-post")])
    for m in memberships:
        organisation = m.organisation.name if m.organisation else ""
        writer.writerow(
            [m.person.name, m.get_role_display(), organisation, m.person.email if shows_email else ""]
        )
    return response
