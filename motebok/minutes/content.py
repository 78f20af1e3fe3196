"""The minutes as one snapshot (JSON) and as a publishing document, with exempt cases cut to their public title."""

from __future__ import annotations

import datetime as dt
import difflib

from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _

from motebok.invitations.agenda import exemption_line
from motebok.meetings.models import ActionItem, Attendance, Case, Deadline, Meeting
from motebok.publishing import MeetingDocument, Section
from motebok.publishing.document import language_of


def snapshot(minutes) -> dict:
    """Capture the minutes as they stand now: meeting facts, attendance, each case, action items and deadlines."""
    meeting = minutes.meeting
    actions = (
        ActionItem.objects.filter(meeting=meeting)
        .select_related("owner_person", "owner_organisation")
        .order_by("id")
    )
    sections = minutes.sections.select_related("agenda_item__case__body").order_by(
        "agenda_item__order", "agenda_item__id"
    )
    return {
        "body": meeting.body.name,
        "language": language_of(meeting.body),
        "title": meeting.title,
        "number": meeting.display_number,
        "start": timezone.localtime(meeting.start).isoformat(),
        "end": timezone.localtime(meeting.end).isoformat() if meeting.end else "",
        "place": meeting.place,
        # Codes, not labels: the label is given when the minutes are read, in the reader's written standard.
        "format": meeting.format,
        "chair": meeting.chair.name if meeting.chair else "",
        "minute_taker": meeting.minute_taker.name if meeting.minute_taker else "",
        "attendance": [
            {
                "name": a.person.name,
                "status": a.status,
                "substitute_for": a.substitute_for.name if a.substitute_for else "",
                "remote": a.remote,
                "organisation": a.organisation.name if a.organisation else "",
                "role": a.role,
            }
            for a in meeting.attendance.select_related("person", "substitute_for", "organisation").order_by(
                "person__name"
            )
        ],
        "sections": [_section(section, actions) for section in sections],
        "deadlines": [
            {
                "what": d.what,
                "date": d.date.isoformat(),
                "kind": d.kind,
                "source": d.source,
                "case_id": d.case_id,
            }
            for d in Deadline.objects.filter(meeting=meeting).order_by("date", "id")
        ],
    }


def _section(section, actions) -> dict:
    case = section.agenda_item.case
    return {
        "case_id": case.pk,
        "number": case.label,
        "title": case.title,
        "public_title": case.title_for(False),
        "kind": case.kind,
        "exempt": case.is_exempt,
        "exemption_basis": case.exemption_basis,
        "notes": section.notes,
        "conclusion": section.conclusion,
        "actions": [
            {"what": a.what, "owner": a.owner, "due": a.due.isoformat() if a.due else ""}
            for a in actions
            if a.case_id == case.pk
        ],
    }


def note_lines(notes: str) -> list[str]:
    """Split notes into bullet texts, dropping the bullet marks people type."""
    return [line.strip().lstrip("-•*–").strip() for line in notes.splitlines() if line.strip()]


def _label(choices, code: str) -> str:
    """The label of a stored code in the language being read, or the stored text if it is no code of ours."""
    return str(dict(choices.choices).get(code, code))


def _day(iso: str) -> str:
    return format_date(dt.date.fromisoformat(iso), "j.n.Y")


def action_line(action: dict) -> str:
    # Each label is its own gettext call, outside the f-strings, so that makemessages finds it.
    due_label, owner_label, follow_up = _("frist"), _("ansvarlig"), _("Oppfølging")
    due = f", {due_label} {_day(action['due'])}" if action["due"] else ""
    owner = f" ({owner_label}: {action['owner']}{due})" if action["owner"] else due
    return f"{follow_up}: {action['what']}{owner}"


def _people(attendance: list[dict]) -> list[tuple[str, list[str]]]:
    def label(entry: dict) -> str:
        extras = [entry["organisation"]] if entry["organisation"] else []
        if entry["substitute_for"]:
            extras.append(_("vara for %(name)s") % {"name": entry["substitute_for"]})
        if entry["role"]:
            extras.append(entry["role"])
        if entry["remote"]:
            extras.append(_("digitalt"))
        return f"{entry['name']} ({', '.join(extras)})" if extras else entry["name"]

    groups = [
        (_("Til stede"), (Attendance.Status.PRESENT, Attendance.Status.SUBSTITUTE)),
        (_("Forfall"), (Attendance.Status.ABSENT,)),
        (_("Fra administrasjonen"), (Attendance.Status.STAFF,)),
        (_("Gjester"), (Attendance.Status.GUEST,)),
    ]
    found = [(name, [label(e) for e in attendance if e["status"] in statuses]) for name, statuses in groups]
    return [(name, names) for name, names in found if names]


def document(content: dict, may_see_exempt: bool, footer: str = "") -> MeetingDocument:
    """Lay the minutes out as Norwegian municipalities do, leaving exempt cases at their public title."""
    start = dt.datetime.fromisoformat(content["start"])
    time = format_date(start, "H:i")
    if content["end"]:
        time += "–" + format_date(dt.datetime.fromisoformat(content["end"]), "H:i")
    facts = [(_("Dato"), format_date(start, "l j. F Y")), (_("Tid"), time)]
    facts += [(_("Sted"), content["place"])] if content["place"] else []
    facts += [(_("Møteform"), _label(Meeting.Format, content["format"]))]
    facts += [(_("Møteleder"), content["chair"])] if content["chair"] else []
    facts += [(_("Referent"), content["minute_taker"])] if content["minute_taker"] else []
    sections, hidden_cases = _sections_as_now(content["sections"], may_see_exempt)
    deadlines = [d for d in content["deadlines"] if d["case_id"] not in hidden_cases]
    if deadlines:
        sections.append(
            Section(
                heading=_("Frister"),
                items=[
                    f"{_day(d['date'])}: {d['what']} ({_label(Deadline.Kind, d['kind']).lower()}{', ' + d['source'] if d['source'] else ''})"
                    for d in deadlines
                ],
            )
        )
    number = f" {content['number']}" if content["number"] else ""
    return MeetingDocument(
        title=content["body"],
        subtitle=_("Protokoll fra møte%(number)s %(day)s")
        % {"number": number, "day": format_date(start, "j. F Y")},
        facts=facts,
        people=_people(content["attendance"]),
        sections=sections,
        footer=footer,
        language=content.get("language", "nb-NO"),
        author=content["body"],
        # Only approved minutes are printed, and those go to the archive.
        archival=True,
    )


def _sections_as_now(sections: list[dict], may_see_exempt: bool) -> tuple[list[Section], set[int]]:
    """The cases as laid out, each with the exemption its case has now rather than when the minutes were saved;
    a case no longer found stays hidden."""
    if may_see_exempt:
        return [_document_section(s) for s in sections], set()
    cases = Case.objects.select_related("body").in_bulk([s["case_id"] for s in sections])
    laid_out, hidden = [], set()
    for section in sections:
        case = cases.get(section["case_id"])
        if case is None or case.is_exempt:
            hidden.add(section["case_id"])
            public_title = case.title_for(False) if case else section["public_title"]
            basis = case.exemption_basis if case else section["exemption_basis"]
            laid_out.append(_hidden_section(section, public_title, basis))
        else:
            laid_out.append(_document_section(section))
    return laid_out, hidden


def _hidden_section(section: dict, public_title: str, basis: str) -> Section:
    heading = f"{section['number']} {public_title}".strip()
    return Section(heading=heading, paragraphs=[exemption_line(basis)])


def _document_section(section: dict) -> Section:
    heading = f"{section['number']} {section['title']}".strip()
    items = note_lines(section["notes"]) + [action_line(a) for a in section["actions"]]
    label = _("Vedtak") if section.get("kind") == Case.Kind.DECISION else _("Konklusjon")
    return Section(heading=heading, items=items, conclusion=section["conclusion"], conclusion_label=label)


def as_text(doc: MeetingDocument) -> str:
    """The document as plain text for an e-mail body."""
    lines = [doc.title, doc.subtitle, ""]
    lines += [f"{label}: {value}" for label, value in doc.facts] + [""]
    lines += [f"{label}: {', '.join(names)}" for label, names in doc.people] + [""]
    for section in doc.sections:
        lines += [section.heading, *section.paragraphs, *(f"- {item}" for item in section.items)]
        label = section.conclusion_label or _("Konklusjon")
        lines += [f"{label}: {section.conclusion}" if section.conclusion else "", ""]
    return "\n".join(lines) + (f"\n{doc.footer}\n" if doc.footer else "")


def changes_between(before: dict | None, after: dict) -> list[tuple[str, str]]:
    """Lines removed ("-") and added ("+") from one version of the minutes to the next, as members read them."""
    old = as_text(document(before, may_see_exempt=True)).splitlines() if before else []
    new = as_text(document(after, may_see_exempt=True)).splitlines()
    return [(line[0], line[2:]) for line in difflib.ndiff(old, new) if line[:1] in "+-" and line[2:].strip()]


def approval_line(approval) -> str:
    """The sign-off under approved minutes."""
    if approval.at_meeting_id:
        meeting = approval.at_meeting
        return _("Godkjent i møte %(day)s") % {
            "day": format_date(timezone.localtime(meeting.start), "j. F Y")
        }
    name = approval.approved_by.name if approval.approved_by else ""
    day = format_date(timezone.localtime(approval.approved), "j. F Y")
    return _("Godkjent av %(name)s %(day)s") % {"name": name, "day": day}
