"""A reporting round's answers as CSV or Excel: one row per participant, one column per question.

Only the secretariat reaches these (the view asks motebok.access first); the files carry every answer.
"""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from motebok.programmes.models import ReportingRound
from motebok.programmes.services import report_lines

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def answer_rows(reporting_round: ReportingRound) -> list[list]:
    """The header and one row per participant that must report."""
    questions = list(reporting_round.questions.all())
    header = [_("Deltaker"), _("Temanettverk"), _("Status"), _("Levert"), *[q.text for q in questions]]
    rows = [header]
    for line in report_lines(reporting_round):
        report = line.report
        answers = report.answers if report else {}
        network = line.participant.network
        rows.append(
            [
                line.participant.organisation.name,
                network.body.name if network else "",
                line.standing_label,
                report.submitted.strftime("%Y-%m-%d %H:%M") if report and report.submitted else "",
                *[answers.get(str(q.pk), "") for q in questions],
            ]
        )
    return rows


def answers_response(reporting_round: ReportingRound, format: str) -> HttpResponse:
    rows = answer_rows(reporting_round)
    name = slugify(reporting_round.title) or "rapporter"
    if format == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = _("Svar")[:31]
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
        return response
    text = io.StringIO()
    # Semicolons and a byte-order mark: what Excel set to Norwegian opens without asking.
    writer = csv.writer(text, delimiter=";")
    writer.writerows(rows)
    response = HttpResponse("\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
