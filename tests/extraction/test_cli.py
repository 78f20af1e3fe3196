"""`motebok extract` run as the real console command, in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

MOTEBOK = Path(sys.executable).with_name("motebok")
MINUTES = """Referat styringsgruppemøte VÅG 28. juni 2022
Via Teams
Deltagere: Alf Marcus Vang, Asgeir Rustad, Ole Frode Mikkelsgård.

Sak 14-22 Økonomi
Ole Frode tar ansvar for å skaffe ny arbeidsgruppeleder.
"""

PARSER = Path(__file__).resolve().parents[2] / "motebok" / "extraction" / "parse" / "__init__.py"
requires_parser = pytest.mark.skipif(
    not PARSER.is_file(), reason="the parsing half (motebok.extraction.parse) has not landed yet"
)


def extract(*arguments: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MOTEBOK), "extract", *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    path = tmp_path / "referat.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


def test_it_exits_2_on_usage_errors() -> None:
    assert extract().returncode == 2
    wrong_format = extract("--format", "xml", "referat.txt")
    assert wrong_format.returncode == 2
    assert "invalid choice: 'xml'" in wrong_format.stderr


def test_it_documents_every_option() -> None:
    result = extract("--help")

    assert result.returncode == 0
    for option in ("FIL", "--format", "--out", "--jobs", "-h"):
        assert option in result.stdout


def test_it_refuses_a_bad_size_limit_as_a_usage_error(minutes: Path) -> None:
    result = extract(minutes, env={"MOTEBOK_MAX_DOCUMENT_BYTES": "mye"})

    assert result.returncode == 2
    assert result.stderr == (
        "motebok extract: MOTEBOK_MAX_DOCUMENT_BYTES må være et positivt heltall (antall byte), ikke 'mye'\n"
    )


def test_it_reports_every_unreadable_file_on_one_line(tmp_path: Path, encrypted_pdf: Path) -> None:
    empty = tmp_path / "tom.txt"
    empty.touch()
    program = tmp_path / "program"
    program.write_bytes(b"\x7fELF" + bytes(range(256)))

    result = extract(empty, tmp_path / "borte.docx", encrypted_pdf, program)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"motebok extract: {empty}: filen er tom (0 byte)",
        f"motebok extract: {tmp_path / 'borte.docx'}: finnes ikke; sjekk filnavnet",
        f"motebok extract: {encrypted_pdf}: PDF-en er kryptert eller passordbeskyttet; "
        "lagre en kopi uten passord og prøv igjen",
        f"motebok extract: {program}: filen er et program (ELF), ikke et dokument",
    ]
    assert json.loads(result.stdout) == []


@requires_parser
def test_it_prints_one_json_object_for_one_file(minutes: Path) -> None:
    result = extract(minutes)

    assert (result.returncode, result.stderr) == (0, "")
    record = json.loads(result.stdout)
    assert record["meeting"]["date"] == "2022-06-28"
    assert record["document"] == {"file": str(minutes), "kind": "text", "pages": 1, "ocr": False}


@requires_parser
def test_one_bad_file_does_not_stop_the_others(
    tmp_path: Path, minutes: Path, make_pdf: Callable[..., Path], minutes_html: str
) -> None:
    broken = tmp_path / "skadet.docx"
    broken.write_bytes(b"ikke et Word-dokument")
    pdf = make_pdf([minutes_html])

    result = extract(minutes, broken, pdf)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"motebok extract: {broken}: filen er skadet (ugyldig zip-arkiv: File is not a zip file)"
    ]
    records = json.loads(result.stdout)
    assert [record["document"]["file"] for record in records] == [str(minutes), str(pdf)]
    assert records[1]["document"]["kind"] == "pdf"


@requires_parser
def test_it_writes_one_json_file_per_document_from_a_folder(
    tmp_path: Path, make_docx: Callable[..., Path]
) -> None:
    folder = tmp_path / "innboks"
    (folder / "2022").mkdir(parents=True)
    (folder / "2022" / "referat.txt").write_text(MINUTES, encoding="utf-8")
    make_docx().rename(folder / "referat.docx")
    (folder / ".skjult.txt").write_text("hemmelig")
    out = tmp_path / "ut"

    result = extract(folder, "--out", out)

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert sorted(path.name for path in out.iterdir()) == ["referat-2.json", "referat.json"]
    kinds = {json.loads(path.read_text())["document"]["kind"] for path in out.iterdir()}
    assert kinds == {"docx", "text"}


@requires_parser
def test_several_processes_give_the_same_records_and_complaints_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "innboks"
    folder.mkdir()
    for number in range(12):
        text = MINUTES.replace("28. juni", f"{number + 1}. juni").replace("Sak 14-22", f"Sak {number + 1}-22")
        (folder / f"referat-{number:02d}.txt").write_text(text, encoding="utf-8")
    for number in (3, 9):
        (folder / f"skadet-{number}.docx").write_bytes(b"ikke et Word-dokument")

    alone, together = extract(folder), extract(folder, "--jobs", "3")

    assert together.returncode == alone.returncode == 1
    assert together.stdout == alone.stdout
    assert len(json.loads(together.stdout)) == 12
    assert together.stderr == alone.stderr
    assert [line.split(": ")[1] for line in together.stderr.splitlines()] == [
        str(folder / "skadet-3.docx"),
        str(folder / "skadet-9.docx"),
    ]


def test_it_refuses_a_number_of_processes_below_one(minutes: Path) -> None:
    result = extract(minutes, "--jobs", "0")

    assert result.returncode == 2
    assert "--jobs: må være et helt tall fra 1 og oppover, ikke '0'" in result.stderr


@requires_parser
def test_it_prints_a_readable_record_as_text(minutes: Path) -> None:
    result = extract(minutes, "--format", "text")

    assert result.returncode == 0
    assert "Ole Frode Mikkelsgård" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


@requires_parser
def test_it_reads_a_text_file_without_loading_the_heavy_libraries(minutes: Path) -> None:
    program = (
        "import sys; from motebok.cli import main; status = main(['motebok', 'extract', sys.argv[1]]); "
        "heavy = sorted(m for m in ('pypdfium2', 'docx', 'bs4', 'charset_normalizer', 'django') if m in sys.modules); "
        "print(status, heavy, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, str(minutes)], capture_output=True, text=True, check=False
    )

    assert result.stderr.strip() == "0 []"
