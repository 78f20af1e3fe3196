"""Offset-preserving views of a document: markup masked out, lines, trimmed values."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

# Tags that end a block become a line break, so that "<li>a</li><li>b</li>" reads as two lines.
_BREAK_TAGS = {"br", "p", "li", "ul", "ol", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6"}
_MARKUP_RE = re.compile(
    r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>\n]{0,400}?/?>|&(?:nbsp|amp|lt|gt|quot|shy|#\d{1,5});"
    r"|\*\*|__|\[bookmark:[^\]\n]*\]|(?m:^)#{1,6}(?=[ \t])",
    re.S,
)
# Bold runs are headings and labels; the bound keeps an opening tag that is never closed from making the search
# reach to the end of the text from every later tag (quadratic).
_BOLD_RE = re.compile(r"\*\*(.{1,500}?)\*\*|<(b|strong)\b[^>]{0,400}>(.{0,500}?)</\2>", re.S | re.I)
_ENTITY_CHARS = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"'}
_EDGE = " \t\r\n\u00a0-–—•·*▪●◦>:;,|"
_CELL_SPLIT_RE = re.compile(r"\s{2,}|\s\|\s")
_TAB_RE = re.compile(r"\t")
_LINE_BREAK_RE = re.compile(r"[\n\f]")
_TABLE_RULE_RE = re.compile(r"^[\s|:+=-]+$")
# Letters that a case-insensitive pattern takes for "i" or "s" although str.lower() does not make them one.
ODD_CASES = ("İ", "ı", "ſ")
# A line at least this long that goes on in the next line was wrapped by the page, not ended by the writer.
WRAPPED_WIDTH = 60


class Found(NamedTuple):
    """A value as extracted, with its character span in the document."""

    value: str
    start: int
    end: int


class Line:
    """One line of the masked text, with its offsets; compared and hashed by identity."""

    __slots__ = ("start", "end", "text", "blank", "_trimmed")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.blank = not text.strip()
        self._trimmed: Found | None = None

    def trimmed(self) -> Found:
        """Return the line without bullets, padding and trailing colons."""
        if self._trimmed is None:
            self._trimmed = trim(self.text, self.start)
        return self._trimmed


def mask_markup(text: str) -> str:
    """Blank out HTML tags, entities and bold markers without moving any other character."""

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in _ENTITY_CHARS:
            return _ENTITY_CHARS[token].ljust(len(token))
        tag = (match.group(2) or "").lower()
        if tag in _BREAK_TAGS:
            return "\n" + " " * (len(token) - 1)
        return " " * len(token)

    return _MARKUP_RE.sub(blank, text)


def bold_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of text written in bold (**x** or <b>x</b>)."""
    spans = []
    for match in _BOLD_RE.finditer(text):
        group = 1 if match.group(1) is not None else 3
        spans.append((match.start(group), match.end(group)))
    return spans


def split_lines(text: str) -> list[Line]:
    """Split text into lines that remember their offsets; a page break (form feed) ends a line too."""
    lines, pos = [], 0
    for raw in _LINE_BREAK_RE.split(text):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def trim(segment: str, offset: int, edge: str = _EDGE) -> Found:
    """Strip bullets and padding from a segment found at `offset`; collapse inner white space."""
    left = len(segment) - len(segment.lstrip(edge))
    right = len(segment.rstrip(edge))
    if right <= left:
        return Found("", offset + left, offset + left)
    value = " ".join(segment[left:right].split())
    return Found(value, offset + left, offset + right)


def found_in(text: str, start: int, end: int) -> Found:
    """Return the trimmed value of text[start:end]."""
    return trim(text[start:end], start)


def table_cells(line: Line) -> list[Found]:
    """Split a table row into cells at tabs, or else at runs of spaces and " | " pipes."""
    tabbed = "\t" in line.text
    # A leading tab marks an empty first cell; leading spaces are only indentation.
    cells, pos = [], 0 if tabbed else len(line.text) - len(line.text.lstrip())
    splitter = _TAB_RE if tabbed else _CELL_SPLIT_RE
    for m in splitter.finditer(line.text):
        cells.append(trim(line.text[pos : m.start()], line.start + pos))
        pos = m.end()
    cells.append(trim(line.text[pos:], line.start + pos))
    return cells


def has_cell_breaks(text: str) -> bool:
    """Tell cheaply whether a line could be a table row: it has a tab, a run of spaces or a " | " pipe."""
    # Substring tests: far cheaper than a pattern on long prose lines.
    return "\t" in text or "  " in text or " | " in text


def is_table_rule(line: Line) -> bool:
    """Return True for a ruled line between a table's header and rows ("|---|---|")."""
    return not line.blank and bool(_TABLE_RULE_RE.match(line.text))


def may_contain(text: str, words: Iterable[str]) -> bool:
    """Tell cheaply whether `text` holds one of `words` (lower case) in any case: False only if none is there.

    A case-insensitive pattern gets no fast skip to its first letter from Python's `re` and tries every offset;
    a pattern that needs one of a few words is asked only when this says one is there.
    """
    folded = lowered(text)
    return any(word in folded for word in words) or any(odd in text for odd in ODD_CASES)


def finditer_at_words(
    pattern: re.Pattern[str], text: str, words: Iterable[str], pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """Yield what `pattern.finditer(text, pos, endpos)` yields, trying the pattern only where one of `words` (lower
    case, found in any case) starts, or at the spaces and tabs before it.

    For a pattern whose every match starts there and is not empty. Python's `re` tries a case-insensitive pattern,
    or one that opens with a look-behind or a line start, at every offset of a long text; a word is found far faster.
    """
    endpos = len(text) if endpos is None else min(endpos, len(text))
    folded = lowered(text)
    if len(folded) != len(text) or any(odd in text for odd in ODD_CASES):
        yield from pattern.finditer(text, pos, endpos)  # lower() moved or missed a letter the pattern reads
        return
    starts = set()
    for word in words:
        at = folded.find(word, pos, endpos)
        while at >= 0:
            starts.add(at)
            blank = at
            while blank > pos and text[blank - 1] in " \t":
                blank -= 1
            starts.add(blank)
            at = folded.find(word, at + 1, endpos)
    end = pos
    for start in sorted(starts):
        if start >= end and (m := pattern.match(text, start, endpos)):
            yield m
            end = m.end()


@functools.lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """Return text in lower case, kept for the few texts asked last (a document is asked many times)."""
    return text.lower()
