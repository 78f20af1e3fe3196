"""End to end in headless Chromium, from an empty database with one staff user, through Møtebok's own pages only.

Site staff create a programme (in bokmål), its theme, pulje and thematic network, admit two municipalities with
their local projects, and open a reporting round whose deadline has passed. Steinkjer's project leader sets her
password from the invitation, switches to nynorsk, and submits her municipality's report from her own page; the
secretariat sees it and the chart; the reminder digest, through a real SMTP server on loopback, goes only to the
late municipality's project leader. The ORM only reads, to check what the pages did.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from motebok.programmes.models import Programme, Report
from motebok.registry.municipalities import resolve_municipality
from tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LINK = re.compile(r"https?://\S+/konto/passord/\S+/")


def _submit(page, button: str = "main form button[type=submit]") -> None:
    with page.expect_navigation():
        page.click(button)


def _project(page, title: str, leader: str, email: str) -> None:
    page.fill("#id_project-title", title)
    page.select_option("#id_project-theme", label="Sykefravær")
    page.fill("#id_project-leader_name", leader)
    page.fill("#id_project-leader_email", email)
    page.select_option("#id_project-status", "active")
    _submit(page, "form:has(input[value=project]) button[type=submit]")
    expect(page.locator(".ds-alert").first).to_contain_text("Prosjektet er lagret.")


def test_a_programme_is_set_up_reported_on_and_reminded_through_its_pages(page, fresh_instance, smtp):
    live_server = fresh_instance
    today = timezone.localdate()

    # Site staff create the programme from their own page, in bokmål.
    log_in(page, live_server, "admin")
    with page.expect_navigation():
        page.click("a[href='/program/nytt/']")
    page.fill("#id_name", "Saman om ein betre kommune")
    page.fill("#id_start", "2024-01-01")
    page.fill("#id_end", (today + dt.timedelta(days=365)).isoformat())
    page.fill("#id_secretary_name", "Mette Mannsåker")
    page.fill("#id_secretary_email", "mette@example.no")
    _submit(page)
    programme = Programme.objects.get(body__name="Saman om ein betre kommune")
    slug = programme.body.slug
    expect(page.locator("h1")).to_have_text("Temaer og puljer")
    page.fill("#id_theme-name", "Sykefravær")
    _submit(page, "form:has(input[name=theme]) button[type=submit]")
    page.fill("#id_round-name", "Pulje 1")
    page.fill("#id_round-admitted", "2024-01-15")
    _submit(page, "form:has(input[name=round]) button[type=submit]")
    page.goto(f"{live_server.url}/program/{slug}/nytt-nettverk/")
    page.fill("#id_name", "Nettverk nærvær")
    page.select_option("#id_theme", label="Sykefravær")
    page.select_option("#id_round", label="Pulje 1")
    _submit(page)

    for town, title, leader, email in (
        ("Steinkjer", "Nærvær i Steinkjer", "Petra Prosjekt", "petra@steinkjer.example"),
        ("Vefsn", "Friskere Vefsn", "Lars Leder", "lars@vefsn.example"),
    ):
        page.goto(f"{live_server.url}/program/{slug}/deltakere/")
        page.fill("#id_admitted", "2024-01-15")
        page.select_option("#id_organisation", str(resolve_municipality(town, on=today).pk))
        page.select_option("#id_round", label="Pulje 1")
        page.select_option("#id_network", label="Nettverk nærvær")
        _submit(page)
        expect(page.locator("h1")).to_have_text(town)
        _project(page, title, leader, email)

    page.goto(f"{live_server.url}/program/{slug}/rapportering/")
    page.fill("#id_round-title", "Årsrapport")
    page.fill("#id_round-deadline", (today - dt.timedelta(days=1)).isoformat())
    page.fill("#id_question-0-text", "Hva er gjort i prosjektet?")
    _submit(page)
    expect(page.locator("h1")).to_have_text("Årsrapport")
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")

    # Steinkjer's project leader sets her password from the invitation and reports in nynorsk.
    page.goto(LINK.search(smtp.to("petra@steinkjer.example")[-1].get_body(("plain",)).get_content()).group(0))
    page.fill("#id_new_password1", "Saman-om-2031!")
    page.fill("#id_new_password2", "Saman-om-2031!")
    _submit(page)
    with page.expect_navigation():
        page.click("button[name=language][value=nn]")
    expect(page.locator("h1")).to_have_text("Mi side")
    with page.expect_navigation():
        page.click("a[href='/program/mine-rapporter/']")
    expect(page.locator("h1")).to_have_text("Rapportane mine")
    with page.expect_navigation():
        page.click("main a.ds-link")
    page.fill("main textarea", "Vi har kartlagt nærværet og halde ein temadag.")
    _submit(page, "button[name=submit]")
    expect(page.locator(".ds-alert").first).to_have_text("Rapporten er levert.")
    report = Report.objects.get(participant__organisation__name="Steinkjer")
    assert report.status == "submitted" and report.submitted_by.name == "Petra Prosjekt"
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")

    # The secretariat sees who delivered and who is late, and the chart.
    log_in(page, live_server, "admin")
    page.goto(f"{live_server.url}/program/rapportering/{report.reporting_round_id}/")
    expect(page.locator("main table")).to_contain_text("Levert")
    expect(page.locator("main table")).to_contain_text("Forseinka")
    expect(page.locator("figure svg[role=img] rect")).to_have_count(2)
    with page.expect_navigation():
        page.click(f"main table a[href='/program/rapport/{report.pk}/']")
    expect(page.locator("main")).to_contain_text("Vi har kartlagt nærværet og halde ein temadag.")

    # The daily digest goes to the late municipality's project leader only.
    smtp.messages.clear()
    call_command("send-reminders")
    assert [m["X-Envelope-To"] for m in smtp.messages] == ["lars@vefsn.example"]
    assert "Årsrapport for Vefsn" in smtp.messages[0].get_content()
