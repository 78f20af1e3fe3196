"""In headless Chromium: add a case and remove a person on the review page, with htmx, and save."""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from motebok.importer.services import stage_upload
from motebok.meetings.models import Meeting
from tests.conftest import log_in
from tests.importer.documents import MARCH_SUMMARY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_secretary_adds_a_case_and_removes_a_person_without_reloading(
    page, live_server, world, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    record = stage_upload(world.network, "mars.txt", MARCH_SUMMARY.encode(), world.users["sara"])
    log_in(page, live_server, "sara")
    page.goto(live_server.url + reverse("importer:review", args=[record.pk]))
    page.fill("#id_meeting-place", "Tingvoll gard")
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_role("button", name="Legg til sak").click()

    expect(page.locator("#id_cases-2-number")).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page.locator("#id_meeting-place")).to_have_value("Tingvoll gard")
    page.fill("#id_cases-2-number", "16-22")
    page.fill("#id_cases-2-title", "Budsjett 2023")
    # The rows swapped in still lead to their source in the text.
    page.locator("#rader-cases [data-source=kilde-cases-0-title]").click()
    expect(page.locator("#source-text mark.mb-current")).to_contain_text("Informasjons- og oppfølgingsaker")
    wrong = page.locator(".mb-review-row").filter(has=page.locator("input[value='Håvard Sagli']"))
    wrong.get_by_label("Fjern").check()

    # Enter in a field saves the review; it does not add yet another row.
    page.locator("#id_cases-2-title").press("Enter")

    expect(page.get_by_text("mars.txt er importert.")).to_be_visible()
    meeting = Meeting.objects.get(body=world.network)
    assert meeting.place == "Tingvoll gard"
    assert sorted(meeting.agenda.values_list("case__sequence", flat=True)) == [14, 15, 16]
    assert not meeting.attendance.filter(person__name="Håvard Sagli").exists()
