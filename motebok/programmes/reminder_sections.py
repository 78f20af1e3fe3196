"""The programme's part of the daily reminder digest: a project leader whose municipality has not delivered its
report hears of it in the week before the deadline and, once it has passed, every day until it is delivered
(for at most LATE_FOR days)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from motebok.minutes.reminders import HORIZON, Section
from motebok.programmes.models import Report
from motebok.registry.models import Person

LATE_FOR = dt.timedelta(days=60)


def _outstanding(today: dt.date) -> QuerySet[Report]:
    return Report.objects.filter(
        status=Report.Status.DRAFT,
        reporting_round__deadline__gte=today - LATE_FOR,
        reporting_round__deadline__lte=today + HORIZON,
        participant__project__leader__isnull=False,
    )


def people(today: dt.date) -> QuerySet[Person]:
    """The project leaders with a report to deliver soon or already late."""
    return Person.objects.filter(led_projects__participant__reports__in=_outstanding(today))


def sections(person: Person, today: dt.date) -> list[Section]:
    reports = list(
        _outstanding(today)
        .filter(participant__project__leader=person)
        .select_related("reporting_round__programme__body", "participant__organisation")
        .order_by("reporting_round__deadline", "pk")
    )

    def line(report: Report) -> str:
        url = settings.SITE_URL + reverse("programmes:report", args=[report.pk])
        return _("- %(title)s for %(org)s (%(programme)s), frist %(day)s: %(url)s") % {
            "title": report.reporting_round.title,
            "org": report.participant.organisation.name,
            "programme": report.reporting_round.programme.body.name,
            "day": format_date(report.reporting_round.deadline, "j.n.Y"),
            "url": url,
        }

    late = [r for r in reports if r.reporting_round.deadline < today]
    due = [r for r in reports if r.reporting_round.deadline >= today]
    found = []
    if late:
        heading = _("Rapporter som har passert fristen og ikke er levert:")
        found.append(
            Section(heading, [line(r) for r in late], [r.reporting_round.programme.body for r in late])
        )
    if due:
        heading = _("Rapporter med frist innen en uke:")
        found.append(
            Section(heading, [line(r) for r in due], [r.reporting_round.programme.body for r in due])
        )
    return found
