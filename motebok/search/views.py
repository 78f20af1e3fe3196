"""The search page and the citation pages of a case and a meeting."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from motebok.access import rules
from motebok.meetings.models import Case, Meeting
from motebok.search.citation import cite_case, cite_meeting
from motebok.search.finding import MAX_HITS, Filters, find
from motebok.search.forms import FILTERS, NEWEST, SearchForm
from motebok.search.query import parse
from motebok.search.results import hits

PER_PAGE = 20


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, user=request.user)
    context = {"form": form, "searched": False}
    if form.is_valid() and form.cleaned_data["q"]:
        data = form.cleaned_data
        query = parse(data["q"])
        filters = Filters(
            kind=data["type"],
            body=data["organ"],
            year_from=data["fra"],
            year_to=data["til"],
            newest_first=data["sortering"] == NEWEST,
        )
        found = find(request.user, query, filters)
        page = Paginator(found[:MAX_HITS], PER_PAGE).get_page(request.GET.get("side"))
        params = request.GET.copy()
        params.pop("side", None)
        # The same search without its filters, offered when the filters leave nothing.
        unfiltered = params.copy()
        for name in FILTERS:
            unfiltered.pop(name, None)
        context |= {
            "searched": True,
            "understood": bool(query),
            "page": page,
            "hits": hits(request.user, list(page.object_list), query),
            "more_than_max": len(found) > MAX_HITS,
            "max_hits": MAX_HITS,
            "params": params.urlencode(),
            "filtered": any(data[name] for name in FILTERS),
            "unfiltered": unfiltered.urlencode(),
        }
    return render(request, "search/search.html", context)


@require_GET
def cite_case_page(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_object_or_404(Case.objects.select_related("body"), pk=pk)
    if not rules.can_see_case(request.user, case):
        raise Http404
    may_see_exempt = rules.may_see_exempt(request.user, case.body)
    treated = rules.visible_meetings(request.user, Meeting.objects.filter(agenda__case=case))
    citation = cite_case(case, may_see_exempt=may_see_exempt, meeting=treated.order_by("-start").first())
    title = case.title_for(may_see_exempt)
    return render(request, "search/cite.html", {"citation": citation, "title": title, "back": case})


@require_GET
def cite_meeting_page(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    if not rules.can_see_meeting(request.user, meeting):
        raise Http404
    title = meeting.title or meeting.body.name
    return render(
        request, "search/cite.html", {"citation": cite_meeting(meeting), "title": title, "back": meeting}
    )
