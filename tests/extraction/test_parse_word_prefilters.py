"""A pattern searched only where its words are finds what the pattern finds everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from motebok.extraction.parse import assemble, minute_taker
from motebok.extraction.parse.case_stream import CASE_NUMBER_RULES
from motebok.extraction.parse.text import finditer_at_words, mask_markup, may_contain
from motebok.extraction.parse.vocabulary import SITE_BOILERPLATE_RE, SITE_BOILERPLATE_WORDS

HERE = Path(__file__).parent
REAL = HERE.parents[1] / ".." / "shared" / "extraction" / "real" / "docs"

# Each pattern with the words it is searched at, and a text for every way it can start.
GUARDED = [
    (
        minute_taker._AUTHOR_RE,
        minute_taker._AUTHOR_WORDS,
        "Oppsummering ved Kari Moe\nSAMANDRAG v/ Per Lund\nsammendrag ved Åse Vik\nNotat ved Ola Li\n"
        "Oppsummert av Kari Moe\nnotert av Per Lund\nReferert av Åse Vik\nFor referatet: Ola Li\n"
        "  \tRef. Kari Moe\nMøtet slutta. \t Referent: Per Lund\nSlutt! Referat skrevet av Åse Vik",
    ),
    (
        SITE_BOILERPLATE_RE,
        SITE_BOILERPLATE_WORDS,
        'Save this PDF as: WORD  PNG TXT JPG Størrelse: px Begynne med side: Download "MØTEBOK"\n'
        "TRANSKRIPT skip to main content Søkeresultat på Loading...",
    ),
    (
        assemble._PROSE_CHAIR_RE,
        assemble._PROSE_CHAIR_WORDS,
        "Møtet ble ledet av Kari Moe\nMØTET VART LEIA AV Per Lund\nOrdstyrer var Åse Vik\nordstyrar var Ola Li\n"
        "Møteleder var Kari Moe\nMøteleiar var Per Lund",
    ),
    *(
        (rule.pattern, rule.words, "Behandling av sak 14/2026\nHANDSAMING  av sak 3/21")
        for rule in CASE_NUMBER_RULES
        if rule.words
    ),
]
NAMES = ["author line", "site boilerplate", "chair in prose", "protocol of one case"]
# Letters that a case-insensitive pattern reads as "i" or "s" and str.lower() does not.
ODD_LETTERS = "Oppſummering ved Kari Moe. TRANSKRİPT Referert av Åse Vik, ſave this PDF as WORD PNG"


def _texts() -> list[str]:
    real = [mask_markup(path.read_text("utf-8", errors="replace")) for path in sorted(REAL.glob("*"))]
    return [*real, *(example for _, _, example in GUARDED), ODD_LETTERS, ODD_LETTERS.lower()]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("pattern", "words"), [(pattern, words) for pattern, words, _ in GUARDED], ids=NAMES)
def test_a_pattern_searched_at_its_words_finds_what_it_finds_everywhere(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    for text in _texts():
        assert _spans(finditer_at_words(pattern, text, words)) == _spans(pattern.finditer(text))
        assert _spans(finditer_at_words(pattern, text, words, 5, 200)) == _spans(
            pattern.finditer(text, 5, 200)
        )
        assert may_contain(text, words) or not pattern.search(text)


@pytest.mark.parametrize(("pattern", "words", "example"), GUARDED, ids=NAMES)
def test_each_example_line_starts_a_pattern_its_own_way(
    pattern: re.Pattern[str], words: tuple[str, ...], example: str
) -> None:
    # So that the texts above try every alternative of the pattern.
    for line in example.splitlines():
        assert pattern.search(line), line


def test_a_word_is_found_in_any_case_and_a_missing_word_is_not() -> None:
    assert may_contain("Referat fra MØTET", ["møtet"])
    assert not may_contain("Referat fra styret", ["møtet", "protokoll"])
    # "ı" is "i" to a case-insensitive pattern: the text is searched in full.
    assert may_contain("Transkrıpt", ["transkript"])
