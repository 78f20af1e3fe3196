"""Measure `motebok extract`: pages per second and peak memory, the whole process counted.

usage: .venv/bin/python bench/extract_bench.py [--pages 400] [--memory-pages 1000] [--text-files 300] [--rounds 5]

Generates Norwegian minutes as a folder of text files and as text-layer PDFs (WeasyPrint renders --unique-pages
pages, which PDFium copies up to the sizes asked) in a temporary folder. Then, round after round, it runs each
command once, pinned to one CPU core: a bare pypdfium2 text read of the PDF in a fresh process, `motebok extract
--out DIR` on the same PDF, on the text folder and on the large PDF. Interleaving keeps a shared machine's load
from favouring one command; the ratio to the bare read is taken within each round. Peak memory is the largest
resident set of the command, from getrusage of its children.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MOTEBOK = Path(sys.executable).with_name("motebok")
PEOPLE = [
    "Alf Marcus Vang",
    "Asgeir Rustad",
    "Ole Frode Mikkelsgård",
    "Oliv Lundeby",
    "Britt Dahler Bye",
    "Berit Hannasvik",
    "Knut Haugen",
    "Randi Dyrnes",
    "Merete Maurset",
    "Åse Vik",
    "Sølvi Olrich Sørebø",
]
MUNICIPALITIES = [
    "Åsnes",
    "Grue",
    "Våler",
    "Tingvoll",
    "Averøy",
    "Askøy",
    "Bømlo",
    "Øygarden",
    "Kvam",
    "Voss",
]
TOPICS = [
    "Økonomi og bemanning",
    "Helseplattformen",
    "Revidert mandat for arbeidsgruppen",
    "Bærekraft",
    "Samarbeidsavtale med HiM",
    "Høring om utviklingsplan",
    "Interkommunalt legevaktsamarbeid",
    "Eventuelt",
]
SENTENCES = [
    "{person} orienterte om status i arbeidet og viste til saksframlegget som ble sendt ut før møtet.",
    "Styringsgruppa drøftet forslaget og ba om at {municipality} kommune utarbeider et notat til neste møte.",
    "{person} følger opp saken mot KS og gir en tilbakemelding innen fristen {day}. {month}.",
    "Det er nødvendig at arbeidsgruppa har et kontaktpunkt mot prosjektet og mot kommunedirektørene.",
    "Høringsfristen er satt til {day}. {month}, og uttalelsen behandles i formannskapet i {municipality}.",
    "Kommunene på Nordmøre ønsker et felles prosjekt også etter at plansamarbeidet avsluttes.",
    "{person} tar ansvar for å skaffe ny arbeidsgruppeleder og møter opp i neste møte i arbeidsgruppa.",
    "Det ble pekt på behovet for god informasjonsflyt til de ansatte i alle de deltakende kommunene.",
]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "august", "september", "oktober", "november"]


def minutes_page(number: int, rng: random.Random) -> str:
    """Return one page of minutes as HTML: a case heading, a participant table and paragraphs."""

    def sentence() -> str:
        return rng.choice(SENTENCES).format(
            person=rng.choice(PEOPLE),
            municipality=rng.choice(MUNICIPALITIES),
            day=rng.randint(1, 28),
            month=rng.choice(MONTHS),
        )

    rows = "".join(
        f"<tr><td>{rng.choice(MUNICIPALITIES)}</td><td>{rng.choice(PEOPLE)}</td></tr>" for _ in range(4)
    )
    paragraphs = "".join(f"<p>{' '.join(sentence() for _ in range(4))}</p>" for _ in range(4))
    return (
        f"<h2>Sak {number % 99 + 1:02d}-22 {rng.choice(TOPICS)}</h2>"
        f"<table><tr><th>Kommune</th><th>Navn</th></tr>{rows}</table>{paragraphs}"
        f"<p>Vedtak: Saken tas til orientering.</p>"
    )


def write_pdf(path: Path, pages: int, rng: random.Random) -> None:
    import weasyprint

    breaks = '<div style="page-break-before: always"></div>'
    body = breaks.join(minutes_page(number, rng) for number in range(pages))
    weasyprint.HTML(string=f"<html lang='nb'><body>{body}</body></html>").write_pdf(path)


def write_text_files(folder: Path, count: int, rng: random.Random) -> None:
    from motebok.extraction.readers.markup import html_to_text

    folder.mkdir()
    for number in range(count):
        text = f"Referat styringsgruppemøte {rng.randint(1, 28)}. juni 2022\nVia Teams\n\n"
        (folder / f"referat-{number:04d}.txt").write_text(
            text + html_to_text(minutes_page(number, rng)), "utf-8"
        )


def run_pinned(command: list[str]) -> tuple[float, int]:
    """Run a command on CPU 0 alone; return its wall time in seconds and its peak RSS in kB."""
    # A fresh Python parent per run, so that getrusage reports this command's peak and no earlier one's.
    measure = (
        "import os, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "status = subprocess.run(sys.argv[1:], preexec_fn=lambda: os.sched_setaffinity(0, {0}),"
        " stdout=subprocess.DEVNULL).returncode\n"
        "elapsed = time.perf_counter() - start\n"
        "print(status, elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", measure, *command], capture_output=True, text=True, check=True
    )
    status, elapsed, peak_kb = output.stdout.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command)} exited with status {status}")
    return float(elapsed), int(peak_kb)


def bare_pdf_read(path: Path) -> list[str]:
    """Return the command for a process that reads the PDF's text layer with pypdfium2 and nothing else."""
    program = (
        "import sys, pypdfium2 as pdfium\n"
        "pdf = pdfium.PdfDocument(sys.argv[1])\n"
        "for index in range(len(pdf)):\n"
        "    page = pdf[index]; text = page.get_textpage(); text.get_text_range(); text.close(); page.close()\n"
    )
    return [sys.executable, "-c", program, str(path)]


def reader_only(paths: list[Path]) -> list[str]:
    """Return the command for a process that runs read_document alone, without the parser."""
    program = (
        "import sys\nfrom motebok.extraction.readers import read_document\n"
        "for name in sys.argv[1:]:\n    read_document(name)\n"
    )
    return [sys.executable, "-c", program, *map(str, paths)]


def report(label: str, pages: int, elapsed: float, fastest: float, peak_kb: int) -> None:
    print(
        f"{label:<44} {pages:>5} pages {elapsed:>6.2f} s {pages / elapsed:>6.0f} pages/s "
        f"({pages / fastest:>4.0f}) {peak_kb / 1024:>5.0f} MB"
    )


def replicate(source: Path, target: Path, pages: int) -> None:
    """Write a PDF of `pages` pages by copying the source's pages over and over."""
    import pypdfium2 as pdfium

    original, copy = pdfium.PdfDocument(source), pdfium.PdfDocument.new()
    while len(copy) < pages:
        copy.import_pages(original, list(range(min(len(original), pages - len(copy)))))
    copy.save(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=400, help="pages in the PDF timed for speed")
    parser.add_argument("--memory-pages", type=int, default=1000, help="pages in the PDF measured for memory")
    parser.add_argument(
        "--unique-pages", type=int, default=50, help="pages WeasyPrint renders; the rest are copies"
    )
    parser.add_argument(
        "--text-files", type=int, default=300, help="text files in the folder (one page each)"
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds of interleaved runs")
    options = parser.parse_args()
    rng = random.Random(2022)

    with tempfile.TemporaryDirectory(prefix="extract-bench-") as work:
        work_dir = Path(work)
        texts, unique = work_dir / "tekster", work_dir / "unike.pdf"
        pdf, big_pdf = work_dir / "referat.pdf", work_dir / "referat-stor.pdf"
        started = time.perf_counter()
        write_text_files(texts, options.text_files, rng)
        write_pdf(unique, options.unique_pages, rng)
        replicate(unique, pdf, options.pages)
        replicate(unique, big_pdf, options.memory_pages)
        print(f"generated the documents in {time.perf_counter() - started:.0f} s")
        text_paths = sorted(texts.iterdir())
        extract = [str(MOTEBOK), "extract", "--out", str(work_dir / "ut")]
        commands = {
            "bare": (
                f"{options.pages}-page PDF: bare pypdfium2 text read",
                options.pages,
                bare_pdf_read(pdf),
            ),
            "read": (f"{options.pages}-page PDF: read_document only", options.pages, reader_only([pdf])),
            "pdf": (f"{options.pages}-page PDF: motebok extract", options.pages, [*extract, str(pdf)]),
            "texts": ("text folder: motebok extract", len(text_paths), [*extract, str(texts)]),
            "big": (
                f"{options.memory_pages}-page PDF: motebok extract",
                options.memory_pages,
                [*extract, str(big_pdf)],
            ),
        }
        times: dict[str, list[float]] = {key: [] for key in commands}
        peaks: dict[str, int] = dict.fromkeys(commands, 0)
        ratios = []
        for _ in range(options.rounds):
            for key, (_, _, command) in commands.items():
                elapsed, peak = run_pinned(command)
                times[key].append(elapsed)
                peaks[key] = max(peaks[key], peak)
            ratios.append(times["pdf"][-1] / times["bare"][-1])
        print(f"{options.rounds} interleaved rounds; each figure is the median run (fastest in brackets)\n")
        for key, (label, pages, _) in commands.items():
            report(label, pages, statistics.median(times[key]), min(times[key]), peaks[key])
        print(
            f"\nmotebok extract / bare read, {options.pages}-page PDF, per round: "
            + ", ".join(f"{ratio:.2f}" for ratio in ratios)
            + f"; median {statistics.median(ratios):.2f}"
        )


if __name__ == "__main__":
    main()
