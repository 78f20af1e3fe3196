"""Shape index rows into what the results page shows: type, title, body, date, number, snippet, link, citation.

Titles and snippets come from the row the reader searched, which holds only what they may read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.safestring import SafeString

from motebok.access import rules
from motebok.meetings.models import Meeting
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


def _case_meeting(user, entry: Entry) -> Meeting | None:
    """The latest meeting that treated the case, among those the reader may open."""
    treated = Meeting.objects.filter(agenda__case=entry.case).select_related("body")
    return rules.visible_meetings(user, treated).order_by("-start").first()


def _document_link(user, entry: Entry) -> str:
    document = entry.document
    if rules.can_download_document(user, document):
        return document.get_absolute_url()
    if document.meeting and rules.can_see_meeting(user, document.meeting):
        return document.meeting.get_absolute_url()
    if document.case and rules.can_see_case(user, document.case):
        return document.case.get_absolute_url()
    return ""


def _link_and_citation(user, entry: Entry, may_see_exempt: bool) -> tuple[str, str]:
    if entry.kind == Entry.Kind.CASE:
        citation = cite_case(entry.case, may_see_exempt=may_see_exempt, meeting=_case_meeting(user, entry))
        return entry.case.get_absolute_url(), citation
    if entry.kind == Entry.Kind.MEETING:
        return entry.meeting.get_absolute_url(), cite_meeting(entry.meeting)
    return _document_link(user, entry), cite_document(entry.document, may_see_exempt=may_see_exempt)


def hits(user, entry_ids: list[int], query: Query) -> list[Hit]:
    """The results for these index rows, in the given order."""
    insiders = exempt_body_ids(user)
    entries = Entry.objects.select_related(
        "body", "case__body", "meeting__body", "document__body", "document__meeting__body", "document__case"
    ).in_bulk(entry_ids)
    found = []
    for entry in (entries[pk] for pk in entry_ids if pk in entries):
        may_see_exempt = insiders is None or entry.body_id in insiders
        url, citation = _link_and_citation(user, entry, may_see_exempt)
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
