"""The source text with each extracted field's span marked, escaped so no document markup is ever rendered."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def anchor_id(path: str) -> str:
    """The HTML id of the place in the text where a field's source begins."""
    return "kilde-" + re.sub(r"[^a-z0-9]+", "-", path.casefold()).strip("-")


def highlighted(text: str, sources: dict[str, list[int]]) -> SafeString:
    """The text as HTML: <mark> around every field's source, with an anchor where each one starts."""
    spans = {}
    for path, span in sources.items():
        start, end = max(0, int(span[0])), min(len(text), int(span[1]))
        if start < end:
            spans[path] = (start, end)
    points = sorted({0, len(text)} | {p for span in spans.values() for p in span})
    starts: dict[int, list[str]] = {}
    for path, (start, _) in spans.items():
        starts.setdefault(start, []).append(path)
    parts: list[str] = []
    for left, right in zip(points, points[1:], strict=False):
        parts += [f'<span class="mb-source-anchor" id="{anchor_id(p)}"></span>' for p in starts.get(left, [])]
        covering = [p for p, (start, end) in spans.items() if start <= left and right <= end]
        chunk = escape(text[left:right])
        parts.append(f'<mark title="{escape(", ".join(covering))}">{chunk}</mark>' if covering else chunk)
    return mark_safe("".join(parts))  # noqa: S308 (every piece of text above went through escape)
