"""Build a national-size data set: every network of the country in one Møtebok, by bulk inserts.

    .venv/bin/python bench/national.py                 # 400 bodies, 20,000 people, 50,000 meetings, 500,000 cases
    .venv/bin/python bench/national.py --scale 0.05    # the same shape, 5 % of the rows (400 bodies all the same)

Fills the SQLite database of MOTEBOK_DATA_DIR, or the database of DATABASE_URL; it must be empty of meetings (a
fresh `createdb`, or a new data folder). Then builds the search index and says how fast. `bench/load.py` serves
the result with `motebok serve` and drives clients against it. Members `medlem0` … `medlem49` (password
`nasjonal`) sit in one to eight bodies each, for the member pages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_bench import _text  # noqa: E402 (the same Norwegian-looking words as the search benchmark)

FULL = {
    "bodies": 400,
    "people": 20_000,
    "meetings": 50_000,
    "cases": 500_000,
    "attendance": 200_000,
    "follow_ups": 200_000,
    "documents": 50_000,
}
MEMBERS = 50
PASSWORD = "nasjonal"
REGIONS = ["Nordmøre", "Romsdal", "Sunnmøre", "Helgeland", "Salten", "Innlandet", "Agder", "Vestland", "Trøndelag",
           "Østfold", "Telemark", "Troms", "Finnmark", "Viken", "Rogaland", "Hallingdal"]  # fmt: skip
KINDS = ["Helseledernettverket", "Kommunedirektørkollegiet", "Oppvekstnettverket", "Økonominettverket",
         "Digitaliseringsnettverket", "Barnevernsnettverket", "Folkehelsenettverket", "Styringsgruppa"]  # fmt: skip
BATCH = 5_000


def _timed(label: str, rows: int, started: float) -> None:
    seconds = time.perf_counter() - started
    print(f"  {label:<12} {rows:>9,} rows in {seconds:6.1f} s ({rows / max(seconds, 1e-9):>9,.0f} rows/s)")


def fill(counts: dict, seed: int = 14) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from motebok.documents.models import Document
    from motebok.meetings.models import ActionItem, AgendaItem, Attendance, Case, Meeting
    from motebok.registry.models import Body, Membership, Person

    rng = random.Random(seed)
    started = time.perf_counter()
    bodies = Body.objects.bulk_create(
        Body(
            name=f"{KINDS[n % len(KINDS)]} {REGIONS[n // len(KINDS) % len(REGIONS)]} {n // 128 + 1}",
            slug=f"nettverk-{n}",
            is_public=n % 10 != 9,
        )
        for n in range(counts["bodies"])
    )
    _timed("bodies", len(bodies), started)

    started = time.perf_counter()
    password = make_password(PASSWORD)
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"medlem{n}", email=f"medlem{n}@example.no", password=password)
        for n in range(MEMBERS)
    )
    people = Person.objects.bulk_create(
        (
            Person(name=f"Person {n}", email=f"person{n}@example.no", user=users[n] if n < MEMBERS else None)
            for n in range(counts["people"])
        ),
        batch_size=BATCH,
    )
    memberships = []
    for n, person in enumerate(people):
        # The first members sit in up to eight bodies, to show whether a page's queries grow with them.
        for body in rng.sample(bodies, n % 8 + 1 if n < MEMBERS else rng.randint(1, 2)):
            memberships.append(Membership(body=body, person=person, role=Membership.Role.MEMBER))
    Membership.objects.bulk_create(memberships, batch_size=BATCH)
    _timed("people", len(people) + len(memberships), started)

    started = time.perf_counter()
    first = dt.datetime(2012, 1, 9, 10, tzinfo=dt.UTC)
    span = (dt.datetime(2026, 11, 30, tzinfo=dt.UTC) - first).days
    per_body = max(1, counts["meetings"] // len(bodies))
    meetings = []
    for n in range(counts["meetings"]):
        body = bodies[n % len(bodies)]
        start = first + dt.timedelta(days=(n // len(bodies)) * span // per_body, hours=rng.randint(0, 6))
        meetings.append(
            Meeting(
                body=body,
                year=start.year,
                number=n // len(bodies) + 1,
                start=start,
                place=rng.choice(["Teams", "Rådhuset", "Kristiansund rådhus", "Tingvoll Økopark"]),
                is_published=rng.random() < 0.95,
                status=Meeting.Status.APPROVED,
            )
        )
    meetings = Meeting.objects.bulk_create(meetings, batch_size=BATCH)
    _timed("meetings", len(meetings), started)

    started = time.perf_counter()
    per_meeting = max(1, counts["cases"] // len(meetings))
    sequence: dict[tuple[int, int], int] = {}
    written = 0
    for offset in range(0, counts["cases"], BATCH):
        cases, placed_at = [], []
        for n in range(offset, min(offset + BATCH, counts["cases"])):
            meeting = meetings[n // per_meeting % len(meetings)]
            key = (meeting.body_id, meeting.year)
            sequence[key] = sequence.get(key, 0) + 1
            exempt = rng.random() < 0.03
            cases.append(
                Case(
                    body_id=meeting.body_id,
                    year=meeting.year,
                    sequence=sequence[key],
                    title=_text(rng, rng.randint(3, 7)).rstrip("."),
                    status=Case.Status.CONCLUDED,
                    access="exempt" if exempt else "open",
                    exemption_basis="offl. § 13" if exempt else "",
                    public_title="Personalsak" if exempt else "",
                )
            )
            placed_at.append(meeting)
        cases = Case.objects.bulk_create(cases)
        AgendaItem.objects.bulk_create(
            AgendaItem(
                meeting=meeting,
                case=case,
                order=n % per_meeting + 1,
                notes=_text(rng, rng.randint(10, 40)),
                conclusion=_text(rng, rng.randint(4, 10)),
            )
            for n, (case, meeting) in enumerate(zip(cases, placed_at, strict=True))
        )
        written += len(cases)
    _timed("cases", written * 2, started)

    started = time.perf_counter()
    members_of: dict[int, list[int]] = {}
    for membership in memberships:
        members_of.setdefault(membership.body_id, []).append(membership.person_id)
    attendance = []
    for n in range(counts["attendance"]):
        meeting = meetings[n % len(meetings)]
        candidates = members_of.get(meeting.body_id) or [people[0].pk]
        attendance.append(
            Attendance(meeting=meeting, person_id=candidates[n // len(meetings) % len(candidates)])
        )
    # A person attends a meeting once; the generator may pick the same one twice in a small body.
    Attendance.objects.bulk_create(attendance, batch_size=BATCH, ignore_conflicts=True)
    follow_ups = [
        ActionItem(
            what=_text(rng, rng.randint(4, 12)).rstrip("."),
            owner_person_id=rng.choice(members_of.get(meeting.body_id) or [people[0].pk]),
            due=(meeting.start + dt.timedelta(days=rng.randint(7, 120))).date(),
            status=ActionItem.Status.DONE if rng.random() < 0.8 else ActionItem.Status.OPEN,
            body_id=meeting.body_id,
            meeting=meeting,
        )
        for meeting in (meetings[n % len(meetings)] for n in range(counts["follow_ups"]))
    ]
    ActionItem.objects.bulk_create(follow_ups, batch_size=BATCH)
    _timed("follow-ups", len(attendance) + len(follow_ups), started)

    started = time.perf_counter()
    Document.objects.bulk_create(
        (
            Document(
                title=_text(rng, rng.randint(3, 7)).rstrip("."),
                sha256=f"{n:064x}",
                body_id=(meeting := meetings[n % len(meetings)]).body_id,
                meeting=meeting,
                kind=Document.Kind.MINUTES,
                extracted_text=_text(rng, rng.randint(100, 400)),
            )
            for n in range(counts["documents"])
        ),
        batch_size=1_000,
    )
    _timed("documents", counts["documents"], started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=float, default=1.0, help="share of the national figures (bodies stay 400)"
    )
    parser.add_argument("--no-index", action="store_true", help="leave the search index empty")
    args = parser.parse_args()
    counts = {k: v if k == "bodies" else max(1, int(v * args.scale)) for k, v in FULL.items()}

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    call_command("migrate", verbosity=0)
    from motebok.meetings.models import Case, Meeting
    from motebok.search import indexing

    if Meeting.objects.exists():
        print("The database already holds meetings: give the benchmark an empty one.", file=sys.stderr)
        return 1
    print(
        f"== {connection.vendor}, scale {args.scale}: " + ", ".join(f"{v:,} {k}" for k, v in counts.items())
    )
    started = time.perf_counter()
    fill(counts)
    print(f"  filled in {time.perf_counter() - started:.1f} s")
    if not args.no_index:
        started = time.perf_counter()
        rows = indexing.rebuild()
        seconds = time.perf_counter() - started
        print(
            f"  search index: {rows:,} rows in {seconds:.1f} s = {rows / seconds:,.0f} rows/s "
            f"({Case.objects.count() / seconds:,.0f} cases/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
