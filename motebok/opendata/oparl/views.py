"""OParl 1.1 endpoints: the system, its body, each object, and the body's paginated lists.

Each view asks motebok.access.policies which objects the visitor may see; anything else answers 404, as the pages
do. Lists hold 100 objects a page (fewer on request with `elementsPerPage`), ordered by id so that paging is stable,
and take `created_since`, `created_until`, `modified_since` and `modified_until`. Most rows record when they were
last changed (`updated`, served as `modified`), cases and documents also when they were made (`created`); where a
row lacks the time a filter asks about, the filter narrows by the other time only where that cannot drop an object
that matches, or not at all: a list never holds fewer objects than match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from motebok.access import policies
from motebok.opendata.oparl import objects
from motebok.opendata.oparl.objects import Reader

PAGE_SIZE = 100
FILTERS = ("created_since", "created_until", "modified_since", "modified_until")


class BadRequest(Exception):
    """A parameter the client must correct; the message names it."""


def _respond(data: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/json; charset=utf-8"
    # OParl clients run in other sites' pages; only what an anonymous visitor sees is served without a session.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(message: str, status: int) -> JsonResponse:
    return _respond({"error": {"status": status, "message": message}}, status=status)


def system(request: HttpRequest) -> JsonResponse:
    return _respond(objects.system(Reader(request.user)))


def body(request: HttpRequest) -> JsonResponse:
    return _respond(objects.body(Reader(request.user)))


@dataclass(frozen=True)
class Kind:
    """One kind of OParl object: the rows a reader may see, and how one is written."""

    rows: Callable[[Reader], QuerySet]
    build: Callable[[Reader, object], dict]


def _meetings(reader: Reader) -> QuerySet:
    return policies.meetings.visible(reader.user).select_related("body")


def _agenda_items(reader: Reader) -> QuerySet:
    return policies.agenda_items.visible(reader.user).select_related("meeting__body", "case__body")


def _located(reader: Reader) -> QuerySet:
    return _meetings(reader).exclude(place="", address="")


KINDS: dict[str, Kind] = {
    "organization": Kind(
        lambda reader: policies.bodies.visible(reader.user).select_related("parent"), objects.organization
    ),
    "represented": Kind(lambda reader: policies.memberships.represented(reader.user), objects.represented),
    "person": Kind(lambda reader: policies.people.visible(reader.user), objects.person),
    "membership": Kind(
        lambda reader: policies.memberships.visible(reader.user).select_related("body"), objects.membership
    ),
    "meeting": Kind(_meetings, objects.meeting),
    "agendaItem": Kind(_agenda_items, objects.agenda_item),
    "consultation": Kind(_agenda_items, objects.consultation),
    "paper": Kind(lambda reader: policies.cases.visible(reader.user).select_related("body"), objects.paper),
    "file": Kind(
        lambda reader: policies.documents.visible(reader.user).select_related(
            "body", "meeting__body", "case"
        ),
        objects.file,
    ),
    "location": Kind(_located, lambda reader, meeting: objects.location(meeting)),
    "invitation": Kind(_meetings, objects.invitation),
    "protocol": Kind(
        lambda reader: _meetings(reader).filter(minutes__approved_revision__isnull=False),
        objects.results_protocol,
    ),
}


def one(request: HttpRequest, kind: str, pk: int | None = None, slug: str = "") -> JsonResponse:
    """One object, if the visitor may see it; 404 otherwise, whether it exists or not."""
    reader = Reader(request.user)
    found = get_object_or_404(KINDS[kind].rows(reader), **({"slug": slug} if slug else {"pk": pk}))
    data = KINDS[kind].build(reader, found)
    if data is None:
        raise Http404
    return _respond(data)


# The body's lists. Each holds the kinds named, in that order: the organisation list holds Møtebok's bodies and
# then the organisations their members represent, and the file list the stored documents and the meeting files.
LISTS = {
    "organization": ("organization", "represented"),
    "person": ("person",),
    "meeting": ("meeting",),
    "paper": ("paper",),
    "membership": ("membership",),
    "agendaItem": ("agendaItem",),
    "consultation": ("consultation",),
    "file": ("file", "invitation", "protocol"),
    "locationList": ("location",),
    "legislativeTermList": (),
}


def bodies(request: HttpRequest) -> JsonResponse:
    reader = Reader(request.user)
    return _listing(request, objects.url("bodies"), [lambda: objects.body(reader)])


def body_list(request: HttpRequest, name: str) -> JsonResponse:
    if name not in LISTS:
        raise Http404
    reader = Reader(request.user)
    try:
        filters = _filters(request)
    except BadRequest as bad:
        return _error(str(bad), 400)
    entries = []
    for kind_name in LISTS[name]:
        kind = KINDS[kind_name]
        rows = _filtered(kind.rows(reader), filters).order_by("pk")
        entries += [(lambda row=row, kind=kind: kind.build(reader, row)) for row in rows]
    return _listing(request, objects.url("list", name), entries)


def _filters(request: HttpRequest) -> dict:
    found = {}
    for name in FILTERS:
        value = request.GET.get(name)
        if value is None:
            continue
        moment = parse_datetime(value)
        if moment is None or moment.tzinfo is None:
            raise BadRequest(
                _("%(name)s må være et tidspunkt med tidssone, for eksempel 2025-01-01T00:00:00+01:00.")
                % {"name": name}
            )
        found[name] = moment
    return found


def _filtered(rows: QuerySet, filters: dict) -> QuerySet:
    """Narrow by the times the rows record; a time they lack narrows by the other only where that is safe."""
    fields = {field.name for field in rows.model._meta.get_fields()}
    created = "created" if "created" in fields else ""
    modified = "updated" if "updated" in fields else ""
    # Made after a moment means changed after it too; changed before a moment means made before it too.
    conditions = {
        "created_since": f"{created or modified}__gte" if created or modified else "",
        "created_until": f"{created}__lte" if created else "",
        "modified_since": f"{modified}__gte" if modified else "",
        "modified_until": f"{modified or created}__lte" if created or modified else "",
    }
    for name, moment in filters.items():
        if conditions[name]:
            rows = rows.filter(**{conditions[name]: moment})
    return rows


def _listing(request: HttpRequest, base: str, entries: list[Callable[[], dict | None]]) -> JsonResponse:
    """A list page as OParl 1.1 writes it: data, pagination, and links that keep the client's filters."""
    try:
        size = int(request.GET.get("elementsPerPage", PAGE_SIZE))
        number = int(request.GET.get("page", 1))
    except ValueError:
        return _error(_("page og elementsPerPage må være hele tall."), 400)
    size = min(max(size, 1), PAGE_SIZE)
    paginator = Paginator(entries, size, allow_empty_first_page=True)
    if not 1 <= number <= paginator.num_pages:
        return _error(_("Listen har ikke side %(page)s.") % {"page": number}, 404)
    page = paginator.page(number)
    kept = {key: value for key, value in request.GET.items() if key in (*FILTERS, "elementsPerPage")}

    def link(n: int) -> str:
        query = {**kept, **({"page": n} if n > 1 else {})}
        return f"{base}?{urlencode(query)}" if query else base

    links = {"first": link(1), "self": link(number), "last": link(paginator.num_pages)}
    if page.has_previous():
        links["prev"] = link(number - 1)
    if page.has_next():
        links["next"] = link(number + 1)
    data = [built for built in (entry() for entry in page.object_list) if built is not None]
    return _respond(
        {
            "data": data,
            "pagination": {
                "totalElements": paginator.count,
                "elementsPerPage": size,
                "currentPage": number,
                "totalPages": paginator.num_pages,
            },
            "links": links,
        }
    )
