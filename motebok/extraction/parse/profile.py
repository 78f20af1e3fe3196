"""Document-type profiles: which finders run on which kind of document, as one table instead of branches."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum


class DocType(StrEnum):
    MINUTES = "minutes"
    SUMMARY = "summary"
    INVITATION = "invitation"
    CASE_PRESENTATION = "case_presentation"
    MANDATE = "mandate"
    OTHER = "other"


class CaseSource(Enum):
    NONE = "none"  # a mandate's numbered sections describe the body; they are not cases
    AGENDA = "agenda"  # numbered cases, agenda lists, headings
    PRESENTED = "presented"  # the one case a saksframlegg argues, from its header


@dataclass(frozen=True)
class Profile:
    cases: CaseSource
    attendance: bool  # read present/absent/substitutes/guests (an invitee list is not attendance)
    people: bool  # look for people at all (chair, signatures, presenters)
    labelled_meeting_only: bool  # take meeting date/time/place only from labels, not from prose
    action_items: bool
    bullets_are_agenda: bool  # bullets after an opening line ending in a colon are the agenda
    decisions_first: bool  # a decision ("Vedtak") wins over a proposal ("Innstilling") as a conclusion
    presenters_in_prose: bool = False  # who "orienterte" or "gav ei orientering" took part (a news summary)


PROFILES: dict[DocType, Profile] = {
    DocType.MINUTES: Profile(CaseSource.AGENDA, True, True, False, True, False, True),
    DocType.SUMMARY: Profile(
        CaseSource.AGENDA, True, True, False, True, False, True, presenters_in_prose=True
    ),
    DocType.OTHER: Profile(CaseSource.AGENDA, True, True, False, True, False, True),
    DocType.INVITATION: Profile(CaseSource.AGENDA, False, True, False, True, True, False),
    DocType.CASE_PRESENTATION: Profile(CaseSource.PRESENTED, False, False, True, True, False, False),
    DocType.MANDATE: Profile(CaseSource.NONE, False, False, True, False, False, True),
}
