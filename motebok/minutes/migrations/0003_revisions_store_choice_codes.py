"""Saved minutes keep a deadline's kind and the meeting's form as codes, not as labels in the language of whoever
saved them; the label is given as the minutes are read, in the reader's written standard."""

from django.db import migrations

# The labels saved so far, in bokmål and nynorsk, as the catalogue had them (lower-cased), and their codes.
DEADLINE_KINDS = {
    "høringsfrist": "consultation",
    "høyringsfrist": "consultation",
    "rapporteringsfrist": "reporting",
    "annen frist": "other",
    "annan frist": "other",
}
FORMATS = {"fysisk": "physical", "digitalt": "digital", "hybrid": "hybrid"}
# Back to bokmål labels, as the code before this migration wrote them.
DEADLINE_LABELS = {"consultation": "Høringsfrist", "reporting": "Rapporteringsfrist", "other": "Annen frist"}
FORMAT_LABELS = {"physical": "Fysisk", "digital": "Digitalt", "hybrid": "Hybrid"}


def _recode(apps, kinds, formats):
    revisions = apps.get_model("minutes", "MinutesRevision")
    for revision in revisions.objects.iterator():
        content = revision.content
        before = repr(content)
        if "format" in content:
            content["format"] = formats.get(str(content["format"]).lower(), content["format"])
        for deadline in content.get("deadlines", []):
            deadline["kind"] = kinds.get(str(deadline["kind"]).lower(), deadline["kind"])
        if repr(content) != before:
            # A revision is a record of history that the model refuses to save again; this corrects its form only.
            revisions.objects.filter(pk=revision.pk).update(content=content)


def labels_to_codes(apps, schema_editor):
    _recode(apps, DEADLINE_KINDS, FORMATS)


def codes_to_labels(apps, schema_editor):
    _recode(apps, DEADLINE_LABELS, FORMAT_LABELS)


class Migration(migrations.Migration):
    dependencies = [("minutes", "0002_reminderstop")]

    operations = [migrations.RunPython(labels_to_codes, codes_to_labels)]
