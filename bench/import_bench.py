"""Benchmark `motebok import`: generate meeting documents, import them into a fresh SQLite file, report speed.

    .venv/bin/python bench/import_bench.py --count 10000 --jobs 2

Documents vary by body, people, municipalities and format (mostly .txt, some .html and .docx), and read like
the seed minutes: date, place, participants, numbered cases with conclusions, follow-ups and deadlines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import random
import resource
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

BODIES = [
    "Kommunedirektørkollegiet Nordmøre",
    "Helseledernettverk Helgeland",
    "Styringsgruppe VÅG",
    "Helseledernettverk Nordhordland",
    "Oppvekstnettverket Sunnmøre",
    "Rådmannsutvalget Romsdal",
    "Økonominettverket Innlandet",
    "Digitaliseringsnettverket Vest",
    "Personalsjefnettverket Agder",
    "Folkehelsenettverket Trøndelag",
    "Barnevernsnettverket Østfold",
    "Kulturnettverket Telemark",
]
MUNICIPALITIES = [
    ("Askøy", "askoy.kommune.no"),
    ("Austevoll", "austevoll.kommune.no"),
    ("Bømlo", "bomlo.kommune.no"),
    ("Kvam", "kvam.kommune.no"),
    ("Voss", "voss.kommune.no"),
    ("Stord", "stord.kommune.no"),
    ("Molde", "molde.kommune.no"),
    ("Kristiansund", "kristiansund.kommune.no"),
    ("Tingvoll", "tingvoll.kommune.no"),
    ("Averøy", "averoy.kommune.no"),
    ("Grue", "grue.kommune.no"),
    ("Åsnes", "asnes.kommune.no"),
]
FIRST = [
    "Berit",
    "Knut",
    "Arne",
    "Randi",
    "Odd Arild",
    "Merete",
    "Ellen",
    "Kjetil",
    "Line",
    "Torgeir",
    "Åse",
    "Heinz",
    "Leni",
    "Helga",
    "Nina Marie",
    "Solrun",
    "Ole Frode",
    "Britt",
    "Silje",
    "Asgeir",
]
LAST = [
    "Hannasvik",
    "Haugen",
    "Ingebrigtsen",
    "Dyrnes",
    "Bugge",
    "Maurset",
    "Engdahl",
    "Leirbekk",
    "Barmen",
    "Sæter",
    "Vik",
    "Diehl",
    "Dale",
    "Ellingsen",
    "Kvamme",
    "Hauglum",
    "Mikkelsgård",
    "Bye",
    "Trane",
    "Rustad",
]
TOPICS = [
    "Helseplattformen",
    "Tema ledelse",
    "Bærekraft",
    "Samarbeid HiM",
    "Budsjett 2024",
    "Rekruttering",
    "Felles økonomikontor",
    "Digital hjemmeoppfølging",
    "Beredskapsplan",
    "Kompetanseplan",
    "Eventuelt",
]
CONCLUSIONS = [
    "Tas til orientering.",
    "Tas til etterretning.",
    "Saken følges opp i neste møte.",
    "Arbeidsgruppa legger fram forslag til neste møte.",
]
MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
WEEKDAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"]


def people_of(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """(name, municipality, e-mail) for a body's members; one in twenty e-mails has a misspelt domain."""
    people = []
    for _ in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        municipality, domain = rng.choice(MUNICIPALITIES)
        if rng.random() < 0.05:
            domain = domain.replace("kommune", "komune")
        local = name.lower().replace(" ", ".").replace("å", "a").replace("ø", "o").replace("æ", "ae")
        people.append((name, municipality, f"{local}@{domain}"))
    return people


def minutes_lines(
    rng: random.Random, body: str, members, day: dt.date, number: int, first_case: int
) -> list[str]:
    present = rng.sample(members, k=min(len(members), rng.randint(4, 9)))
    absent = [m for m in members if m not in present][:2]
    lines = [
        f"OPPSUMMERING {body.upper()} {day:%y}-{number:02}",
        "",
        f"{WEEKDAYS[day.weekday()]} {day.day}. {MONTHS[day.month - 1]} {day.year} kl. 0900 - 1200",
        "",
        rng.choice(["Rådhuset", "Teams", "Tingvoll Økopark", "Quality Hotel", "Kommunestyresalen"]),
        "",
    ]
    if rng.random() < 0.3:
        lines += ["KOMMUNE\tNAMN\tE- post", *[f"{m}\t{n}\t{e}" for n, m, e in present], ""]
    else:
        lines += ["Deltakere", "", *[n for n, _, _ in present], ""]
    if absent:
        lines += ["Fravær", "", *[n for n, _, _ in absent], ""]
    owner = present[0][0].split()
    for offset, topic in enumerate(rng.sample(TOPICS, k=rng.randint(2, 5))):
        lines += [f"Sak {first_case + offset}-{day:%y} {topic}", ""]
        if rng.random() < 0.5:
            lines.append(f"- {topic}: {owner[0]} {owner[-1][0]}. følger opp mot KS")
        if rng.random() < 0.3:
            due = day + dt.timedelta(days=rng.randint(10, 60))
            lines.append(f"- Høring om {topic.lower()} med frist {due.day}. {MONTHS[due.month - 1]}.")
        lines += ["", "Oppsummering", "", rng.choice(CONCLUSIONS), ""]
    return lines


def write_document(folder: Path, stem: str, lines: list[str], fmt: str) -> None:
    if fmt == "txt":
        (folder / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    elif fmt == "html":
        body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines if line)
        (folder / f"{stem}.html").write_text(
            f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8"
        )
    else:
        from docx import Document

        document = Document()
        for line in lines:
            if line:
                document.add_paragraph(line)
        document.save(folder / f"{stem}.docx")


def generate(folder: Path, count: int, seed: int = 2024) -> None:
    """Write `count` documents: weekly meetings per body, 85 % .txt, 10 % .html, 5 % .docx."""
    rng = random.Random(seed)
    members = {body: people_of(rng, rng.randint(8, 16)) for body in BODIES}
    next_case: dict[tuple[str, int], int] = {}
    for index in range(count):
        body = BODIES[index % len(BODIES)]
        week = index // len(BODIES)
        day = dt.date(2012, 1, 2) + dt.timedelta(weeks=week, days=index % 5)
        first_case = next_case.get((body, day.year), 1)
        lines = minutes_lines(rng, body, members[body], day, week % 40 + 1, first_case)
        next_case[(body, day.year)] = first_case + sum(line.startswith("Sak ") for line in lines)
        fmt = rng.choices(["txt", "html", "docx"], weights=[85, 10, 5])[0]
        write_document(folder, f"{index:05}", lines, fmt)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="how many documents to generate")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes reading documents")
    parser.add_argument(
        "--work", type=Path, help="folder for documents and database (default: a temporary one)"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="import-bench-"))
    documents = work / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(documents, args.count)
    print(f"generated {args.count} documents in {time.perf_counter() - started:.1f} s under {documents}")

    data = work / "data"
    data.mkdir(exist_ok=True)
    (data / "motebok.sqlite3").unlink(missing_ok=True)
    os.environ["MOTEBOK_DATA_DIR"] = str(data)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    os.environ.pop("DATABASE_URL", None)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    # The secretariat sets the networks up first: an import never creates a body nobody has confirmed.
    from motebok.importer.resolver import Resolver

    resolver = Resolver()
    for name in BODIES:
        resolver.create_body(name)
    out = StringIO()
    started = time.perf_counter()
    try:
        call_command("import", str(documents), "--jobs", str(args.jobs), stdout=out)
    finally:
        elapsed = time.perf_counter() - started
        print("\n".join(out.getvalue().strip().splitlines()[:2]))
    peak_mb = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    print(
        f"imported {args.count} documents in {elapsed:.1f} s: {args.count / elapsed:.1f} documents/second, "
        f"peak memory {peak_mb:.0f} MB (largest process), jobs {args.jobs}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
