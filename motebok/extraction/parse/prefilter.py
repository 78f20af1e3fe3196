"""What a pattern needs written: the literal words every match holds, read from the pattern itself.

Python's `re` skips ahead to a pattern's first letter only when the pattern opens with a plain letter or a
class of letters; one that opens with a look-behind ("(?<![\\w-])Til stede") is tried at every offset of the
text. Looking for the words first is far cheaper: `could_match` says False only when no match can exist.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # the parse tree of Python's own pattern compiler
from re import _parser

from .text import ODD_CASES, lowered

# Shorter words are in most texts and would only cost the look.
_MIN_LENGTH = 3
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# Every match holds at least one of these words; a word read in any case (True) is looked for in lower case.
Need = frozenset[tuple[str, bool]]
# Letters a case-insensitive pattern reads as their lower case: no other letter matches them but "İ", "ı" and "ſ".
_FOLDED = frozenset("abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def could_match(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Return False when `pattern` cannot match in text[pos:endpos] for want of a word it needs."""
    end = len(text) if endpos is None else endpos
    folded_text = None
    for need in needed_words(pattern):
        for word, folded in need:
            if not folded:
                if text.find(word, pos, end) >= 0:
                    break
                continue
            if folded_text is None:
                folded_text = lowered(text)
                if len(folded_text) != len(text) or any(odd in text for odd in ODD_CASES):
                    return True  # lower() moved the offsets or missed a letter the pattern reads
            if folded_text.find(word, pos, end) >= 0:
                break
        else:
            return False
    return True


@functools.cache
def needed_words(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Return sets of words such that every match of `pattern` holds a word of each set (case as written)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern the parser of another Python version reads differently: no shortcut
        return ()
    needs = _needs(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    useful = [need for need in needs if _shortest(need) >= _MIN_LENGTH]
    return tuple(sorted(useful, key=lambda need: -_shortest(need))[:2])


def _needs(items: list, ignore_case: bool) -> list[Need]:
    """Needs of a sequence: each run of plain letters, and what each group, choice or repeat needs."""
    needs: list[Need] = []
    run: list[str] = []
    run_folded = False

    def flush() -> None:
        if run:
            needs.append(frozenset([("".join(run), run_folded)]))
            run.clear()

    for op, argument in items:
        if op is sre.LITERAL:
            char = chr(argument)
            uncased = char.lower() == char.upper()  # ":", a digit, a space: itself in any case
            if not ignore_case or uncased or char in _FOLDED:
                folded = ignore_case and not uncased
                if run and folded != run_folded and not uncased:
                    flush()
                if not run:
                    run_folded = folded
                run.append(char.lower() if run_folded else char)
                continue
        flush()
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = argument
            inner_case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            needs += _needs(list(inner), inner_case)
        elif op is sre.ATOMIC_GROUP:
            needs += _needs(list(argument), ignore_case)
        elif op in _REPEATS and argument[0] >= 1:
            needs += _needs(list(argument[2]), ignore_case)
        elif op is sre.BRANCH:
            choices = [_best(_needs(list(branch), ignore_case)) for branch in argument[1]]
            if all(choices):
                needs.append(frozenset().union(*choices))
        # Anything else (a class, a look-around, an anchor, a back-reference) needs no particular word.
    flush()
    return needs


def _shortest(need: Need) -> int:
    return min(len(word) for word, _ in need)


def _best(needs: list[Need]) -> Need:
    return max(needs, key=_shortest, default=frozenset())
