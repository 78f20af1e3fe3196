"""Turn HTML into plain text: block elements become lines, table rows TAB-separated lines, list items "• ".

Shared by the HTML reader and by the text reader, which meets text files with HTML remnants in them.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import Tag

_DROPPED = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"}
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
}
# Blocks a browser sets apart with a margin; they get a blank line around them, the others a line break.
_PARAGRAPHS = {"blockquote", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul"}
_CELLS = {"td", "th"}
_LINE, _PARAGRAPH = "\n", "\x1d"
_BREAKS = re.compile(r"[ \n\x1d]*[\n\x1d][ \n\x1d]*")
_BULLETS = "•·▪◦‣-–*"
# Tag names that mark a line of a text file as holding HTML remnants; "<https://…>" autolinks are not tags.
_KNOWN_TAGS = "|".join(
    sorted(_BLOCKS | _CELLS | {"a", "b", "br", "em", "font", "i", "span", "strong", "sub", "sup", "u"})
)
_TAG = re.compile(rf"</?(?:{_KNOWN_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_NOT_A_TAG_START = re.compile(rf"<(?!/?(?:{_KNOWN_TAGS})[\s/>]|!--)", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
# BeautifulSoup links every closed element to its last descendant, which costs time in the depth of the tree:
# markup nested thousands deep (hostile, or open tags never closed) would take quadratic time. Tags deeper than
# this are dropped before parsing; their text stays.
MAX_DEPTH = 1000
_ANY_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(/?)>")
_VOID = {
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"source",
    b"wbr",
}


def html_to_text(markup: str | bytes, *, blank_lines: bool = True) -> str:
    """Return the visible text of an HTML document or fragment, paragraphs set apart by blank lines."""
    # Imported here so that a text file without tags never pays for loading BeautifulSoup.
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    soup = BeautifulSoup(_within_depth(markup), "html.parser")
    writer = _Writer()
    # An explicit stack instead of recursion: deeply nested markup must not overflow Python's stack.
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
                writer.text(str(node))
        elif isinstance(node, Tag):
            if leaving:
                writer.leave(node)
            elif node.name not in _DROPPED:
                writer.enter(node)
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
    return writer.result(blank_lines)


def _within_depth(markup: str | bytes) -> str | bytes:
    """Return the markup with the tags nested deeper than MAX_DEPTH removed."""
    data = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    if data.count(b"<") < MAX_DEPTH:
        return markup
    depth, excess, kept, position = 0, 0, [], 0
    for tag in _ANY_TAG.finditer(data):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if self_closing or name in _VOID:
            continue
        if closing and excess:
            excess -= 1
        elif closing:
            depth = max(0, depth - 1)
            continue
        elif depth < MAX_DEPTH:
            depth += 1
            continue
        else:
            excess += 1
        kept.append(data[position : tag.start()])
        position = tag.end()
    if not kept:
        return markup
    flattened = b" ".join([*kept, data[position:]])
    return flattened.decode("utf-8", "surrogatepass") if isinstance(markup, str) else flattened


def has_tag_remnants(text: str) -> bool:
    """Tell whether plain text carries HTML tags left over from a copy or an export."""
    return _TAG.search(text) is not None


def convert_tag_remnants(text: str) -> str:
    """Convert HTML tags inside a text file, keeping its lines and TAB-separated cells."""
    return "\n".join(_convert_line(line) if _TAG.search(line) else line for line in text.split("\n"))


def _convert_line(line: str) -> str:
    cells = (_NOT_A_TAG_START.sub("&lt;", cell) for cell in line.split("\t"))
    # A blank line inside a row would end the row for anyone reading the text line by line.
    return "\t".join(html_to_text(cell, blank_lines=False) if _TAG.search(cell) else cell for cell in cells)


class _Writer:
    """Collect text and line breaks, keeping each table row on one line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.cell_depth = 0
        self.pre_depth = 0
        self.list_counters: list[int | None] = []

    def text(self, value: str) -> None:
        value = value.replace(_PARAGRAPH, " ")
        if self.pre_depth and not self.cell_depth:
            self.parts.append(value)
        else:
            self.parts.append(_SPACES.sub(" ", value))

    def line_break(self, tag_name: str = "br") -> None:
        if self.cell_depth:
            self.parts.append(" ")
        elif tag_name in _PARAGRAPHS and not (tag_name in ("ul", "ol") and self.list_counters):
            self.parts.append(_PARAGRAPH)
        else:
            self.parts.append(_LINE)

    def enter(self, tag: Tag) -> None:
        name = tag.name
        if name == "br":
            self.line_break()
        elif name in _CELLS:
            if tag.find_previous_sibling(_CELLS) is not None:
                self.parts.append("\t")
            self.cell_depth += 1
        elif name in _BLOCKS:
            self.line_break(name)
        if name == "pre":
            self.pre_depth += 1
        elif name in ("ul", "ol"):
            self.list_counters.append(_list_start(tag) if name == "ol" else None)
        elif name == "li":
            self.parts.append(self._list_marker(tag))

    def leave(self, tag: Tag) -> None:
        name = tag.name
        if name in _CELLS:
            self.cell_depth -= 1
        if name == "pre":
            self.pre_depth -= 1
        elif name in ("ul", "ol") and self.list_counters:
            self.list_counters.pop()
        if name in _BLOCKS and name not in _CELLS:
            self.line_break(name)

    def _list_marker(self, item: Tag) -> str:
        counter = self.list_counters[-1] if self.list_counters else None
        if counter is not None:
            self.list_counters[-1] = counter + 1
            return f"{counter}. "
        # Many exports type the bullet into the item as well; one bullet is enough.
        if _first_text(item).lstrip().startswith(tuple(_BULLETS)):
            return ""
        return "• "

    def result(self, blank_lines: bool) -> str:
        def line_ends(run: re.Match[str]) -> str:
            return "\n\n" if blank_lines and _PARAGRAPH in run.group() else "\n"

        text = _BREAKS.sub(line_ends, "".join(self.parts))
        lines = (re.sub(r" *\t *", "\t", re.sub(r" {2,}", " ", line)).strip(" ") for line in text.split("\n"))
        return "\n".join(lines).strip("\n")


def _first_text(tag: Tag, reach: int = 8) -> str:
    """Return the first non-blank text near the start of a tag; get_text() on every nested item is quadratic."""
    for node in islice(tag.descendants, reach):
        if isinstance(node, str) and node.strip():
            return str(node)
    return ""


def _list_start(tag: Tag) -> int:
    start = str(tag.get("start", "1"))
    # A start of thousands of digits is not a list number (and too long for int()); count from 1 instead.
    return int(start) if start.lstrip("-").isdigit() and len(start) <= 9 else 1
