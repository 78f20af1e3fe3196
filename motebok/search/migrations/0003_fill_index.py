"""Fill the search index from the cases, meetings and documents already stored."""

from django.db import migrations


def fill_index(apps, schema_editor):
    # The index is derived data, built by the same code that keeps it in step later. A fresh database has
    # nothing to index, so this reads the live models only where there is something to read.
    sources = [("meetings", "Case"), ("meetings", "Meeting"), ("documents", "Document")]
    if not any(apps.get_model(app, model).objects.exists() for app, model in sources):
        return
    from motebok.search.indexing import rebuild

    rebuild()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext_index")]

    operations = [migrations.RunPython(fill_index, migrations.RunPython.noop)]
