"""The number of queries of the pages everyone reads does not grow with the data or with the reader's bodies.

Each page and feed is asked by an anonymous visitor, by Ane (a member of one body) and by Berit (a member of the
same body and seven more), once on a small generated data set and once on a larger one (more bodies, more meetings
per body, longer agendas, cases placed on more meetings, more attendance, documents, follow-ups, deadlines and
approved minutes). Who-may-see is asked once per request, so a member's page costs a few queries more than an
anonymous visitor's, never a few per body; and none of these pages writes to the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.conftest import make_person

SMALL = {"bodies": 8, "meetings": 2, "cases": 2, "placements": 1}
LARGER = {"bodies": 12, "meetings": 6, "cases": 4, "placements": 3}
WRITES = {"INSERT", "UPDATE", "DELETE", "REPLACE"}
WORDS = ["budsjett", "helse", "barnevern", "samarbeid", "klima", "legevakt"]


@dataclass
class Site:
    body: object  # the body every page is about; Ane and Berit sit in it
    meeting: object  # its latest held, published meeting with approved minutes
    case: object  # an open case of it placed on several published meetings
    readers: dict  # "ane" and "berit" → Person


def build(bodies: int, meetings: int, cases: int, placements: int) -> Site:
    """Public bodies with past and coming meetings, agendas, attendance, documents, follow-ups, deadlines and
    approved minutes; Ane in the first body, Berit in the first eight."""
    from motebok.documents.models import Document
    from motebok.invitations.services import feed_token
    from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Deadline, Meeting
    from motebok.minutes.models import Approval, Minutes, MinutesApproval
    from motebok.registry.models import Body, Membership
    from motebok.search import indexing

    now = timezone.now()
    made = Body.objects.bulk_create(
        Body(name=f"Nettverk {n}", slug=f"nettverk-{n}", is_public=True) for n in range(bodies)
    )
    readers = {"ane": make_person("Ane Ene", "ane"), "berit": make_person("Berit Åtte", "berit")}
    secretary = make_person("Siri Sekretær", "siri")
    Membership.objects.bulk_create(
        [Membership(body=made[0], person=readers["ane"], role=Membership.Role.MEMBER)]
        + [Membership(body=body, person=readers["berit"], role=Membership.Role.MEMBER) for body in made[:8]]
        + [Membership(body=body, person=secretary, role=Membership.Role.SECRETARY) for body in made]
    )
    for person in readers.values():
        feed_token(person, made[0])
        feed_token(person, None)

    # Meetings every month of the past year and a few coming ones: inside every feed's window.
    held = []
    for body in made:
        for n in range(meetings):
            start = now + dt.timedelta(days=30 * (n + 1 - meetings) - 10)
            past = start < now
            held.append(
                Meeting(
                    body=body,
                    year=start.year,
                    number=n + 1,
                    start=start,
                    place="Rådhuset",
                    status=Meeting.Status.APPROVED if past else Meeting.Status.PLANNED,
                    is_published=True,
                )
            )
    held = Meeting.objects.bulk_create(held)
    agenda, made_cases = [], []
    for meeting in held:
        for n in range(cases):
            exempt = n == cases - 1
            made_cases.append(
                Case(
                    body_id=meeting.body_id,
                    year=meeting.year,
                    sequence=meeting.number * 100 + n,
                    title=f"{WORDS[n % len(WORDS)].capitalize()} i møte {meeting.number}",
                    access="exempt" if exempt else "open",
                    exemption_basis="offl. § 13" if exempt else "",
                    public_title="Personalsak" if exempt else "",
                )
            )
    made_cases = Case.objects.bulk_create(made_cases)
    by_body: dict[int, list] = {}
    for meeting in held:
        by_body.setdefault(meeting.body_id, []).append(meeting)
    for index, case in enumerate(made_cases):
        own = by_body[case.body_id]
        first = index // cases % meetings
        # A case comes back at later meetings (postponed, followed up): placed on up to `placements` meetings.
        for order, meeting in enumerate(own[first : first + placements], start=1):
            agenda.append(AgendaItem(meeting=meeting, case=case, order=order, conclusion="Vedtatt."))
    AgendaItem.objects.bulk_create(agenda)
    Case.related_cases.through.objects.bulk_create(
        Case.related_cases.through(from_case=case, to_case=previous)
        for case, previous in zip(made_cases[1:], made_cases, strict=False)
        if case.body_id == previous.body_id
    )

    past = [m for m in held if m.start < now]
    Attendance.objects.bulk_create(Attendance(meeting=m, person=secretary) for m in past)
    Attendance.objects.bulk_create(
        Attendance(meeting=m, person=readers["berit"]) for m in past if m.body_id in {b.pk for b in made[:8]}
    )
    ActionItem.objects.bulk_create(
        ActionItem(what=f"Følg opp {case.title}", body_id=case.body_id, case=case, due=now.date())
        for case in made_cases
    )
    Deadline.objects.bulk_create(
        Deadline(body_id=m.body_id, meeting=m, what="Innspill", date=m.start.date()) for m in held
    )
    Document.objects.bulk_create(
        Document(
            title=f"Saksframlegg {case.title}",
            sha256=f"{case.pk:064x}",
            body_id=case.body_id,
            case=case,
            is_published=True,
        )
        for case in made_cases
    )
    minutes = Minutes.objects.bulk_create(Minutes(meeting=m, revision=1, approved_revision=1) for m in past)
    MinutesApproval.objects.bulk_create(
        MinutesApproval(minutes=m, revision=1, how=Approval.NEXT_MEETING) for m in minutes
    )
    indexing.rebuild()

    body = made[0]
    latest = max((m for m in past if m.body_id == body.pk), key=lambda m: m.start)
    open_case = next(c for c in made_cases if c.body_id == body.pk and c.access == "open")
    return Site(body, latest, open_case, readers)


def pages(site: Site) -> dict[str, str]:
    from motebok.invitations.models import FeedToken

    return {
        "front": reverse("front"),
        "body": site.body.get_absolute_url(),
        "meeting": site.meeting.get_absolute_url(),
        "case": site.case.get_absolute_url(),
        "atom feed of the body": reverse("opendata:body_feed", args=[site.body.slug]),
        "atom feed of the site": reverse("opendata:feed"),
        "public calendar": reverse("invitations:public_feed", args=[site.body.slug]),
        "search": reverse("search:search") + "?q=budsjett",
    } | {
        f"{kind} calendar of {name}": FeedToken.objects.get(person=person, body=body).get_absolute_url()
        for name, person in site.readers.items()
        for kind, body in (("body", site.body), ("personal", None))
    }


def count(client: Client, url: str) -> int:
    """The queries of asking `url` again; a page that only shows writes nothing."""
    client.get(url)  # the first request fills the session and Django's per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].split()[0].upper() in WRITES]
    assert not writes, f"{url} wrote: {writes}"
    return len(queries)


def measure(size: dict) -> dict[tuple[str, str], int]:
    """Queries per page and reader on a data set of the given size; the data is gone afterwards."""
    with transaction.atomic():
        site = build(**size)
        clients = {"anonymous": Client()}
        for name, person in site.readers.items():
            clients[name] = Client()
            clients[name].force_login(person.user)
        counts = {}
        for page, url in pages(site).items():
            for who, client in clients.items():
                if " of " in page and page.split(" of ")[-1] in site.readers and who != "anonymous":
                    continue  # a calendar address is its own key; whoever fetches it is anonymous
                counts[page, who] = count(client, url)
        transaction.set_rollback(True)
    return counts


@pytest.mark.django_db
def test_queries_per_page_do_not_grow_with_the_data_or_the_readers_bodies():
    small, larger = measure(SMALL), measure(LARGER)

    # Search may leave out a query when no result on its first page needs it: fewer, never more.
    grown = {key: (small[key], larger[key]) for key in small if larger[key] > small[key]}
    assert not grown, f"queries grew with the data (small, larger): {grown}"
    for page in {page for page, _ in small}:
        if (page, "ane") in small:
            assert small[page, "ane"] == small[page, "berit"], f"{page}: Ane (1 body) and Berit (8) differ"
            # Who-may-see is read once per request: a member pays a few queries (session, user, memberships,
            # person), not one per check. (Search shows members more kinds of results, each a query.)
            if page != "search":
                assert small[page, "ane"] <= small[page, "anonymous"] + 5, page
    assert small["body calendar of ane", "anonymous"] == small["body calendar of berit", "anonymous"]
    assert small["personal calendar of ane", "anonymous"] == small["personal calendar of berit", "anonymous"]
