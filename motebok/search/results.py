"""Shape index rows into what the results page shows: type, title, body, date, number, snippet, link, citation.

Titles and snippets come from the row the reader searched, which holds only what they may read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.safestring import SafeString

from motebok.access import rules
from motebok.meetings.models import AgendaItem, Meeting
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


def _latest_meetings(user, entries: list[Entry]) -> dict[int, Meeting]:
    """For each case among the rows, the latest meeting that treated it, among those the reader may open."""
    case_ids = [entry.case_id for entry in entries if entry.case_id]
    placements = AgendaItem.objects.filter(
        case_id__in=case_ids, meeting__in=rules.visible_meetings(user)
    ).select_related("meeting")
    return {item.case_id: item.meeting for item in placements.order_by("meeting__start")}


def _document_link(user, entry: Entry) -> str:
    document = entry.document
    if rules.can_download_document(user, document):
        return document.get_absolute_url()
    if document.meeting and rules.can_see_meeting(user, document.meeting):
        return document.meeting.get_absolute_url()
    if document.case and rules.can_see_case(user, document.case):
        return document.case.get_absolute_url()
    return ""


def _link_and_citation(user, entry: Entry, may_see_exempt: bool, meeting: Meeting | None) -> tuple[str, str]:
    if entry.kind == Entry.Kind.CASE:
        return entry.case.get_absolute_url(), cite_case(
            entry.case, may_see_exempt=may_see_exempt, meeting=meeting
        )
    if entry.kind == Entry.Kind.MEETING:
        return entry.meeting.get_absolute_url(), cite_meeting(entry.meeting)
    return _document_link(user, entry), cite_document(entry.document, may_see_exempt=may_see_exempt)


def _may_open(user, entry: Entry, url: str) -> bool:
    """Ask the rules again as the page is shown, so that an index row gone stale never shows a thing."""
    if entry.kind == Entry.Kind.CASE:
        return rules.can_see_case(user, entry.case)
    if entry.kind == Entry.Kind.MEETING:
        return rules.can_see_meeting(user, entry.meeting)
    return bool(url)


def hits(user, entry_ids: list[int], query: Query) -> list[Hit]:
    """The results for these index rows, in the given order."""
    insiders = exempt_body_ids(user)
    entries = Entry.objects.select_related(
        "body", "case__body", "meeting__body", "document__body", "document__meeting__body", "document__case"
    ).in_bulk(entry_ids)
    ordered = [entries[pk] for pk in entry_ids if pk in entries]
    meetings = _latest_meetings(user, ordered)
    found = []
    for entry in ordered:
        may_see_exempt = insiders is None or entry.body_id in insiders
        url, citation = _link_and_citation(user, entry, may_see_exempt, meetings.get(entry.case_id))
        if not _may_open(user, entry, url):
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
