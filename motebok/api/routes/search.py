"""The archive's full-text search, with the same rules and index rows as the search page."""

from html import unescape
from urllib.parse import urlencode

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from ninja import Query, Router

from motebok.access import policies
from motebok.api.auth import viewer
from motebok.api.errors import ApiError
from motebok.api.routes.common import REFUSALS, Id
from motebok.api.schemas import NO_NUL, SearchOut
from motebok.search.finding import MAX_HITS, Filters, find
from motebok.search.models import Entry
from motebok.search.query import parse
from motebok.search.results import hits

router = Router(tags=["Søk"])


def _text(html: str) -> str:
    return unescape(strip_tags(html))


@router.get(
    "/search",
    response={200: SearchOut, **REFUSALS},
    summary="Søk i arkivet",
    description="Søk i saker, møter og dokumenter, som søkesiden. `next` er adressen til neste side.",
)
def search(
    request,
    q: str = Query(..., min_length=1, max_length=200, pattern=NO_NUL),
    type: Entry.Kind | None = None,
    body: Id | None = None,
    page_size: int = Query(20, ge=1, le=100),
    cursor: int = Query(0, ge=0, le=MAX_HITS),
):
    user = viewer(request).user
    chosen = None
    if body is not None:
        chosen = policies.bodies.visible(user).filter(pk=body).first()
        if chosen is None:
            raise ApiError(422, _("Fant ikke organet."), field="body")
    query = parse(q)
    found = find(user, query, Filters(kind=type, body=chosen))[:MAX_HITS]
    page = found[cursor : cursor + page_size]
    following = cursor + page_size
    params = {key: value for key, value in request.GET.items() if key != "cursor"}
    next_url = (
        request.build_absolute_uri(f"{request.path}?{urlencode({**params, 'cursor': following})}")
        if following < len(found)
        else None
    )
    results = [
        {
            "kind": hit.kind,
            "title": _text(hit.title),
            "label": hit.label,
            "body_name": hit.body_name,
            "dated": hit.dated,
            "url": request.build_absolute_uri(hit.url) if hit.url else "",
            "snippet": _text(hit.snippet),
            "citation": hit.citation,
        }
        for hit in hits(user, list(page), query)
    ]
    return {"next": next_url, "results": results}
