"""The data migration that turns the labels saved minutes held into codes, whichever written standard saved them."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from motebok.minutes.models import MinutesRevision
from motebok.minutes.services import start_minutes

pytestmark = pytest.mark.django_db

migration = importlib.import_module("motebok.minutes.migrations.0003_revisions_store_choice_codes")


def _revision_as_saved_before(meeting, deadline_kinds: list[str], meeting_format: str) -> MinutesRevision:
    revision = start_minutes(meeting).revisions.get()
    content = {**revision.content, "format": meeting_format}
    content["deadlines"] = [
        {"what": "Frist", "date": "2025-04-20", "kind": kind, "source": "", "case_id": None}
        for kind in deadline_kinds
    ]
    MinutesRevision.objects.filter(pk=revision.pk).update(content=content)
    return revision


def test_labels_in_bokmaal_and_nynorsk_become_codes_and_can_be_turned_back(meeting):
    revision = _revision_as_saved_before(
        meeting, ["høyringsfrist", "Høringsfrist", "Annan frist", "Rapporteringsfrist"], "Fysisk"
    )

    def kinds_and_format() -> tuple[list[str], str]:
        content = MinutesRevision.objects.get(pk=revision.pk).content
        return [d["kind"] for d in content["deadlines"]], content["format"]

    migration.labels_to_codes(apps, None)
    assert kinds_and_format() == (["consultation", "consultation", "other", "reporting"], "physical")
    migration.codes_to_labels(apps, None)
    assert kinds_and_format() == (
        ["Høringsfrist", "Høringsfrist", "Annen frist", "Rapporteringsfrist"],
        "Fysisk",
    )
