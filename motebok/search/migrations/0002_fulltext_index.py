"""The full-text index over search_entry: FTS5 with triggers on SQLite, a tsvector column with GIN on PostgreSQL.

Django's SQLite schema editor rebuilds a table to alter it, which drops its triggers: a later migration that
alters search_entry must recreate them.
"""

from django.db import migrations

from motebok.search.operations import VendorSQL

FTS_COLUMNS = "title, label, text"

SQLITE = [
    # remove_diacritics 0 keeps æ, ø and å apart from a, o and e. Prefix indexes up to 8 letters: a common
    # stem like "helse" otherwise expands to thousands of compounds (6x slower on the benchmark, half the size).
    f"""CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        {FTS_COLUMNS}, content='search_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6 7 8'
    )""",
    f"""CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_entry BEGIN
        INSERT INTO search_entry_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, new.title, new.label, new.text);
    END""",
    f"""CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, old.title, old.label, old.text);
    END""",
    f"""CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_entry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.id, old.title, old.label, old.text);
        INSERT INTO search_entry_fts(rowid, {FTS_COLUMNS}) VALUES (new.id, new.title, new.label, new.text);
    END""",
    "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')",
]
SQLITE_REVERSE = [
    "DROP TRIGGER search_entry_fts_update",
    "DROP TRIGGER search_entry_fts_delete",
    "DROP TRIGGER search_entry_fts_insert",
    "DROP TABLE search_entry_fts",
]

POSTGRESQL = [
    # Titles and case numbers weigh more than body text when ranking.
    """ALTER TABLE search_entry ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('norwegian'::regconfig, title), 'A')
        || setweight(to_tsvector('norwegian'::regconfig, label), 'A')
        || setweight(to_tsvector('norwegian'::regconfig, text), 'B')
    ) STORED""",
    "CREATE INDEX search_entry_vector ON search_entry USING GIN (vector)",
]
POSTGRESQL_REVERSE = [
    "DROP INDEX search_entry_vector",
    "ALTER TABLE search_entry DROP COLUMN vector",
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        VendorSQL("sqlite", SQLITE, SQLITE_REVERSE),
        VendorSQL("postgresql", POSTGRESQL, POSTGRESQL_REVERSE),
    ]
