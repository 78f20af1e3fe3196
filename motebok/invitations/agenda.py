"""A meeting's agenda as a publishable document (motebok.publishing), as a given reader may see it."""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from motebok.access import policies
from motebok.invitations.calendar import joining_link, meeting_location
from motebok.invitations.members import invited_memberships
from motebok.meetings.models import Case, Meeting
from motebok.planning.agenda import coming_deadlines, open_follow_ups, standing_roles
from motebok.planning.models import StandingItem
from motebok.publishing import MeetingDocument, Section
from motebok.publishing.document import language_of


def case_heading(case: Case, may_see_exempt: bool) -> str:
    """ "Sak 14/22 Title", with the title the reader may see."""
    return f"{case.label} {case.title_for(may_see_exempt)}".strip()


def meeting_date(meeting: Meeting) -> str:
    return date_format(timezone.localtime(meeting.start), "l j. F Y")


def meeting_time(meeting: Meeting) -> str:
    start = timezone.localtime(meeting.start)
    if meeting.end is None:
        return f"{start:%H.%M}"
    end = timezone.localtime(meeting.end)
    if end.date() != start.date():
        return f"{start:%H.%M} – {date_format(end, 'j. F')} {end:%H.%M}"
    return f"{start:%H.%M}–{end:%H.%M}"


def meeting_facts(meeting: Meeting, with_link: bool) -> list[tuple[str, str]]:
    facts = [(_("Dato"), meeting_date(meeting)), (_("Tid"), meeting_time(meeting))]
    facts.append((_("Møteform"), meeting.get_format_display()))
    if meeting_location(meeting):
        facts.append((_("Sted"), meeting_location(meeting)))
    if with_link and joining_link(meeting):
        facts.append((_("Lenke til møtet"), joining_link(meeting)))
    if meeting.host:
        facts.append((_("Vertskap"), meeting.host.name))
    if meeting.chair:
        facts.append((_("Møteleder"), meeting.chair.name))
    return facts


def _member_label(membership) -> str:
    if membership.organisation:
        return f"{membership.person.name} ({membership.organisation.name})"
    return membership.person.name


def exemption_line(basis: str) -> str:
    """ "Unntatt offentlighet, offl. § 13": printed under an exempt case's public title."""
    return f"{_('Unntatt offentlighet')}, {basis}" if basis else _("Unntatt offentlighet")


def _case_section(item, may_see_exempt: bool, follow_ups: list[str]) -> Section:
    hidden = item.case.is_exempt and not may_see_exempt
    if hidden:
        paragraphs = [exemption_line(item.case.exemption_basis)]
    else:
        paragraphs = [item.case.background] if item.case.background else []
    return Section(heading=case_heading(item.case, may_see_exempt), paragraphs=paragraphs, items=follow_ups)


def follow_up_lines(meeting: Meeting, reader) -> list[str]:
    """The body's open follow-ups the reader may see: what, who, and by when; then its coming deadlines."""
    lines = []
    for action in open_follow_ups(meeting, reader):
        line = f"{action.what} – {action.owner}" if action.owner else action.what
        if action.due:
            line += f" ({_('frist')} {date_format(action.due, 'j. F Y')})"
        lines.append(line)
    for deadline in coming_deadlines(meeting, reader):
        lines.append(
            f"{deadline.get_kind_display()}: {deadline.what} ({date_format(deadline.date, 'j. F Y')})"
        )
    return lines


def _sections(meeting: Meeting, reader) -> list[Section]:
    """Cases in order; the open follow-ups go under the standing follow-up item, or last if there is none."""
    may_see_exempt = policies.exempt.can_see(reader, meeting.body)
    items = meeting.agenda.select_related("case__body").order_by("order", "id")
    follow_ups = follow_up_lines(meeting, reader)
    follow_up_case_ids = {
        case_id for case_id, role in standing_roles(meeting).items() if role == StandingItem.Role.FOLLOW_UPS
    }
    sections = [
        _case_section(item, may_see_exempt, follow_ups if item.case_id in follow_up_case_ids else [])
        for item in items
    ]
    if follow_ups and not follow_up_case_ids:
        sections.append(Section(str(StandingItem.Role.FOLLOW_UPS.label), items=follow_ups))
    return sections


def agenda_document(meeting: Meeting, reader, with_link: bool) -> MeetingDocument:
    """The invitation with agenda as `reader` may see it: facts (the online link only `with_link`), who is
    invited, the cases in order, then open follow-ups.

    Written in the body's målform: a nynorsk network gets nynorsk agendas.
    """
    with meeting.body.in_written_standard():
        subtitle = _("Innkalling til møte %(date)s") % {"date": meeting_date(meeting)}
        return MeetingDocument(
            title=meeting.body.name,
            subtitle=f"{meeting.title}: {subtitle}" if meeting.title else subtitle,
            facts=meeting_facts(meeting, with_link),
            people=[(_("Innkalt"), [_member_label(m) for m in invited_memberships(meeting)])],
            sections=_sections(meeting, reader),
            footer=f"{meeting.body.name} – {_('saksliste')} {meeting_date(meeting)}",
            language=language_of(meeting.body),
            author=meeting.body.name,
            cancelled=meeting.status == Meeting.Status.CANCELLED,
        )


def agenda_filename(meeting: Meeting, extension: str) -> str:
    start = timezone.localtime(meeting.start)
    return f"saksliste-{meeting.body.slug}-{start:%Y-%m-%d}.{extension}"
