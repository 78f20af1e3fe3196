"""The meeting record for eInnsyn: a Moetemappe with its Moetesak, Moetedokument, Vedtak and Moetedeltaker.

eInnsyn is public, so the record is what an anonymous visitor may see of the meeting, asked of
motebok.access.policies as the meeting page asks, and shaped through motebok.web.presenting: an exempt case is sent
by its public title alone, with no decision, and its full title never leaves Møtebok. Names follow eInnsyn's model
(Digdir's OpenAPI document, component schemas `Moetemappe.Moetemappe` and the rest) in the direction a publisher
writes them: without the ids, `entity` and other properties that eInnsyn assigns itself.

Both public titles are sent: `offentligTittelSensitiv` as Møtebok shows it, and `offentligTittel` with the names of
the people Møtebok knows (its register of persons) replaced by "*****", as eInnsyn shows older records. Noark 5 keeps
the participants under the meeting folder; eInnsyn's API model has no such property, so they travel as
`moetedeltaker` beside the others, each a `Moetedeltaker.Moetedeltaker`.

For eFormidling each meeting case also becomes its own JSON-LD message (the case with its meeting folder, in the
Noark 5 arkivstruktur vocabulary), at most 1 MB as eInnsyn asks.
"""

from __future__ import annotations

import json
import re
from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from motebok.access import policies
from motebok.meetings.models import Attendance, Case, Meeting
from motebok.minutes import permissions
from motebok.minutes.models import Minutes
from motebok.registry.models import Body, Person
from motebok.web.presenting import agenda_for

PUBLIC = AnonymousUser()
MESSAGE_LIMIT = 1024 * 1024  # eFormidling carries at most 1 MB per message
ARKIVSTRUKTUR = "http://www.arkivverket.no/standarder/noark5/arkivstruktur/"
CASE_TYPES = {Case.Kind.ORIENTATION: "orientering"}  # the others are "annet": eInnsyn's types are a council's
PRESENT = (
    Attendance.Status.PRESENT,
    Attendance.Status.SUBSTITUTE,
    Attendance.Status.GUEST,
    Attendance.Status.STAFF,
)


class NotPublic(Exception):
    """The meeting is not on the public record, so there is nothing to send to eInnsyn."""


def public_meetings(body: Body, start=None, end=None) -> QuerySet[Meeting]:
    """The body's meetings that anyone may see, in a period, oldest first."""
    meetings = policies.meetings.visible(PUBLIC, body.meetings.all())
    if start:
        meetings = meetings.filter(start__date__gte=start)
    if end:
        meetings = meetings.filter(start__date__lte=end)
    return meetings.select_related("body").order_by("start", "pk")


def _url(path: str) -> str:
    return settings.SITE_URL + path


def _compact(found: dict) -> dict:
    return {key: value for key, value in found.items() if value not in (None, "", [])}


class Names:
    """Replaces the names of the people Møtebok knows, longest first, so that "Kari Nordmann" goes before "Kari"."""

    @cached_property
    def pattern(self) -> re.Pattern | None:
        names = sorted(
            {name.strip() for name in Person.objects.values_list("name", flat=True) if name.strip()},
            key=len,
            reverse=True,
        )
        if not names:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)

    def removed(self, text: str) -> str:
        return self.pattern.sub("*****", text) if self.pattern else text


def _titles(title: str, names: Names) -> dict:
    return {"offentligTittel": names.removed(title), "offentligTittelSensitiv": title}


def moetemappe(meeting: Meeting, names: Names | None = None) -> dict:
    """The meeting record as eInnsyn names it; refuses a meeting that is not public."""
    if not policies.meetings.can_see(PUBLIC, meeting):
        raise NotPublic(meeting)
    names = names or Names()
    body = meeting.body
    with body.in_written_standard():
        title = meeting.title or _("Møte i %(body)s %(date)s") % {
            "body": body.name,
            "date": f"{timezone.localtime(meeting.start):%d.%m.%Y}",
        }
        documents = _meeting_documents(meeting, names)
    approved = _approved(meeting)
    participants = (
        meeting.attendance.filter(status__in=PRESENT)
        .select_related("person", "organisation")
        .order_by("person__name")
    )
    return _compact(
        {
            "externalId": _url(meeting.get_absolute_url()),
            **_titles(title, names),
            "moetenummer": meeting.display_number or str(meeting.year),
            "utvalg": body.name,
            "moetedato": timezone.localtime(meeting.start).isoformat(),
            "moetested": ", ".join(part for part in (meeting.place, meeting.address) if part),
            "moetesak": [
                moetesak(row, meeting, approved, names) for row in agenda_for(meeting, may_see_exempt=False)
            ],
            "moetedokument": documents,
            "moetedeltaker": [moetedeltaker(a) for a in participants],
        }
    )


def _approved(meeting: Meeting):
    """When the minutes that anyone may read were approved, or None while there are none."""
    minutes = Minutes.objects.filter(meeting=meeting).first()
    if minutes is None or not permissions.may_read_published(PUBLIC, minutes):
        return None
    approval = minutes.approvals.order_by("-approved").first()
    return approval.approved if approval else None


def moetesak(row, meeting: Meeting, approved, names: Names) -> dict:
    """One case on the agenda, by the title anyone may see; the decision once the minutes are approved."""
    case = Case.objects.select_related("body").get(pk=row.case.pk)
    decision = None
    if row.conclusion and not row.case.exempt:
        decided = timezone.localtime(approved or meeting.start)
        decision = _compact(
            {
                "vedtakstekst": {"tekstInnhold": row.conclusion, "tekstFormat": "text/plain"},
                "dato": decided.date().isoformat(),
                "accessibleAfter": decided.isoformat() if approved else None,
            }
        )
    documents = policies.documents.visible(PUBLIC, case.documents.all()).order_by("pk")
    return _compact(
        {
            "externalId": _url(case.get_absolute_url()),
            **_titles(row.case.title, names),
            "moetesakstype": CASE_TYPES.get(case.kind, "annet"),
            "moetesaksaar": case.year,
            "moetesakssekvensnummer": case.sequence,
            "utvalg": meeting.body.name,
            "vedtak": decision,
            "dokumentbeskrivelse": [
                _dokumentbeskrivelse(
                    names, d.title, n, reverse("document", args=[d.pk]), _format(d.original_name)
                )
                for n, d in enumerate(documents, start=1)
            ],
        }
    )


def _dokumentbeskrivelse(
    names: Names, title: str, number: int, path: str, file_format: str | None, sha256: str = ""
) -> dict:
    file = {"referanseDokumentfil": _url(path), "format": file_format, "sjekksum": sha256}
    return {
        "tittel": names.removed(title),
        "tittelSensitiv": title,
        "dokumentnummer": number,
        "tilknyttetRegistreringSom": "hoveddokument" if number == 1 else "vedlegg",
        "dokumentobjekt": [_compact({**file, "sjekksumAlgoritme": "SHA-256" if sha256 else None})],
    }


def _format(file_name: str) -> str | None:
    return file_name.rsplit(".", 1)[-1].upper() if "." in file_name else None


def _meeting_documents(meeting: Meeting, names: Names) -> list[dict]:
    """The agenda, and the approved minutes where anyone may read them, as Møtebok renders them (PDF)."""
    found = [
        (_("Innkalling og saksliste"), "innkalling", reverse("invitations:agenda_pdf", args=[meeting.pk]))
    ]
    if _approved(meeting) is not None:
        found.append((_("Protokoll"), "protokoll", reverse("minutes:pdf", args=[meeting.pk])))
    return [
        {
            **_titles(title, names),
            "moetedokumenttype": kind,
            "dokumentbeskrivelse": [_dokumentbeskrivelse(names, title, 1, path, "PDF")],
        }
        for title, kind, path in found
    ]


def moetedeltaker(attendance: Attendance) -> dict:
    """Name, and status and organisation as the meeting page shows them (not the free-text role, which it does
    not)."""
    role = attendance.get_status_display()
    if attendance.organisation:
        role = f"{role}, {attendance.organisation.name}"
    return {"moetedeltakerNavn": attendance.person.name, "moetedeltakerFunksjon": role}


# eFormidling: one meeting case per message.


def messages(meeting: Meeting, names: Names | None = None) -> list[dict]:
    """A JSON-LD message per meeting case: the case with its meeting folder, each under 1 MB."""
    folder = moetemappe(meeting, names)
    cases = folder.pop("moetesak", [])
    folder_node = {"@id": folder["externalId"], "@type": "Moetemappe", **folder}
    found = []
    for case in cases:
        message = {
            "@context": {"@vocab": ARKIVSTRUKTUR},
            "@graph": [
                {"@id": case["externalId"], "@type": "Moetesak", "parent": folder["externalId"], **case}
            ]
            + [folder_node],
        }
        if len(encoded(message)) > MESSAGE_LIMIT:
            raise ValueError(f"Møtesaken {case['externalId']} blir større enn 1 MB.")
        found.append(message)
    return found


def encoded(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode()
