"""OCR repair: only where the Norwegian dictionary makes the fix certain."""

from __future__ import annotations

import pytest

from motebok.extraction.parse import extract_record
from motebok.extraction.parse.ocr_repair import dictionary_available, looks_damaged, repair

needs_dictionary = pytest.mark.skipif(
    not dictionary_available("nb_NO"), reason="hunspell-no (nb_NO.dic) is not installed"
)

DAMAGED = (
    "Deltakerne skal ha mgter pa ulike steder. Det er en arena for a lzere av hverandre og Igse oppgaver.\n"
    "Nettverket skal veere med og bidra til 3 tydeliggj@re rollen. Kontakt: ola.pa@example.no\n"
)


def test_it_sees_the_marks_of_lost_letters() -> None:
    assert looks_damaged(DAMAGED)
    assert not looks_damaged("Deltakerne skal ha møter på ulike steder, og lære av hverandre.")


@needs_dictionary
def test_it_repairs_the_known_confusions() -> None:
    fixed = repair(DAMAGED)
    for word in ("møter på", "å lære", "løse", "være", "å tydeliggjøre"):
        assert word in fixed


@needs_dictionary
def test_it_never_changes_valid_words_or_email_addresses() -> None:
    text = "Formal og mandat pa plass. Skriv til ola.pa@example.no om bade og mgter."
    fixed = repair(text)
    assert "Formal og mandat på plass" in fixed
    assert "ola.pa@example.no" in fixed


@needs_dictionary
def test_it_repairs_headings_in_capitals_but_leaves_acronyms() -> None:
    fixed = repair("MGTEBOK\nRegionrådet, KS og IKT: mgter pa Teams, fglger opp.")
    assert fixed.startswith("MØTEBOK\n")
    assert "KS og IKT" in fixed


@needs_dictionary
def test_offsets_refer_to_the_repaired_text() -> None:
    record = extract_record("Referat fra mgte i Testnettverket\nDato: 1. mars 2024\n", ocr=True)
    start, end = record.sources["body"]
    assert record.text[start:end] == record.body
    assert "møte" in record.text
