"""The search index's background task: building it anew (after a restore, or an upgrade that changes it)."""

from __future__ import annotations

from motebok.search.indexing import rebuild
from motebok.tasks import task


@task()
def rebuild_index() -> int:
    """Build the search index anew from every case, meeting and document; return the number of rows."""
    return rebuild()
