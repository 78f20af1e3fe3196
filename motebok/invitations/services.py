"""Sending invitations, updates and cancellations; recording answers; calendar feed tokens. Each in one transaction."""

from __future__ import annotations

import datetime as dt

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.invitations import calendar, mail
from motebok.invitations.members import active_memberships, chair_of, invited_memberships, secretary_of
from motebok.invitations.models import Answer, CalendarEvent, Dispatch, FeedToken, meeting_uid
from motebok.meetings.models import Attendance, Meeting
from motebok.registry.models import Body, Mandate, Person
from motebok.registry.services import claim_version

ANSWERABLE = (Meeting.Status.PLANNED, Meeting.Status.INVITED)


class InvitationError(ValueError):
    """A request the meeting's state does not allow; the message is for the user."""


def calendar_event(meeting: Meeting) -> CalendarEvent:
    """The meeting's calendar identity, created on first need so that its UID never changes."""
    event, _created = CalendarEvent.objects.get_or_create(
        meeting=meeting, defaults={"uid": meeting_uid(meeting)}
    )
    return event


@transaction.atomic
def send_invitation(meeting: Meeting, sent_by: Person | None) -> Dispatch:
    """E-mail every active member the invitation (or, once invited, an update) and mark the meeting invited."""
    if meeting.status not in ANSWERABLE:
        raise InvitationError(_("Møtet er avlyst eller allerede holdt, og kan ikke kalles inn."))
    event = calendar_event(meeting)
    kind = Dispatch.Kind.UPDATE if event.invited else Dispatch.Kind.INVITATION
    if event.invited:
        event.sequence += 1
    event.invited = event.invited or timezone.now()
    event.save()
    meeting.status = Meeting.Status.INVITED
    meeting.save(update_fields=["status"])
    return _dispatch(meeting, event, kind, sent_by)


@transaction.atomic
def move_meeting(
    meeting: Meeting,
    start: dt.datetime,
    end: dt.datetime | None,
    sent_by: Person | None,
    loaded_version: int | None = None,
) -> None:
    """Change a meeting's time; if invitations went out, send an update with the same UID and a higher SEQUENCE.

    With `loaded_version` (from an edit form) a change saved by someone else in between refuses the move.
    """
    if loaded_version is not None:
        claim_version(Meeting, meeting.pk, loaded_version)
        meeting.version = loaded_version + 1
    if meeting.status not in ANSWERABLE:
        raise InvitationError(_("Møtet er avlyst eller allerede holdt, og kan ikke flyttes."))
    if end is not None and end <= start:
        raise InvitationError(_("Slutt må være etter start."))
    meeting.start, meeting.end = start, end
    meeting.save(update_fields=["start", "end"])
    send_update(meeting, sent_by)


@transaction.atomic
def cancel_meeting(meeting: Meeting, sent_by: Person | None) -> None:
    """Cancel a meeting; if invitations went out, send METHOD:CANCEL to everyone invited."""
    if meeting.status not in ANSWERABLE:
        raise InvitationError(_("Møtet er avlyst eller allerede holdt."))
    meeting.status = Meeting.Status.CANCELLED
    meeting.save(update_fields=["status"])
    send_cancellation(meeting, sent_by)


@transaction.atomic
def send_update(meeting: Meeting, sent_by: Person | None) -> Dispatch | None:
    """Tell everyone invited about a changed meeting; nothing to do if no invitation went out."""
    return _resend(meeting, Dispatch.Kind.UPDATE, sent_by)


@transaction.atomic
def send_cancellation(meeting: Meeting, sent_by: Person | None) -> Dispatch | None:
    """Withdraw the calendar invitation from everyone invited; nothing to do if none went out."""
    return _resend(meeting, Dispatch.Kind.CANCELLATION, sent_by)


def _resend(meeting: Meeting, kind: str, sent_by: Person | None) -> Dispatch | None:
    # Every change raises SEQUENCE, invited or not, so that feed subscribers' calendars take the new version.
    calendar_event(meeting)
    event = CalendarEvent.objects.select_for_update().get(meeting=meeting)
    event.sequence += 1
    event.save(update_fields=["sequence"])
    if event.invited is None:
        return None
    return _dispatch(meeting, event, kind, sent_by)


PARTSTAT = {
    Answer.Response.PENDING: "NEEDS-ACTION",
    Answer.Response.ATTENDING: "ACCEPTED",
    Answer.Response.ABSENT: "DECLINED",
    Answer.Response.SUBSTITUTE: "DELEGATED",
}


def _recipients(meeting: Meeting, organizer: Person) -> list[mail.Recipient]:
    """The members (each with her answer link) and the substitutes they sent, each with an e-mail address.

    The organizer is never sent her own invitation: her calendar client would take it for someone else's.
    """
    answers = [answer for answer in _answers_for_members(meeting) if answer.person_id != organizer.pk]
    # Answers given through the personal link show in the next update, as if given in the calendar.
    recipients = [mail.Recipient(a.person, PARTSTAT[a.response], a.get_absolute_url()) for a in answers]
    recipients += [
        mail.Recipient(a.substitute, "NEEDS-ACTION", substitute_for=a.person)
        for a in answers
        if a.substitute_invited
    ]
    return [recipient for recipient in recipients if recipient.person.email]


def _dispatch(
    meeting: Meeting,
    event: CalendarEvent,
    kind: str,
    sent_by: Person | None,
    only: Person | None = None,
) -> Dispatch:
    """Send the calendar object and the agenda to everyone invited (or `only` to that one of them)."""
    organizer = secretary_of(meeting.body) or sent_by
    if organizer is None:
        raise InvitationError(_("Organet har ingen sekretær eller leder som kan stå som arrangør."))
    recipients = _recipients(meeting, organizer)
    ics = calendar.invitation_ics(
        meeting,
        event.uid,
        event.sequence,
        organizer,
        [(recipient.person, recipient.partstat) for recipient in recipients],
        cancel=kind == Dispatch.Kind.CANCELLATION,
    )
    if only is not None:
        recipients = [recipient for recipient in recipients if recipient.person == only]
    last = event.dispatches.first()
    with meeting.body.in_written_standard():
        mailing = mail.prepare(meeting, kind, ics, organizer, last.particulars if last else {})
        messages = [mail.message_for(mailing, recipient) for recipient in recipients]
    # Sent inside the transaction: if the mail server refuses, nothing is recorded as sent.
    with get_connection() as connection:
        connection.send_messages(messages)
    return Dispatch.objects.create(
        event=event,
        kind=kind,
        sequence=event.sequence,
        sent_by=sent_by,
        recipients=[recipient.person.email for recipient in recipients],
        particulars=mail.particulars(meeting),
    )


def _answers_for_members(meeting: Meeting) -> list[Answer]:
    """Everyone invited so far, plus members who joined since; each with their personal answer link."""
    for membership in invited_memberships(meeting):
        Answer.objects.get_or_create(meeting=meeting, person=membership.person)
    return list(meeting.answers.select_related("person").order_by("person__name"))


@transaction.atomic
def answer_for(meeting: Meeting, person: Person) -> Answer:
    """The member's answer to a meeting, with its personal link; made now if no invitation was sent yet."""
    answer, _created = Answer.objects.get_or_create(meeting=meeting, person=person)
    return answer


def usable_answer(token: str) -> Answer | None:
    """The answer behind a personal link, while its person is an active member and the meeting is not over."""
    found = Answer.objects.select_related("meeting__body", "person").filter(token=token).first()
    if found is None:
        return None
    meeting = found.meeting
    ends = meeting.end or meeting.start + calendar.DEFAULT_LENGTH
    over = meeting.status in (Meeting.Status.HELD, Meeting.Status.APPROVED) or ends < timezone.now()
    members = {membership.person_id for membership in invited_memberships(meeting)}
    return None if over or found.person_id not in members else found


def _substitute_rule(body: Body) -> str:
    # Without a mandate the default rule applies: substitutes by agreement with the leader.
    mandate = body.current_mandate
    return mandate.substitute_rule if mandate else Mandate.SubstituteRule.AGREED_WITH_LEADER


def substitutes_allowed(body: Body) -> bool:
    return _substitute_rule(body) != Mandate.SubstituteRule.NONE


@transaction.atomic
def record_answer(
    answer: Answer, response: str, substitute_name: str = "", substitute_email: str = "", comment: str = ""
) -> Answer:
    """Save a member's answer and write it into the meeting's draft attendance."""
    meeting = answer.meeting
    if meeting.status not in ANSWERABLE:
        raise InvitationError(_("Møtet er avlyst eller allerede holdt, og tar ikke imot svar."))
    substitute = None
    if response == Answer.Response.SUBSTITUTE:
        if not substitutes_allowed(meeting.body):
            raise InvitationError(_("Mandatet åpner ikke for stedfortreder."))
        if not substitute_name.strip():
            raise InvitationError(_("Skriv navnet på stedfortrederen."))
        substitute = _substitute_person(answer, substitute_name.strip(), substitute_email.strip())
    newly_named = substitute is not None and (
        answer.substitute_id != substitute.pk or answer.response != Answer.Response.SUBSTITUTE
    )
    answer.response, answer.substitute, answer.comment = response, substitute, comment
    answer.answered = timezone.now()
    if substitute is None:
        answer.substitute_approval = Answer.Approval.NOT_NEEDED
    elif newly_named:
        agreed = _substitute_rule(meeting.body) == Mandate.SubstituteRule.AGREED_WITH_LEADER
        answer.substitute_approval = Answer.Approval.REQUESTED if agreed else Answer.Approval.NOT_NEEDED
    answer.save()
    _write_attendance(answer)
    if newly_named and answer.substitute_approval == Answer.Approval.REQUESTED:
        _ask_the_leader(answer)
    elif newly_named:
        _invite_substitute(answer)
    return answer


def _ask_the_leader(answer: Answer) -> None:
    """E-mail the chair a request to agree to the substitute, as the mandate asks."""
    leader = chair_of(answer.meeting.body)
    if leader is not None and leader.email:
        mail.substitute_request(answer, leader, secretary_of(answer.meeting.body)).send()


def _invite_substitute(answer: Answer) -> None:
    """Send the substitute the invitation, calendar entry and agenda, if the members' went out already."""
    event = CalendarEvent.objects.filter(meeting=answer.meeting, invited__isnull=False).first()
    if event is not None and answer.substitute.email:
        _dispatch(answer.meeting, event, Dispatch.Kind.INVITATION, None, only=answer.substitute)


@transaction.atomic
def decide_substitute(answer: Answer, approved: bool) -> Answer:
    """The leader agrees to the substitute (who is then invited) or refuses."""
    if answer.substitute_approval != Answer.Approval.REQUESTED:
        raise InvitationError(_("Stedfortrederen venter ikke på godkjenning."))
    if answer.meeting.status not in ANSWERABLE:
        raise InvitationError(_("Møtet er avlyst eller allerede holdt, og tar ikke imot svar."))
    answer.substitute_approval = Answer.Approval.APPROVED if approved else Answer.Approval.REFUSED
    answer.save(update_fields=["substitute_approval"])
    if approved:
        _invite_substitute(answer)
    else:
        # A substitute the leader did not agree to does not come: take her off the draft attendance.
        answer.meeting.attendance.filter(person=answer.substitute, substitute_for=answer.person).delete()
        _tell_the_member_of_the_refusal(answer)
    return answer


def _tell_the_member_of_the_refusal(answer: Answer) -> None:
    if answer.person.email:
        with answer.meeting.body.in_written_standard():
            message = mail.substitute_refused(answer, secretary_of(answer.meeting.body))
        message.send()


def _substitute_person(answer: Answer, name: str, email: str) -> Person:
    """Reuse the person named before or known by e-mail, so that answering twice makes no duplicates."""
    if (
        answer.substitute
        and answer.substitute.name == name
        and (not email or answer.substitute.email == email)
    ):
        return answer.substitute
    known = Person.objects.filter(email__iexact=email, name=name).first() if email else None
    return known or Person.objects.create(name=name, email=email, organisation=answer.person.organisation)


def _write_attendance(answer: Answer) -> None:
    meeting, member = answer.meeting, answer.person
    organisation = (
        next((m.organisation for m in active_memberships(meeting.body) if m.person_id == member.pk), None)
        or member.organisation
    )
    if answer.response == Answer.Response.PENDING:
        return
    status = (
        Attendance.Status.PRESENT
        if answer.response == Answer.Response.ATTENDING
        else Attendance.Status.ABSENT
    )
    Attendance.objects.update_or_create(
        meeting=meeting,
        person=member,
        defaults={"status": status, "substitute_for": None, "organisation": organisation},
    )
    # A substitute named earlier no longer comes unless named again now.
    earlier = meeting.attendance.filter(substitute_for=member, status=Attendance.Status.SUBSTITUTE)
    if answer.substitute:
        earlier = earlier.exclude(person=answer.substitute)
        Attendance.objects.update_or_create(
            meeting=meeting,
            person=answer.substitute,
            defaults={
                "status": Attendance.Status.SUBSTITUTE,
                "substitute_for": member,
                "organisation": organisation,
            },
        )
    earlier.delete()


@transaction.atomic
def feed_token(person: Person, body: Body | None) -> FeedToken:
    """The person's active calendar address (for one body, or all of theirs), creating one if none is active."""
    token = FeedToken.objects.filter(person=person, body=body, revoked__isnull=True).first()
    return token or FeedToken.objects.create(person=person, body=body)


@transaction.atomic
def revoke_feed_token(token: FeedToken) -> None:
    """Stop a calendar address from working; subscribers then get 404."""
    if token.revoked is None:
        token.revoked = timezone.now()
        token.save(update_fields=["revoked"])
