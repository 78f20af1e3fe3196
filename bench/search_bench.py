"""Benchmark search: fill a database with generated Norwegian cases and documents, then time typical searches.

    .venv/bin/python bench/search_bench.py --cases 20000 --documents 5000 --rounds 30

Runs on a fresh SQLite file, and also on PostgreSQL when DATABASE_URL is set. DATABASE_URL must name an empty
scratch database (`createdb motebok_bench`): the benchmark refuses a database that already holds cases.
Each search is what the results page does for its first page: permissions, filters, full-text match and
ranking (`find`), then the 20 results with snippets, links and citations (`hits`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BODIES = [
    ("Kommunedirektørkollegiet Nordmøre", True),
    ("Helseledernettverk Helgeland", True),
    ("Styringsgruppe VÅG", False),
    ("Oppvekstnettverket Sunnmøre", True),
    ("Rådmannsutvalget Romsdal", True),
    ("Økonominettverket Innlandet", True),
    ("Digitaliseringsnettverket Vest", True),
    ("Personalsjefnettverket Agder", False),
    ("Folkehelsenettverket Trøndelag", True),
    ("Barnevernsnettverket Østfold", True),
    ("Kulturnettverket Telemark", True),
    ("Arbeidsutvalget Helsefellesskap Helgeland", False),
]
ROOTS = [
    "helse",
    "omsorg",
    "barnevern",
    "skole",
    "barnehage",
    "budsjett",
    "økonomi",
    "regnskap",
    "plan",
    "samarbeid",
    "prosjekt",
    "kommune",
    "region",
    "fylke",
    "stat",
    "høring",
    "uttalelse",
    "avtale",
    "vei",
    "bredbånd",
    "vann",
    "avløp",
    "renovasjon",
    "brann",
    "beredskap",
    "kontroll",
    "revisjon",
    "arbeidsgiver",
    "lønn",
    "rekruttering",
    "kompetanse",
    "digitalisering",
    "sak",
    "møte",
    "referat",
    "oppfølging",
    "tiltak",
    "strategi",
    "mål",
    "rapport",
    "tilskudd",
    "søknad",
    "kultur",
    "idrett",
    "folkehelse",
    "rus",
    "psykiatri",
    "legevakt",
    "sykehjem",
    "hjemmetjeneste",
    "fastlege",
    "helsefellesskap",
    "interkommunal",
    "næring",
    "landbruk",
    "klima",
    "miljø",
    "bærekraft",
    "energi",
    "areal",
    "utbygging",
    "bolig",
    "flyktning",
    "integrering",
    "innkjøp",
    "anskaffelse",
    "jus",
    "personvern",
    "arkiv",
    "informasjon",
    "kommunikasjon",
    "ledelse",
    "styring",
    "mandat",
    "evaluering",
    "statistikk",
]
SUFFIXES = ["", "", "", "en", "et", "er", "ene", "ig", "lig", "ing", "ingen", "sarbeid", "splan", "sutvalg"]
FILLER = [
    "og",
    "i",
    "på",
    "for",
    "med",
    "til",
    "av",
    "som",
    "er",
    "det",
    "at",
    "om",
    "fra",
    "den",
    "skal",
    "blir",
    "har",
    "ble",
    "etter",
    "ved",
    "mellom",
]
SEARCHES = [
    ("one common word", {"q": "budsjett"}),
    ("prefix of a word", {"q": "bærekr"}),
    ("two words", {"q": "helse omsorg"}),
    ("quoted phrase", {"q": '"interkommunal samarbeid"'}),
    ("rare word", {"q": "revisjonsutvalg"}),
    ("word and body", {"q": "barnevern", "body": 3}),
    ("word and years", {"q": "økonomi", "year_from": 2019, "year_to": 2021}),
    ("very common word, newest first", {"q": "sak", "newest_first": True}),
]


def _word(rng: random.Random) -> str:
    # Zipf-like: a few roots are everywhere, most are rare; compounds make the vocabulary large.
    root = ROOTS[min(int(rng.paretovariate(1.2)) - 1, len(ROOTS) - 1)]
    if rng.random() < 0.25:
        root += rng.choice(ROOTS)
    return root + rng.choice(SUFFIXES)


def _text(rng: random.Random, words: int) -> str:
    parts = [_word(rng) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(words)]
    sentences = [" ".join(parts[i : i + 12]).capitalize() + "." for i in range(0, len(parts), 12)]
    return " ".join(sentences)


def fill(case_count: int, document_count: int, seed: int = 7):
    """Create bodies, a member, meetings, cases with placements and documents, without signals; then index."""
    from django.contrib.auth import get_user_model

    from motebok.documents.models import Document
    from motebok.meetings.models import AgendaItem, Case, Meeting
    from motebok.registry.models import Body, Membership, Person
    from motebok.search import indexing

    rng = random.Random(seed)
    bodies = [
        Body.objects.create(name=name, slug=f"body-{n}", is_public=public, case_number_format="{n}-{yy}")
        for n, (name, public) in enumerate(BODIES)
    ]
    user = get_user_model().objects.create_user("bench", "bench@example.no", "pw")
    person = Person.objects.create(name="Benk Medlem", user=user)
    for body in (bodies[0], bodies[2]):
        Membership.objects.create(body=body, person=person)

    tz = dt.timezone(dt.timedelta(hours=1))
    per_meeting = 8
    meetings = Meeting.objects.bulk_create(
        Meeting(
            body=bodies[n % len(bodies)],
            year=(start := dt.datetime(2012, 1, 9, 10, tzinfo=tz) + dt.timedelta(days=n * 2)).year,
            number=n // len(bodies) % 40 + 1,
            start=start,
            place=rng.choice(["Teams", "Rådhuset", "Kristiansund rådhus", "Tingvoll Økopark"]),
            is_published=bodies[n % len(bodies)].is_public and rng.random() < 0.95,
            status=Meeting.Status.APPROVED,
        )
        for n in range(case_count // per_meeting + 1)
    )
    sequence: dict[tuple[int, int], int] = {}
    cases, items = [], []
    for n in range(case_count):
        meeting = meetings[n // per_meeting]
        key = (meeting.body_id, meeting.year)
        sequence[key] = sequence.get(key, 0) + 1
        exempt = rng.random() < 0.05
        cases.append(
            Case(
                body_id=meeting.body_id,
                year=meeting.year,
                sequence=sequence[key],
                title=_text(rng, rng.randint(3, 8)).rstrip("."),
                background=_text(rng, rng.randint(20, 80)),
                status=Case.Status.CONCLUDED,
                access="exempt" if exempt else "open",
                exemption_basis="offl. § 13" if exempt else "",
                public_title="Personalsak" if exempt else "",
            )
        )
    cases = Case.objects.bulk_create(cases, batch_size=2000)
    for n, case in enumerate(cases):
        items.append(
            AgendaItem(
                meeting=meetings[n // per_meeting],
                case=case,
                order=n % per_meeting + 1,
                notes=_text(rng, rng.randint(20, 120)),
                conclusion=_text(rng, rng.randint(4, 12)),
            )
        )
    AgendaItem.objects.bulk_create(items, batch_size=2000)
    Document.objects.bulk_create(
        (
            Document(
                title=_text(rng, rng.randint(3, 7)).rstrip("."),
                sha256=f"{n:064x}",
                body_id=(meeting := rng.choice(meetings)).body_id,
                meeting=meeting,
                kind=Document.Kind.MINUTES,
                extracted_text=_text(rng, rng.randint(300, 1500)),
            )
            for n in range(document_count)
        ),
        batch_size=500,
    )
    started = time.perf_counter()
    rows = indexing.rebuild()
    print(f"  index built: {rows} rows in {time.perf_counter() - started:.1f} s")
    return bodies, user


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def time_searches(bodies, member, rounds: int) -> None:
    from django.contrib.auth.models import AnonymousUser

    from motebok.search.finding import Filters, find
    from motebok.search.query import parse
    from motebok.search.results import hits

    readers = {"anonymous": AnonymousUser(), "member": member}
    everything: list[float] = []
    print(f"  {'search':34} {'reader':10} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8} {'q/s':>7}")
    for name, spec in SEARCHES:
        for reader_name, reader in readers.items():
            query = parse(spec["q"])
            options = {k: v for k, v in spec.items() if k != "q"}
            if "body" in options:
                options["body"] = bodies[options["body"]]
            filters = Filters(**options)
            timings = []
            for _ in range(rounds):
                started = time.perf_counter()
                ids = find(reader, query, filters)
                hits(reader, ids[:20], query)
                timings.append(time.perf_counter() - started)
            everything += timings
            print(
                f"  {name:34} {reader_name:10} {len(ids):>5} {statistics.median(timings) * 1000:>8.1f} "
                f"{_percentile(timings, 0.95) * 1000:>8.1f} {len(timings) / sum(timings):>7.1f}"
            )
    print(
        f"  all searches: {len(everything)} in {sum(everything):.1f} s = {len(everything) / sum(everything):.1f} "
        f"searches/s (one process), p50 {statistics.median(everything) * 1000:.1f} ms, "
        f"p95 {_percentile(everything, 0.95) * 1000:.1f} ms"
    )


def time_reindex(count: int) -> None:
    """What one edit costs: saving a case re-indexes it through the signal receivers."""
    from motebok.meetings.models import Case

    timings = []
    for case in Case.objects.order_by("?")[:count]:
        case.title += " endret"
        started = time.perf_counter()
        case.save()
        timings.append(time.perf_counter() - started)
    print(
        f"  saving a case (with re-indexing): p50 {statistics.median(timings) * 1000:.1f} ms, "
        f"p95 {_percentile(timings, 0.95) * 1000:.1f} ms over {count} saves"
    )


def time_body_reindex(bodies) -> None:
    """What changing a body's case-number format costs: all of its rows are written anew, in one transaction."""
    from motebok.registry.models import Body
    from motebok.search.models import Entry

    body = bodies[0]
    rows = Entry.objects.filter(body=body).count()
    timings = []
    for number_format in (Body.CaseNumberFormat.PS, Body.CaseNumberFormat.DASH):
        body.case_number_format = number_format
        started = time.perf_counter()
        body.save()
        timings.append(time.perf_counter() - started)
    print(
        f"  changing a body's case-number format ({rows} rows re-indexed): "
        + ", ".join(f"{t:.1f} s" for t in timings)
    )


def run(backend: str, args) -> int:
    """Set up Django for one database, fill it and time it (runs in its own process)."""
    work = Path(tempfile.mkdtemp(prefix="search-bench-"))
    os.environ["MOTEBOK_DATA_DIR"] = str(work)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    if backend == "sqlite":
        os.environ.pop("DATABASE_URL", None)
    import django
    from django.core.management import call_command
    from django.db import connection

    django.setup()
    call_command("migrate", verbosity=0)
    from motebok.meetings.models import Case

    if Case.objects.exists():
        print(f"{backend}: the database already holds cases; give the benchmark an empty scratch database")
        return 1
    print(f"== {connection.vendor} {connection.Database.sqlite_version if backend == 'sqlite' else ''}")
    started = time.perf_counter()
    bodies, member = fill(args.cases, args.documents)
    print(
        f"  filled {args.cases} cases and {args.documents} documents in {time.perf_counter() - started:.1f} s"
    )
    time_searches(bodies, member, args.rounds)
    time_reindex(args.saves)
    time_body_reindex(bodies)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000, help="how many cases to generate")
    parser.add_argument("--documents", type=int, default=5_000, help="how many documents to generate")
    parser.add_argument("--rounds", type=int, default=30, help="how often to run each search per reader")
    parser.add_argument("--saves", type=int, default=100, help="how many case saves to time")
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.backend:
        return run(args.backend, args)
    backends = ["sqlite"] + (["postgresql"] if os.environ.get("DATABASE_URL") else [])
    own_arguments = [a for a in sys.argv[1:]]
    failed = 0
    for backend in backends:
        failed |= subprocess.call([sys.executable, __file__, *own_arguments, "--backend", backend])
    return failed


if __name__ == "__main__":
    sys.exit(main())
