"""Shape index rows into what the results page shows: type, title, body, date, number, snippet, link, citation.

Titles and snippets come from the row the reader searched, which holds only what they may read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.safestring import SafeString

from motebok.access import rules
from motebok.documents.models import Document
from motebok.meetings.models import AgendaItem, Case, Meeting
from motebok.search.citation import cite_case, cite_document, cite_meeting
from motebok.search.highlighting import highlight, snippet
from motebok.search.models import Entry
from motebok.search.query import Query
from motebok.search.visibility import exempt_body_ids


@dataclass(frozen=True)
class Hit:
    kind: str
    title: SafeString
    label: str
    body_name: str
    dated: dt.datetime
    url: str
    snippet: SafeString
    citation: str


@dataclass(frozen=True)
class _Openable:
    """The ids of the cases, meetings and documents behind a page of results that the reader may open."""

    cases: set[int]
    meetings: set[int]
    documents: set[int]


def _openable_ids(user, visible, model, ids: set[int | None]) -> set[int]:
    ids = ids - {None}
    if not ids:
        return set()
    return set(visible(user, model.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def _openable(user, entries: list[Entry]) -> _Openable:
    """Ask the rules once per kind of thing for the whole page, not once per result."""
    documents = [entry.document for entry in entries if entry.document_id]
    case_ids = {entry.case_id for entry in entries} | {document.case_id for document in documents}
    meeting_ids = {entry.meeting_id for entry in entries} | {document.meeting_id for document in documents}
    return _Openable(
        cases=_openable_ids(user, rules.visible_cases, Case, case_ids),
        meetings=_openable_ids(user, rules.visible_meetings, Meeting, meeting_ids),
        documents=_openable_ids(user, rules.visible_documents, Document, {d.pk for d in documents}),
    )


def _latest_meetings(user, entries: list[Entry]) -> dict[int, Meeting]:
    """For each case among the rows, the latest meeting that treated it, among those the reader may open."""
    case_ids = [entry.case_id for entry in entries if entry.case_id]
    placements = AgendaItem.objects.filter(
        case_id__in=case_ids, meeting__in=rules.visible_meetings(user)
    ).select_related("meeting")
    return {item.case_id: item.meeting for item in placements.order_by("meeting__start")}


def _document_link(document: Document, openable: _Openable) -> str:
    """The file if the reader may download it, else the meeting or case it belongs to, else nothing."""
    if document.pk in openable.documents:
        return document.get_absolute_url()
    if document.meeting_id in openable.meetings:
        return document.meeting.get_absolute_url()
    if document.case_id in openable.cases:
        return document.case.get_absolute_url()
    return ""


def _link_and_citation(
    entry: Entry, openable: _Openable, may_see_exempt: bool, meeting: Meeting | None
) -> tuple[str, str]:
    """The link and citation, or an empty link if the rules no longer let the reader open the thing."""
    if entry.kind == Entry.Kind.CASE:
        url = entry.case.get_absolute_url() if entry.case_id in openable.cases else ""
        return url, cite_case(entry.case, may_see_exempt=may_see_exempt, meeting=meeting)
    if entry.kind == Entry.Kind.MEETING:
        url = entry.meeting.get_absolute_url() if entry.meeting_id in openable.meetings else ""
        return url, cite_meeting(entry.meeting)
    return _document_link(entry.document, openable), cite_document(
        entry.document, may_see_exempt=may_see_exempt
    )


def hits(user, entry_ids: list[int], query: Query) -> list[Hit]:
    """The results for these index rows, in the given order."""
    insiders = exempt_body_ids(user)
    entries = Entry.objects.select_related(
        "body", "case__body", "meeting__body", "document__body", "document__meeting__body", "document__case"
    ).in_bulk(entry_ids)
    ordered = [entries[pk] for pk in entry_ids if pk in entries]
    meetings = _latest_meetings(user, ordered)
    openable = _openable(user, ordered)
    found = []
    for entry in ordered:
        may_see_exempt = insiders is None or entry.body_id in insiders
        url, citation = _link_and_citation(entry, openable, may_see_exempt, meetings.get(entry.case_id))
        # The rules are asked again as the page is shown, so that an index row gone stale never shows a thing.
        if not url:
            continue
        found.append(
            Hit(
                kind=entry.get_kind_display(),
                title=highlight(entry.title, query),
                label=entry.label,
                body_name=entry.body.name if entry.body else "",
                dated=entry.dated,
                url=url,
                snippet=snippet(entry.text, query),
                citation=citation,
            )
        )
    return found
