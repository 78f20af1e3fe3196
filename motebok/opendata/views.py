"""robots.txt, the "Åpne data" page, a body's tables (CSV, Excel) and Popolo JSON, and a meeting's eInnsyn record.

The feeds and the sitemap are in feeds.py and sitemaps.py, OParl in oparl/.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import rules
from motebok.access.guards import editable_meeting
from motebok.opendata import einnsyn, page_links, popolo, tables
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
    "mote/*/einnsyn.json",
)


def robots(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", *(f"Disallow: /{path}" for path in PRIVATE_PATHS)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('opendata:sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _body(request: HttpRequest, slug: str) -> Body:
    body = get_object_or_404(Body, slug=slug)
    if not rules.can_see_body(request.user, body):
        raise Http404
    return body


def members_csv(request: HttpRequest, slug: str) -> HttpResponse:
    return tables.as_csv(tables.members(request.user, _body(request, slug)))


def members_xlsx(request: HttpRequest, slug: str) -> HttpResponse:
    return tables.as_xlsx(tables.members(request.user, _body(request, slug)))


def _year(request: HttpRequest) -> int:
    value = request.GET.get("ar", "")
    if not value:
        return timezone.localdate().year
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise ValueError(value)
    return int(value)


def attendance_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """Who came to the body's meetings in a year (?ar=2025, this year without it)."""
    body = _body(request, slug)
    try:
        year = _year(request)
    except ValueError:
        return HttpResponseBadRequest(
            _("Året (ar) må være et årstall, for eksempel ?ar=2025."),
            content_type="text/plain; charset=utf-8",
        )
    return tables.as_csv(tables.attendance(request.user, body, year))


def follow_ups_csv(request: HttpRequest, slug: str) -> HttpResponse:
    return tables.as_csv(tables.follow_ups(request.user, _body(request, slug)))


def _popolo(data: dict, name: str) -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Type"] = "application/json; charset=utf-8"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


def popolo_site(request: HttpRequest) -> JsonResponse:
    return _popolo(popolo.document(request.user), "popolo.json")


def popolo_body(request: HttpRequest, slug: str) -> JsonResponse:
    body = _body(request, slug)
    return _popolo(popolo.document(request.user, body), f"popolo-{body.slug}.json")


def open_data(request: HttpRequest) -> HttpResponse:
    """The formats, site-wide and for each body the visitor may see."""
    bodies = rules.visible_bodies(request.user).order_by("name")
    context = {
        "bodies": [(body, page_links.formats(body)) for body in bodies],
        "year": timezone.localdate().year,
    }
    return render(request, "opendata/open_data.html", context)


def einnsyn_record(request: HttpRequest, pk: int) -> HttpResponse:
    """The meeting's record as it goes to eInnsyn, for those who edit the body to check or send by hand."""
    meeting = editable_meeting(request, pk)
    try:
        record = einnsyn.moetemappe(meeting)
    except einnsyn.NotPublic:
        return HttpResponse(
            _("Møtet er ikke publisert, så det er ingenting å sende til eInnsyn ennå."),
            status=409,
            content_type="text/plain; charset=utf-8",
        )
    response = HttpResponse(einnsyn.encoded(record), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="einnsyn-mote-{meeting.pk}.json"'
    return response
