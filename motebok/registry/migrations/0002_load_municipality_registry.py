from django.db import migrations


def load(apps, schema_editor):
    from motebok.registry.municipalities import load_registry

    load_registry(apps.get_model("registry", "Organisation"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
