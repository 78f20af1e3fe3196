"""`motebok extract FILE...`: read meeting documents and print their meeting records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import TextIO, TypeVar

from motebok.extraction.deadline import seconds_for
from motebok.extraction.engine import extract_document
from motebok.extraction.errors import UnreadableDocument
from motebok.extraction.readers import SourceText
from motebok.extraction.readers.limits import max_document_bytes

PROG = "motebok extract"
_CHUNK = 8  # documents handed to a worker at a time: few round trips, and the last chunks still spread
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
_T = TypeVar("_T")


def main(argv: list[str]) -> int:
    """Extract a meeting record from every file named in argv and return the exit status."""
    try:
        options = _parser().parse_args(argv)
    except SystemExit as exit_request:  # argparse exits on --help and on usage errors
        return int(exit_request.code or 0)
    try:
        max_document_bytes()
        seconds_for(0)
        paths = list(_expand(options.files))
        if options.out:
            options.out.mkdir(parents=True, exist_ok=True)
    except (ValueError, OSError) as error:
        _complain(str(error))
        return EXIT_USAGE
    if not paths:
        _complain("fant ingen filer å lese i " + ", ".join(map(str, options.files)))
        return EXIT_USAGE
    one_object = len(paths) == 1 and not any(argument.is_dir() for argument in options.files)
    writer = _Writer(options.format, options.out, sys.stdout, as_list=not one_object)
    failed = 0
    results = zip(paths, _extract_all(paths, options), strict=True)
    for path, (rendered, complaint) in _progress(results, len(paths), enabled=options.out is not None):
        if rendered is None:
            _complain(complaint)
            failed += 1
        else:
            writer.write(path, rendered)
    writer.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _extract_all(paths: list[Path], options: argparse.Namespace) -> Iterator[tuple[str | None, str]]:
    """Each document's rendered record or complaint, in order; read by `--jobs` processes at once if asked."""
    extract = partial(_extract, output_format=options.format)
    if options.jobs <= 1:
        yield from map(extract, paths)
        return
    # Forked after the parser is imported, so that the workers share its compiled patterns instead of each
    # compiling them again.
    import motebok.extraction.parse  # noqa: F401

    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        yield from pool.map(extract, paths, chunksize=_CHUNK)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Les møtedokumenter (PDF, Word, ODT, HTML, tekst, skannede bilder) og skriv ut møteprotokollen "
        "som JSON etter SCHEMA.md eller som lesbar tekst.",
        epilog="Filer som ikke kan leses, får én linje på standard feil; de andre leses likevel. "
        "Avslutningsstatus: 0 når alle ble lest, 1 når noen feilet, 2 ved feil bruk.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FIL",
        help="dokument som skal leses; en mappe leses med alle undermapper",
    )
    parser.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json (standard): ett objekt for én fil, en liste for flere; text: lesbar oppsummering",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="MAPPE",
        help="skriv MAPPE/<filnavn>.json (eller .txt) for hvert dokument i stedet for til standard ut",
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="les N dokumenter samtidig i hver sin prosess (standard 1); resultatet er det samme, i samme rekkefølge",
    )
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"må være et helt tall fra 1 og oppover, ikke {value!r}")
    return int(value)


def _expand(arguments: list[Path]) -> Iterator[Path]:
    """Yield the files named, walking folders in name order and skipping hidden files."""
    for argument in arguments:
        if argument.is_dir():
            for path in sorted(argument.rglob("*")):
                if path.is_file() and not any(
                    part.startswith(".") for part in path.relative_to(argument).parts
                ):
                    yield path
        else:
            yield argument  # missing files are reported by read_document, in order with the others


def _extract(path: Path, output_format: str) -> tuple[str | None, str]:
    """Return one document's record rendered as JSON or text, or None and the line that says why it failed."""
    try:
        extracted = extract_document(path)
    except UnreadableDocument as error:
        return None, f"{path}: {error.reason}"
    source, record = extracted.source, extracted.record
    if output_format == "text":
        return record.to_text(), ""
    return to_json({**record.to_dict(), "document": _describe(source)}), ""


_encode = json.JSONEncoder(ensure_ascii=False).encode


def to_json(record: dict[str, object]) -> str:
    """Render a record as JSON a person can read: one line per field, per list item and per source.

    Each value goes through the compact C encoder; json.dumps(indent=2) would use the pure-Python one,
    which cost a tenth of the whole command's time.
    """

    def field(value: object) -> str:
        if isinstance(value, list) and value:
            return "[\n" + ",\n".join(f"    {_encode(item)}" for item in value) + "\n  ]"
        if isinstance(value, dict) and value:
            return "{\n" + ",\n".join(f"    {_encode(k)}: {_encode(v)}" for k, v in value.items()) + "\n  }"
        return _encode(value)

    return "{\n" + ",\n".join(f"  {_encode(key)}: {field(value)}" for key, value in record.items()) + "\n}"


def _describe(source: SourceText) -> dict[str, object]:
    return {"file": str(source.path), "kind": source.kind, "pages": source.pages, "ocr": source.ocr}


class _Writer:
    """Send rendered records to standard output, or to one file per document in the output folder."""

    def __init__(self, output_format: str, folder: Path | None, stream: TextIO, *, as_list: bool) -> None:
        self.output_format, self.folder, self.stream, self.as_list = output_format, folder, stream, as_list
        self.written = 0
        self.used_names: set[str] = set()

    def write(self, path: Path, rendered: str) -> None:
        if self.folder is not None:
            (self.folder / self._file_name(path)).write_text(rendered + "\n", encoding="utf-8")
        elif self.output_format == "text":
            heading = f"== {path} ==\n" if self.as_list else ""
            self.stream.write(("\n" if self.written else "") + heading + rendered + "\n")
        elif self.as_list:
            # Written as it goes, so a large folder never has to fit in memory as one list.
            self.stream.write(("[\n" if not self.written else ",\n") + rendered)
        else:
            self.stream.write(rendered + "\n")
        self.written += 1
        self.stream.flush()

    def close(self) -> None:
        if self.folder is None and self.output_format == "json" and self.as_list:
            self.stream.write("\n]\n" if self.written else "[]\n")

    def _file_name(self, path: Path) -> str:
        suffix = ".json" if self.output_format == "json" else ".txt"
        name, copy = path.stem + suffix, 1
        while name in self.used_names:  # two documents with one stem, say referat.pdf and referat.docx
            copy += 1
            name = f"{path.stem}-{copy}{suffix}"
        self.used_names.add(name)
        return name


def _progress(results: Iterator[_T], total: int, *, enabled: bool) -> Iterator[_T]:
    if not (enabled and total > 1 and sys.stderr.isatty()):
        return results
    from tqdm import tqdm

    return iter(tqdm(results, total=total, desc="Leser", unit="dok", file=sys.stderr))


def _complain(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr, flush=True)
