"""A body's tables for spreadsheets: its members, its attendance over a year, its open follow-ups.

Each table is what the reader may see on the pages, asked of motebok.access.policies: memberships as the body page
lists them (e-mail only for the body's own members), attendance of the meetings the reader may open, and the
follow-ups the case pages show, with exempt cases by their public title. The views write a table as CSV or Excel.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from motebok.access import policies, rules
from motebok.meetings.models import ActionItem, Attendance
from motebok.registry.models import Body

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PRESENT = (
    Attendance.Status.PRESENT,
    Attendance.Status.SUBSTITUTE,
)  # counted as present in the attendance table


@dataclass(frozen=True)
class Table:
    name: str  # the file name without its extension
    title: str  # the sheet's name
    header: list[str]
    rows: list[list]


def members(user, body: Body) -> Table:
    """Name, role and municipality of each member; e-mail only for the body's own members and site staff."""
    shows_email = rules.is_member(user, body)
    memberships = policies.memberships.visible(user, body.memberships.all())
    rows = [
        [
            m.person.name,
            m.get_role_display(),
            m.organisation.name if m.organisation else "",
            m.person.email if shows_email else "",
        ]
        for m in memberships.select_related("person", "organisation").order_by("role", "person__name")
    ]
    return Table(
        f"medlemmer-{body.slug}",
        _("Medlemmer"),
        [_("Navn"), _("Rolle"), _("Representerer"), _("E-post")],
        rows,
    )


def attendance(user, body: Body, year: int) -> Table:
    """One row per person, one column per meeting of the year that the reader may open, and the times present."""
    meetings = list(
        policies.meetings.visible(user, body.meetings.filter(year=year))
        .order_by("start", "pk")
        .prefetch_related("attendance__person", "attendance__organisation")
    )
    people: dict[int, dict] = {}
    for column, meeting in enumerate(meetings):
        for a in meeting.attendance.all():
            row = people.setdefault(
                a.person_id,
                {"name": a.person.name, "organisation": "", "cells": [""] * len(meetings), "present": 0},
            )
            row["organisation"] = row["organisation"] or (a.organisation.name if a.organisation else "")
            row["cells"][column] = a.get_status_display() + (f" ({_('digitalt')})" if a.remote else "")
            row["present"] += a.status in PRESENT
    rows = [
        [row["name"], row["organisation"], *row["cells"], row["present"]]
        for row in sorted(people.values(), key=lambda row: row["name"])
    ]
    header = [
        _("Navn"),
        _("Representerer"),
        *(f"{timezone.localtime(m.start):%d.%m.%Y}" for m in meetings),
        _("Til stede"),
    ]
    return Table(f"oppmote-{body.slug}-{year}", _("Oppmøte %(year)s") % {"year": year}, header, rows)


def follow_ups(user, body: Body) -> Table:
    """The body's open follow-ups that the reader may see, by due date."""
    may_see_exempt = rules.may_see_exempt(user, body)
    items = policies.follow_ups.visible(user, body.action_items.filter(status=ActionItem.Status.OPEN))
    rows = [
        [
            item.what,
            item.owner,
            item.due.isoformat() if item.due else "",
            f"{item.case.label} {item.case.title_for(may_see_exempt)}".strip() if item.case else "",
            f"{timezone.localtime(item.meeting.start):%d.%m.%Y}" if item.meeting else "",
        ]
        for item in items.select_related(
            "owner_person", "owner_organisation", "case__body", "meeting"
        ).order_by("due", "pk")
    ]
    return Table(
        f"oppfolging-{body.slug}",
        _("Oppfølging"),
        [_("Oppgave"), _("Ansvarlig"), _("Frist"), _("Sak"), _("Møte")],
        rows,
    )


def as_csv(table: Table) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{table.name}.csv"'
    # A byte order mark, so that Excel reads the Norwegian letters as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(table.header)
    writer.writerows(table.rows)
    return response


def as_xlsx(table: Table) -> HttpResponse:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.title[:31]  # Excel's limit for a sheet name
    sheet.append(table.header)
    for row in table.rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    content = io.BytesIO()
    workbook.save(content)
    response = HttpResponse(content.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{table.name}.xlsx"'
    return response
