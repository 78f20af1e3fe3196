"""A pattern is not searched in a text that lacks a word every match of it holds, and no match is lost that way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from motebok.extraction.parse import labels
from motebok.extraction.parse.attendance import LABEL_RULES
from motebok.extraction.parse.prefilter import could_match, needed_words
from motebok.extraction.parse.text import mask_markup

HERE = Path(__file__).parent
FOLDERS = [
    HERE / ".." / ".." / ".." / "shared" / "extraction" / "real" / "docs",
    *HERE.glob("fixtures*/docs"),
]


def _texts() -> list[str]:
    texts = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*")):
            masked = mask_markup(path.read_text("utf-8", errors="replace"))
            texts += [masked, " ".join(masked.split())]  # as written, and with its line breaks lost
    return texts


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?<![\w-])(?:Til\s+stede|Forfall)\s*:", [{("stede", False), ("Forfall", False)}]),
        (r"(?:For|Mot)\s+\w+\s+stemte\s+\d", [{("stemte", False)}, {("For", False), ("Mot", False)}]),
        (r"Møtt(?:e)?|Deltok", [{("Møtt", False), ("Deltok", False)}]),
        (r"(?:referent\s+)?(?:var)+\s*(?i:Møtet)", [{("møtet", True)}, {("var", False)}]),
        (r"(?i:Ordstyrer)|Leder", [{("ordstyrer", True), ("Leder", False)}]),
        (r"(?i)ordstyrer var:", [{("ordstyrer var:", True)}]),
        (r"(?i)µsekund", [{("sekund", True)}]),  # "µ" is also "μ" to the pattern: not looked for
        (r"[A-ZÆØÅ]{2,4}-sak", [{("-sak", False)}]),
        (r"\d+/\d+", []),
    ],
)
def test_it_reads_the_words_a_pattern_needs_from_the_pattern(pattern: str, needed: list[set[str]]) -> None:
    assert [set(need) for need in needed_words(re.compile(pattern))] == needed


def test_a_text_without_the_words_is_not_searched_and_one_with_them_is() -> None:
    pattern = re.compile(r"(?<![\w-])(?:Til\s+stede|Forfall)\s*:")
    assert not could_match(pattern, "Møtte: Kari Moe, Per Lund")
    assert could_match(pattern, "Til  stede: Kari Moe")
    assert not could_match(pattern, "Til  stede: Kari Moe", 6)  # the word must be inside the part searched
    any_case = re.compile(r"(?i:forfall)\s*:")
    assert could_match(any_case, "FORFALL: Kari Moe")
    assert not could_match(any_case, "Til stede: Kari Moe")
    assert could_match(any_case, "Forfalſ: Kari Moe")  # "ſ" is "s" to the pattern: the text is searched


@pytest.mark.parametrize("rule", LABEL_RULES, ids=lambda rule: rule.name)
def test_no_label_is_lost_for_want_of_a_word(rule: object) -> None:
    pattern = rule.pattern  # type: ignore[attr-defined]
    for text in [*_texts(), rule.example]:  # type: ignore[attr-defined]
        assert could_match(pattern, text) or not pattern.search(text)


def test_no_line_label_is_lost_for_the_way_the_line_begins() -> None:
    written = [
        f"{bullet}{form}: x"
        for phrase in labels._LABELS
        for form in (phrase, phrase.upper(), phrase.title())
        for bullet in ("", " • ", "\t-")
    ]
    for line in [*written, *(line for text in _texts() for line in text.splitlines())]:
        assert labels.could_open(line) or not labels._LABEL_RE.match(line), line
    assert not labels.could_open("  • Kari Moe, Per Lund")
