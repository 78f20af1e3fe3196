"""Citations a person can copy: body, case number, title, meeting date and the permanent address.

An exempt case or document is cited by its public title to those who may not see more.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from motebok.documents.models import Document
from motebok.meetings.models import Case, Meeting


def _day(moment: dt.datetime) -> str:
    return date_format(timezone.localtime(moment), "j. F Y")


def _address(thing) -> str:
    return settings.SITE_URL + thing.get_absolute_url()


def _case_reference(case: Case) -> str:
    """The case label as it reads inside a sentence: "sak 14-22", but "PS 14/22" as it is."""
    label = case.label
    return label[0].lower() + label[1:] if label.startswith("Sak ") else label


def cite_case(case: Case, *, may_see_exempt: bool, meeting: Meeting | None = None) -> str:
    """Cite a case, at the meeting that treated it when one is given."""
    title = case.title_for(may_see_exempt)
    if case.number:
        text = _("{body}, {case} «{title}»").format(
            body=case.body.name, case=_case_reference(case), title=title
        )
    else:
        text = _("{body}, «{title}»").format(body=case.body.name, title=title)
    if meeting is not None:
        text += _(", møte {date}").format(date=_day(meeting.start))
    return f"{text}. {_address(case)}"


def cite_meeting(meeting: Meeting) -> str:
    text = _("{body}, møte {date}").format(body=meeting.body.name, date=_day(meeting.start))
    if meeting.title:
        text += f" «{meeting.title}»"
    if meeting.place:
        text += f", {meeting.place}"
    return f"{text}. {_address(meeting)}"


def cite_document(document: Document, *, may_see_exempt: bool) -> str:
    body = document.body or (document.meeting.body if document.meeting else None)
    title = document.title_for(may_see_exempt)
    dated = document.meeting.start if document.meeting else document.created
    text = _("{body}, dokument «{title}», {date}").format(
        body=body.name if body else "Møtebok", title=title, date=_day(dated)
    )
    return f"{text}. {_address(document)}"
