"""Hostile inputs for the extraction engine: seeded mutations of real documents, and pathological text.

Shared by `tests/extraction/test_fuzz.py` (a few thousand inputs) and `bench/fuzz_bench.py` (as many as asked).
Every input is made from a seed number alone, so a failure found once can be made again.
"""

from __future__ import annotations

import io
import random
import re
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from motebok.extraction.engine import extract_document
from motebok.extraction.errors import EngineFailure, UnreadableDocument

ROOT = Path(__file__).resolve().parents[2]
SEED_FOLDERS = [
    ROOT.parent / "shared" / "extraction" / "real" / "docs",
    *sorted((ROOT / "tests" / "extraction").glob("fixtures*/docs")),
]
NAMES = ["Kari Nordmann", "Ola Åsen", "Bjørg Ødegård-Lie", "Per Arne Vik", "Åse M. Strand", "Jon de Vries"]
LABELS = ["Til stede:", "Forfall:", "Møtte ikke:", "Vara:", "Sak 12/24", "Vedtak:", "Innstilling:",
          "Ansvar:", "Frist:", "Referent:", "Møteleder:", "Dato:", "Sted:", "Tid og stad:", "Saksliste"]  # fmt: skip
ODD_CHARACTERS = ["\u200b", "\u202e", "\ufeff", "\u00ad", "\ufffe", "\u0301", "\x0b", "\x1c", "\f", "\t", "\u2028",
                  "\U0001f600", "ǅ", "ß", "İ", "ﬁ", "\\", "$", "(", ")", "[", "**", "<", "&#"]  # fmt: skip
ENCODINGS = [
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-8-sig",
    "cp1252",
    "latin-1",
    "mac_roman",
    "cp865",
]


@dataclass(frozen=True)
class Seed:
    """One real document to mutate."""

    name: str
    suffix: str
    data: bytes


@dataclass(frozen=True)
class HostileInput:
    """One input made for the engine: its bytes, the suffix its file gets, and how it was made."""

    how: str
    suffix: str
    data: bytes


@dataclass
class Outcome:
    """What a fuzz run found: inputs tried, the engine's own failures, and the slowest inputs."""

    tried: int = 0
    refused: int = 0  # readable refusals ("the file is damaged"), which are the right answer for many inputs
    failures: list[tuple[str, str]] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)
    slowest: list[tuple[float, str, int]] = field(default_factory=list)

    def note_time(self, seconds: float, how: str, size: int, keep: int = 5) -> None:
        self.slowest = sorted([*self.slowest, (seconds, how, size)], reverse=True)[:keep]


def load_seeds(folders: list[Path] = SEED_FOLDERS) -> list[Seed]:
    """Return every document of the real set and the labelled fixtures, in a stable order."""
    seeds = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.is_file():
                    seeds.append(
                        Seed(f"{folder.parent.name}/{path.name}", path.suffix.lower(), path.read_bytes())
                    )
    return seeds


def hostile_inputs(
    seeds: list[Seed], count: int, seed: int = 0, size: int = 20_000
) -> Iterator[HostileInput]:
    """Yield `count` inputs: mutated documents, odd encodings, broken binaries and pathological text of `size`."""
    rng = random.Random(seed)
    texts = [s for s in seeds if s.suffix in (".txt", ".md", ".html", ".htm")]
    binaries = [s for s in seeds if s.suffix in (".docx", ".pdf")]
    makers: list[tuple[int, Callable[[random.Random], HostileInput]]] = [
        (30, lambda r: _mutated_text(r, r.choice(texts))),
        (10, lambda r: _odd_encoding(r, r.choice(texts))),
        (10, lambda r: _truncated(r, r.choice(seeds))),
        (15, lambda r: _mutated_bytes(r, r.choice(seeds))),
        (10, lambda r: _mutated_zip(r, r.choice([s for s in binaries if s.suffix == ".docx"]))),
        (5, lambda r: _odt(r)),
        (20, lambda r: _pathological(r, size)),
    ]
    weights = [weight for weight, _ in makers]
    for k in range(count):
        maker = rng.choices([make for _, make in makers], weights)[0]
        made = maker(random.Random(f"{seed}-{k}"))
        yield HostileInput(f"#{k} {made.how}", made.suffix, made.data)


def run(inputs: Iterator[HostileInput], folder: Path, *, keep_slowest: int = 5) -> Outcome:
    """Extract every input from a file in `folder` and collect what went wrong."""
    outcome = Outcome()
    for hostile in inputs:
        path = folder / f"fuzz{hostile.suffix}"
        path.write_bytes(hostile.data)
        started = time.perf_counter()
        try:
            extract_document(path)
        except EngineFailure as error:
            outcome.failures.append((hostile.how, str(error)))
            outcome.kinds[_kind(error.reason)] += 1
        except UnreadableDocument as error:
            outcome.refused += 1
            if "\n" in str(error) or path.name not in str(error):
                outcome.failures.append((hostile.how, f"not one line naming the file: {error!r}"))
        except Exception as error:  # noqa: BLE001 - an escaped exception is exactly what the run looks for
            outcome.failures.append((hostile.how, f"{type(error).__name__}: {error}"))
            outcome.kinds[type(error).__name__] += 1
        outcome.tried += 1
        outcome.note_time(time.perf_counter() - started, hostile.how, len(hostile.data), keep_slowest)
    return outcome


def _kind(reason: str) -> str:
    found = re.search(r"\((\w+):", reason)
    return found.group(1) if found else reason.split(";")[0][:60]


def _decoded(seed: Seed) -> str:
    return seed.data.decode("utf-8", errors="replace")


def _mutated_text(rng: random.Random, seed: Seed) -> HostileInput:
    text = _decoded(seed)
    steps = []
    for _ in range(rng.randint(1, 6)):
        how = rng.choice(["insert", "delete", "duplicate", "label", "join-lines", "shuffle", "odd", "upper"])
        steps.append(how)
        text = _TEXT_MUTATIONS[how](rng, text)
    return HostileInput(
        f"text {'+'.join(steps)} of {seed.name}", seed.suffix, text.encode("utf-8", "surrogatepass")
    )


def _spot(rng: random.Random, text: str) -> int:
    return rng.randint(0, len(text))


def _insert(rng: random.Random, text: str) -> str:
    at = _spot(rng, text)
    return text[:at] + rng.choice([*ODD_CHARACTERS, *NAMES, ", ", ": ", "\n", "\n\n"]) + text[at:]


def _delete(rng: random.Random, text: str) -> str:
    at = _spot(rng, text)
    return text[:at] + text[at + rng.randint(1, 400) :]


def _duplicate(rng: random.Random, text: str) -> str:
    at = _spot(rng, text)
    piece = text[at : at + rng.randint(1, 2000)]
    return text[:at] + piece * rng.randint(2, 20) + text[at:]


def _label(rng: random.Random, text: str) -> str:
    at = _spot(rng, text)
    return text[:at] + rng.choice(["\n", " ", "\t"]) + rng.choice(LABELS) + " " + text[at:]


def _join_lines(rng: random.Random, text: str) -> str:
    # A transcript: the page's line breaks lost, as when a PDF page becomes one line.
    return re.sub(r"[ \t]*\n[ \t]*", " ", text) if rng.random() < 0.7 else text.replace("\n", "\t")


def _shuffle(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    rng.shuffle(lines)
    return "\n".join(lines)


def _odd(rng: random.Random, text: str) -> str:
    characters = list(text)
    for _ in range(rng.randint(1, 50)):
        if characters:
            characters[rng.randrange(len(characters))] = rng.choice(ODD_CHARACTERS)
    return "".join(characters)


def _upper(rng: random.Random, text: str) -> str:
    return text.upper() if rng.random() < 0.5 else text.lower()


_TEXT_MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "insert": _insert,
    "delete": _delete,
    "duplicate": _duplicate,
    "label": _label,
    "join-lines": _join_lines,
    "shuffle": _shuffle,
    "odd": _odd,
    "upper": _upper,
}


def _odd_encoding(rng: random.Random, seed: Seed) -> HostileInput:
    encoding = rng.choice(ENCODINGS)
    data = _decoded(seed).encode(encoding, errors="replace")
    if rng.random() < 0.3:  # half in one encoding, half in another, as when two files were pasted together
        data = data[: len(data) // 2] + seed.data[len(seed.data) // 2 :]
    return HostileInput(f"{encoding} of {seed.name}", seed.suffix, data)


def _truncated(rng: random.Random, seed: Seed) -> HostileInput:
    end = rng.randint(1, max(1, len(seed.data) - 1))
    return HostileInput(f"first {end} bytes of {seed.name}", seed.suffix, seed.data[:end])


def _mutated_bytes(rng: random.Random, seed: Seed) -> HostileInput:
    data = bytearray(seed.data)
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(data))
        if rng.random() < 0.7:
            data[at] = rng.randrange(256)
        else:
            data[at : at + rng.randint(1, 64)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
    return HostileInput(f"bytes changed in {seed.name}", seed.suffix, bytes(data))


def _mutated_zip(rng: random.Random, seed: Seed) -> HostileInput:
    """Change one part inside a Word file and zip it again, so the damage gets past the zip checks."""
    source = zipfile.ZipFile(io.BytesIO(seed.data))
    names = source.namelist()
    how = rng.choice(["styles-cycle", "huge-number", "deep-nesting", "bytes", "cut"])
    target = {"styles-cycle": "word/styles.xml", "huge-number": "docProps/app.xml"}.get(
        how, "word/document.xml"
    )
    if how in ("bytes", "cut"):
        target = rng.choice([n for n in names if n.endswith((".xml", ".rels"))])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            part = source.read(name)
            if name != target:
                pass
            elif how == "styles-cycle":
                part = _style_cycle(part)
            elif how == "huge-number":
                huge = b"<Pages>" + b"9" * 5000 + b"</Pages>"
                part = re.sub(rb"<Pages>\d*</Pages>", huge, part) if b"<Pages>" in part else part
            elif how == "deep-nesting":
                depth = rng.choice([100, 2000, 20000])
                part = part.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * depth, 1)
            elif how == "bytes":
                part = _mutated_bytes(rng, Seed(name, "", part)).data
            else:
                part = part[: rng.randint(0, len(part))]
            archive.writestr(name, part)
    return HostileInput(f"docx {how} in {target} of {seed.name}", ".docx", out.getvalue())


def _style_cycle(styles: bytes) -> bytes:
    """Make every paragraph style based on the next, and the last on the first: a loop Word never writes."""
    ids = re.findall(rb'<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"', styles)
    if len(ids) < 2:
        return styles
    for k, style_id in enumerate(ids):
        nxt = ids[(k + 1) % len(ids)]
        styles = re.sub(
            rb'(<w:style w:type="paragraph"[^>]*w:styleId="' + re.escape(style_id) + rb'"[^>]*>)',
            rb'\1<w:basedOn w:val="' + nxt + rb'"/>',
            styles,
            count=1,
        )
    return styles


def _odt(rng: random.Random) -> HostileInput:
    spaces = rng.choice(["3", "9" * rng.choice([10, 5000]), "-1", "x"])
    body = (
        f'<text:p>Referat<text:s text:c="{spaces}"/>styremøte</text:p>'
        + "<text:section>" * rng.choice([1, 50, 3000])
        + "<text:p>Til stede: Kari Nordmann</text:p>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    meta = f'<office:document-meta><meta:document-statistic meta:page-count="{"7" * rng.choice([1, 5000])}"/>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta)
    return HostileInput(f"odt spaces={spaces[:12]} nesting", ".odt", out.getvalue())


# Runs of one kind of character, the shapes that make a pattern with an unanchored `\s*`, `\w*` or `.*` slow.
RUN_SHAPES = ("letters", "capitals", "tabs", "spaces", "empty-lines", "digits", "dots", "tags", "names-line")


def pathological_texts(size: int) -> dict[str, str]:
    """Return long inputs of the shapes that make a pattern or a loop slower than linear, about `size` long."""
    name_list = ", ".join(NAMES * (size // 80 + 1))
    return {
        "letters": "a" * size,
        "møte-letters": "styringsgruppemøte" * (size // 18),
        "capitals": "Aa " * (size // 3),
        "tab-line": "Kari Nordmann\t" * (size // 14),
        "tabs": "\t" * size,
        "spaces": "a  " * (size // 3),
        "sak-headings": "Sak 1\n" * (size // 6),
        "sak-words": "Sak " * (size // 4),
        "colons": "Til stede: " + "A: " * (size // 3),
        "org-first": "Deltakere:\n" + "Vik: " * (size // 5) + "Kari Nordmann",
        "names-list": "Til stede: " + name_list,
        "names-line": "Til stede: " + " ".join(NAMES * (size // 80 + 1)),
        "for-chain": "Vara: " + "Kari Nordmann for " * (size // 18),
        "parentheses": "Til stede: Kari Nordmann " + "(" * (size // 2) + ")" * (size // 2),
        "digits": "1" * size,
        "dates": "1.1.2024 " * (size // 9),
        "times": "kl. 10.00-" * (size // 10),
        "bold": "**" * (size // 2),
        "tags": "<b>" * (size // 3),
        "comment": "<!--" + "a" * size,
        "emails": "a" * size + "@",
        "dots": ". " * (size // 2),
        "dashes": "- " * (size // 2),
        "labels": " ".join(LABELS * (size // 150 + 1)),
        "empty-lines": "\n" * size,
        "one-letter-lines": "a\n" * (size // 2),
        "bullets": "• Kari\n" * (size // 7),
        "numbered": "".join(f"{k}. Sak {k}\n" for k in range(size // 12)),
        "ocr-damage": "mgter pa ogsa fglge " + "g" * size,
        "list-start": '<ol start="' + "9" * 5000 + '"><li>Sak</li></ol>',
        "entities": "&#99999999999;&#x110000;&#0;" * (size // 30),
        "nested-divs": "<div>" * (size // 5),
        "nested-lists": "<ul><li>" * (size // 8),
    }


def _pathological(rng: random.Random, size: int) -> HostileInput:
    shapes = pathological_texts(rng.choice([size // 10, size]))
    shape = rng.choice(sorted(shapes))
    text = shapes[shape]
    if rng.random() < 0.5:
        text = f"Referat fra styremøte 12. mars 2024\n{text}\nVedtak: Tatt til orientering."
    if rng.random() < 0.2:
        return HostileInput(f"{shape} in HTML", ".html", f"<html><body><p>{text}</p></body></html>".encode())
    return HostileInput(f"{shape} ({len(text)} characters)", ".txt", text.encode())


def parse_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Return every compiled pattern the parser's modules hold, named module.NAME."""
    import importlib
    import pkgutil

    import motebok.extraction.parse as parse

    found = []
    for module_info in pkgutil.iter_modules(parse.__path__):
        module = importlib.import_module(f"{parse.__name__}.{module_info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{module_info.name}.{name}", value))
            elif isinstance(value, (tuple, list)):  # tables of rules: (name, pattern, …) rows
                for k, row in enumerate(value):
                    items = row if isinstance(row, (tuple, list)) else (row,)
                    for item in items:
                        pattern = getattr(item, "pattern", item)
                        if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                            found.append((f"{module_info.name}.{name}[{k}]", pattern))
    return found


def pattern_time(pattern: re.Pattern[str], text: str, runs: int = 2) -> float:
    """Return the CPU seconds a search for every match of `pattern` in `text` takes, best of `runs`.

    CPU time of this thread, not wall time: on a busy machine a preempted run would look slow.
    """
    best = float("inf")
    for _ in range(runs):
        started = time.thread_time()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.thread_time() - started)
    return best


def slower_than_linear(
    size: int, factor: int = 8, ratio: float = 24.0, floor: float = 0.005
) -> Iterator[str]:
    """Name each parser pattern whose search time grows more than `ratio`-fold on a `factor`-times longer input.

    Linear growth gives about `factor`, quadratic about its square; inputs too quick to time are skipped.
    """
    from motebok.extraction.deadline import TimeLimitExceeded, time_limit

    small, large = pathological_texts(size), pathological_texts(size * factor)
    for name, pattern in parse_patterns():
        for shape in RUN_SHAPES:
            text = large[shape]
            try:
                with time_limit(2.0):
                    if pattern_time(pattern, text, runs=1) < floor:
                        continue  # most pairs: too quick to be anything but linear
                    long_time, short_time = pattern_time(pattern, text), pattern_time(pattern, small[shape])
            except TimeLimitExceeded:
                yield f"{name} on {shape}: over 2 s on {len(text)} characters"
                continue
            if long_time > ratio * max(short_time, floor / ratio):
                yield f"{name} on {shape}: {short_time * 1000:.1f} ms -> {long_time * 1000:.1f} ms"
