"""The engine on hostile input: every failure is one line naming the file, and no rule is slower than linear."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from motebok.extraction.engine import extract_document
from motebok.extraction.errors import EngineFailure, UnreadableDocument
from motebok.extraction.parse import extract_record

from .fuzzing import hostile_inputs, load_seeds, pathological_texts, run, slower_than_linear

FUZZ_INPUTS = 2000


@pytest.fixture
def short_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Any input that needs the guard is a failure here: the limit only keeps a regression from hanging CI. It counts
    # CPU time, so a slow input fails on a loaded machine no sooner than on a quiet one; wall time is not asserted.
    monkeypatch.setenv("MOTEBOK_SECONDS_PER_DOCUMENT", "5")


def test_it_survives_a_seeded_run_of_hostile_inputs(tmp_path: Path, short_time_limit: None) -> None:
    seeds = load_seeds()
    assert len(seeds) >= 50, "the real set and the labelled fixtures should be there to mutate"

    outcome = run(hostile_inputs(seeds, FUZZ_INPUTS, seed=11, size=10_000), tmp_path)

    assert outcome.tried == FUZZ_INPUTS
    assert outcome.failures == []
    assert outcome.refused > 0  # damaged files are refused with a reason, not read as if whole


@pytest.mark.parametrize("shape", sorted(pathological_texts(10)))
def test_parsing_grows_linearly_with_pathological_input(shape: str) -> None:
    small, large = pathological_texts(2_000)[shape], pathological_texts(16_000)[shape]
    small_time, large_time = _cpu_time(small, runs=2), _cpu_time(large, runs=1)
    # Linear growth gives about 8x; a quadratic rule gives about 64x. The floor of half a second keeps a loaded
    # machine's noise on a fast shape from failing the test.
    assert large_time < max(24 * small_time, 0.5), f"{small_time:.3f} s -> {large_time:.3f} s"


def _cpu_time(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.thread_time()
        extract_record(text)
        best = min(best, time.thread_time() - started)
    return best


def _refusal(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as refused:
        extract_document(path)
    assert not isinstance(refused.value, EngineFailure), refused.value
    message = str(refused.value)
    assert "\n" not in message and path.name in message
    return message


def _rezip(
    path: Path, change: Callable[[str, bytes], bytes], *, compress: int = zipfile.ZIP_DEFLATED
) -> Path:
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", compress) as archive:
        for name in source.namelist():
            archive.writestr(name, change(name, source.read(name)))
    return path


def test_no_parser_pattern_grows_faster_than_linearly_on_long_runs() -> None:
    # Every compiled pattern of the parser, alone, on runs of letters, tabs, blank lines, digits, …
    assert list(slower_than_linear(300, factor=8)) == []


def test_a_word_file_with_damaged_compressed_data_is_refused_in_one_line(
    make_docx: Callable[..., Path],
) -> None:
    path = make_docx()
    data = bytearray(path.read_bytes())
    info = zipfile.ZipFile(path).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5 : start + 40] = bytes(range(35))  # zlib.error or a bad CRC, depending on the bytes
    path.write_bytes(bytes(data))

    assert "Word-dokumentet er skadet" in _refusal(path)


def test_a_word_file_whose_styles_are_based_on_each_other_is_read(make_docx: Callable[..., Path]) -> None:
    def loop_styles(name: str, part: bytes) -> bytes:
        if name != "word/styles.xml":
            return part
        # "Normal" based on "Heading1", which python-docx's default template bases on "Normal".
        return part.replace(b'w:styleId="Normal">', b'w:styleId="Normal"><w:basedOn w:val="Heading1"/>', 1)

    path = _rezip(make_docx(), loop_styles)

    assert extract_document(path).record.cases


def test_a_page_count_of_thousands_of_digits_is_not_believed(make_docx: Callable[..., Path]) -> None:
    def huge_count(name: str, part: bytes) -> bytes:
        if name != "docProps/app.xml":
            return part
        return part.replace(b"</Properties>", b"<Pages>" + b"9" * 5000 + b"</Pages></Properties>")

    path = _rezip(make_docx(), huge_count)

    assert extract_document(path).source.pages == 1


def test_an_opendocument_with_huge_numbers_is_read(make_odt: Callable[..., Path]) -> None:
    path = make_odt(f'<text:p>Referat<text:s text:c="{"9" * 5000}"/>styremøte 12. mars 2024</text:p>')

    assert "styremøte" in extract_document(path).source.text


def test_an_html_list_starting_at_a_huge_number_is_read(tmp_path: Path) -> None:
    path = tmp_path / "saksliste.html"
    path.write_text(f'<html><body><ol start="{"9" * 5000}"><li>Budsjett 2025</li></ol></body></html>')

    assert "Budsjett 2025" in extract_document(path).source.text


def test_a_case_presentation_without_a_meeting_date_is_read() -> None:
    record = extract_record("Saksframlegg\nSaksnr\tUtvalg\tMøtedato\n12/24\tFormannskapet\tikke fastsatt\n")

    assert [case.number for case in record.cases] == ["12/24"]
    assert record.meeting.date is None


def test_a_long_chain_of_places_before_a_name_is_read() -> None:
    record = extract_record("Til stede:\n" + "Vik: " * 5000 + "Kari Nordmann, Ola Åsen\n")

    assert "Ola Åsen" in [person.name for person in record.present]


def test_a_full_stop_alone_is_no_name() -> None:
    from motebok.extraction.parse.names import without_full_stop
    from motebok.extraction.parse.text import Found

    assert without_full_stop(Found(".", 0, 1)) == Found(".", 0, 1)
    assert without_full_stop(Found("Kari Moe.", 0, 9)) == Found("Kari Moe", 0, 8)


def test_a_rule_that_runs_out_of_time_is_reported_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOTEBOK_SECONDS_PER_DOCUMENT", "0.05")
    path = tmp_path / "referat.txt"
    path.write_text("Til stede: " + ", ".join(["Kari Nordmann", "Ola Åsen"] * 20_000))

    with pytest.raises(EngineFailure) as failed:
        extract_document(path)

    assert str(failed.value).startswith("referat.txt: lesingen ble avbrutt etter 0,05 sekunders regnetid")
    assert "\n" not in str(failed.value)
