# Each row's last change, for the API's updated_since filter; existing rows get the time of the migration.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0004_document_follows_case"),
    ]

    operations = [
        migrations.AddField(
            model_name="document",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
    ]
