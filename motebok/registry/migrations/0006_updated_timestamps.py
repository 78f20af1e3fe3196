# Each row's last change, for the API's updated_since filter; existing rows get the time of the migration.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0005_body_publishes_online_link"),
    ]

    operations = [
        migrations.AddField(
            model_name="body",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="mandate",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="membership",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="person",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="historicalmembership",
            name="updated",
            field=models.DateTimeField(blank=True, default=django.utils.timezone.now, editable=False, verbose_name="sist endret"),
            preserve_default=False,
        ),
    ]
