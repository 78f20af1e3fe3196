"""The vocabulary tables: each word once, bokmål and nynorsk both present, and the rules built from them."""

from __future__ import annotations

from collections import Counter

import pytest

from motebok.extraction.parse import vocabulary
from motebok.extraction.parse.dates import find_dates
from motebok.extraction.parse.labels import Label, match_label
from motebok.extraction.parse.text import Line
from motebok.extraction.parse.vocabulary import (
    COLUMN_HEADINGS,
    CONCLUSION_LABELS,
    DIGITAL_WORDS,
    GIVING_VERBS,
    HELD_VERBS,
    INVITED_TO_SPEAK,
    JOINING_WORDS,
    LABELS,
    MAYORS,
    MONTHS,
    ONLINE_SERVICES,
    ORGANISATION_ENDINGS,
    PARTIES,
    PRESENTING_VERBS,
    ROLES,
    TALK_NOUNS,
    TITLE_ENDINGS,
    TITLE_STOP_LABELS,
    WEEKDAYS,
    Words,
)

TABLES: dict[str, dict[str, Words] | tuple[Words, ...]] = {
    "LABELS": LABELS,
    "ROLES": ROLES,
    "WEEKDAYS": WEEKDAYS,
    "MONTHS": MONTHS,
    "CONCLUSION_LABELS": (CONCLUSION_LABELS,),
    "TITLE_STOP_LABELS": (TITLE_STOP_LABELS,),
    "JOINING_WORDS": (JOINING_WORDS,),
    "TITLE_ENDINGS": (TITLE_ENDINGS,),
    "PARTIES": (PARTIES,),
    "ORGANISATION_ENDINGS": (ORGANISATION_ENDINGS,),
    "COLUMN_HEADINGS": (COLUMN_HEADINGS,),
    "ONLINE_SERVICES": (ONLINE_SERVICES,),
    "DIGITAL_WORDS": (DIGITAL_WORDS,),
    "HELD_VERBS": (HELD_VERBS,),
    "PRESENTING_VERBS": (PRESENTING_VERBS,),
    "GIVING_VERBS": (GIVING_VERBS,),
    "TALK_NOUNS": (TALK_NOUNS,),
    "INVITED_TO_SPEAK": (INVITED_TO_SPEAK,),
    "MAYORS": (MAYORS,),
}
LOWER_CASE = [name for name in TABLES if name != "TITLE_STOP_LABELS"]


def _entries(table: dict[str, Words] | tuple[Words, ...]) -> list[tuple[str, Words]]:
    return list(table.items()) if isinstance(table, dict) else [(str(k), w) for k, w in enumerate(table)]


@pytest.mark.parametrize("name", TABLES)
def test_it_lists_every_word_once_per_table(name: str) -> None:
    entries = _entries(TABLES[name])
    twice_in_a_form = [key for key, words in entries for form in words if len(set(form)) != len(form)]
    counts = Counter(phrase for _, words in entries for phrase in words.all())
    assert twice_in_a_form == []
    assert [phrase for phrase, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", TABLES)
def test_it_gives_every_entry_a_bokmal_and_a_nynorsk_form(name: str) -> None:
    one_sided = [
        key for key, words in _entries(TABLES[name]) if not (words.form("bokmål") and words.form("nynorsk"))
    ]
    assert one_sided == []


@pytest.mark.parametrize("name", TABLES)
def test_it_writes_a_phrase_both_forms_share_once_as_shared(name: str) -> None:
    written_twice = [
        (key, phrase)
        for key, words in _entries(TABLES[name])
        for phrase in words.bokmål
        if phrase in words.nynorsk
    ]
    assert written_twice == []


def test_each_written_form_has_its_own_words_besides_the_shared_ones() -> None:
    weekday = WEEKDAYS[0]
    assert (weekday.form("bokmål"), weekday.form("nynorsk")) == (("mandag",), ("måndag",))
    assert "frå" in JOINING_WORDS.form("nynorsk") and "frå" not in JOINING_WORDS.form("bokmål")
    assert "og" in JOINING_WORDS.shared


@pytest.mark.parametrize("name", LOWER_CASE)
def test_it_writes_its_words_in_lower_case_without_padding(name: str) -> None:
    for _, words in _entries(TABLES[name]):
        assert all(phrase == phrase.strip().lower() and "  " not in phrase for phrase in words.all())


def test_it_names_seven_weekdays_and_twelve_months() -> None:
    assert len(WEEKDAYS) == 7
    assert vocabulary.month_numbers()["desember"] == 12
    assert len(MONTHS) == 12


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Til stades: Kari Moe", Label.PRESENT),
        ("Til stede: Kari Moe", Label.PRESENT),
        ("Møtte ikkje: Kari Moe", Label.ABSENT),
        ("Møtte ikke: Kari Moe", Label.ABSENT),
        ("Møtande varamedlemer", Label.SUBSTITUTES),
        ("Frå administrasjonen:", Label.STAFF),
        ("Møteleiar: Kari Moe", Label.CHAIR),
    ],
)
def test_labels_are_read_from_the_vocabulary(line: str, label: Label) -> None:
    hit = match_label(Line(0, len(line), line))
    assert hit is not None and hit.label is label


def test_months_are_read_from_the_vocabulary_in_both_forms_of_a_date() -> None:
    assert [(d.day, d.month) for d in find_dates("tysdag 3. sept. og 4. des")] == [(3, 9), (4, 12)]
