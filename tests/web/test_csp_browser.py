"""In headless Chromium: the main pages load under the Content-Security-Policy without a single violation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from motebok.importer.services import stage_upload
from motebok.meetings.models import Case, Meeting
from motebok.registry.models import Body, Membership
from tests.conftest import log_in
from tests.importer.documents import MARCH_SUMMARY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Runs in every page before its own scripts: collects what the browser refused under the policy.
COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


def test_the_main_pages_run_without_csp_violations(page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", no_serve=True)
    body = Body.objects.get(slug="kdk-nordmore")
    secretary = Membership.objects.get(body=body, person__user__username="sekretaer").person.user
    approved = Meeting.objects.filter(body=body, status=Meeting.Status.APPROVED).first()
    start = timezone.now() + dt.timedelta(days=30)
    planned = Meeting.objects.create(body=body, year=start.year, start=start, status=Meeting.Status.PLANNED)
    record = stage_upload(body, "mars.txt", MARCH_SUMMARY.encode(), secretary)
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(COLLECT_VIOLATIONS)

    def visit(path: str) -> None:
        page.goto(live_server.url + path)
        expect(page.locator("main")).to_be_visible()
        assert page.evaluate("window.cspViolations") == [], path

    visit(reverse("front"))
    visit(reverse("search:search") + "?q=budsjett")
    log_in(page, live_server, "sekretaer", "motebok-demo")
    for path in (
        reverse("front"),
        reverse("body", args=[body.slug]),
        reverse("meeting", args=[approved.pk]),
        reverse("case", args=[Case.objects.filter(body=body).first().pk]),
        reverse("minutes:page", args=[approved.pk]),
        reverse("planning:plan", args=[body.slug]),
        reverse("planning:propose", args=[body.slug]),
        reverse("planning:agenda", args=[planned.pk]),
        reverse("importer:upload", args=[body.slug]),
        reverse("history:body", args=[body.slug]),
        reverse("search:search") + "?q=budsjett",
    ):
        visit(path)

    # The review page's script now comes from a static file: a field's link still finds its source.
    visit(reverse("importer:review", args=[record.pk]))
    page.locator("[data-source=kilde-cases-0-title]").click()
    expect(page.locator("#source-text mark.mb-current")).to_contain_text("Informasjons- og oppfølgingsaker")

    # The change page asks before cancelling, from a static file too; saying no cancels nothing.
    visit(reverse("planning:change", args=[planned.pk]))
    questions = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Avlys", exact=True).click()
    expect(page.get_by_role("button", name="Avlys", exact=True)).to_be_visible()
    assert questions == ["Avlyse møtet?"]
    planned.refresh_from_db()
    assert planned.status == Meeting.Status.PLANNED

    assert page.evaluate("window.cspViolations") == []
    assert [text for text in console if "Content Security Policy" in text] == []
