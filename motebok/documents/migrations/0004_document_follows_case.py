from django.db import migrations, models


def follow_cases(apps, schema_editor):
    # Documents were filed as open by default; from now on that default means "as the case".
    apps.get_model("documents", "Document").objects.filter(access="open").update(access="case")


def back_to_open(apps, schema_editor):
    apps.get_model("documents", "Document").objects.filter(access="case").update(access="open")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_document_is_published"),
    ]

    operations = [
        migrations.AlterField(
            model_name="document",
            name="access",
            field=models.CharField(
                choices=[("case", "Som saken"), ("open", "Offentlig"), ("exempt", "Unntatt offentlighet")],
                default="case",
                max_length=10,
                verbose_name="offentlighet",
            ),
        ),
        migrations.RunPython(follow_cases, back_to_open),
    ]
