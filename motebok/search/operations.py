"""A migration operation for SQL that only one database vendor understands."""

from __future__ import annotations

from django.db import migrations


class VendorSQL(migrations.RunSQL):
    """Run SQL (and its reverse) only on the named database vendor; elsewhere do nothing."""

    def __init__(self, vendor: str, sql, reverse_sql) -> None:
        super().__init__(sql, reverse_sql)
        self.vendor = vendor

    def deconstruct(self):
        name, _args, kwargs = super().deconstruct()
        return name, [], {"vendor": self.vendor, **kwargs}

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)
