"""Every table's rows and every uploaded file of a site, as checksums to compare two sites by."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from django.db import connection


def _plain(value):
    return bytes(value) if isinstance(value, memoryview) else value


def snapshot() -> dict:
    tables = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(tuple(_plain(v) for v in row)) for row in cursor.fetchall())
            tables[table] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()]
    media = Path(settings.MEDIA_ROOT)
    files = {
        p.relative_to(media).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(media.rglob("*"))
        if p.is_file()
    }
    return {"tables": tables, "files": files}
