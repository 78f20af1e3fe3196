"""The demo's part in search: the index is filled by signals as the demo is built; rebuild it to be sure."""

from __future__ import annotations

from motebok.search.indexing import rebuild


def extend(demo) -> None:
    rebuild()
