# Each row's last change, for the API's updated_since filter; existing rows get the time of the migration.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_meeting_kind_address_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="meeting",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="case",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="agendaitem",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="actionitem",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="deadline",
            name="updated",
            field=models.DateTimeField(auto_now=True, verbose_name="sist endret"),
        ),
        migrations.AddField(
            model_name="historicalcase",
            name="updated",
            field=models.DateTimeField(blank=True, default=django.utils.timezone.now, editable=False, verbose_name="sist endret"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="historicalagendaitem",
            name="updated",
            field=models.DateTimeField(blank=True, default=django.utils.timezone.now, editable=False, verbose_name="sist endret"),
            preserve_default=False,
        ),
    ]
