"""End to end in headless Chromium: plan a year, propose a case, accept it and build the agenda.

Runs once in bokmål and once with nynorsk chosen in the header's language switcher. Selectors follow the
pages' structure, not their words, so the same steps work whatever the translation says.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from motebok.meetings.models import AgendaItem, Case, Meeting
from tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _log_out(page) -> None:
    with page.expect_navigation():
        page.click("form[action='/konto/logg-ut/'] button")


def _choose_language(page, language: str) -> None:
    with page.expect_navigation():
        page.click(f"form.mb-language button[value={language}]")


def _expect_language(page, language: str) -> None:
    expect(page.locator("html")).to_have_attribute("lang", language)


def _follow(page, href: str) -> None:
    """Click the link to href and wait for its page, so that the next step reads the new page."""
    with page.expect_navigation():
        page.click(f"a[href='{href}']")


def _secretariat_year(page, live_server, world, language: str) -> None:
    body_url = live_server.url + world.network.get_absolute_url()
    log_in(page, live_server, "sara")
    page.goto(body_url)
    if language != "nb":
        _choose_language(page, language)
    _expect_language(page, language)

    # The secretary proposes next year's plan and accepts it as it stands.
    _follow(page, reverse("planning:plan", args=[world.network.slug]))
    page.click("button[value=propose]")
    expect(page.locator("tr.mb-plan-item[data-kind=digital]")).to_have_count(11)
    expect(page.locator("tr.mb-plan-item[data-kind=gathering]")).to_have_count(4)
    page.click("button[value=accept]")
    page.wait_for_url(body_url)
    _expect_language(page, language)
    assert Meeting.objects.filter(body=world.network, status=Meeting.Status.PLANNED).count() == 15
    _log_out(page)

    # A member proposes a case for the first meeting.
    first = Meeting.objects.filter(body=world.network).order_by("start").first()
    log_in(page, live_server, "mona")
    page.goto(body_url)
    _follow(page, reverse("planning:propose", args=[world.network.slug]))
    _expect_language(page, language)
    page.fill("#id_title", "Felles legevakt")
    page.fill("#id_background", "Kommunene vurderer et felles legevaktsamarbeid.")
    page.select_option("#id_wished_meeting", str(first.pk))
    page.click("#proposal-form button[type=submit]")
    page.wait_for_url(body_url)
    case = Case.objects.get(title="Felles legevakt")
    assert case.status == Case.Status.PROPOSED
    _log_out(page)

    # The secretary accepts it and builds the first meeting's agenda.
    log_in(page, live_server, "sara")
    page.goto(body_url)
    _follow(page, reverse("planning:proposals", args=[world.network.slug]))
    page.click(f"tr[data-case='{case.pk}'] button[value=accepted]")
    page.wait_for_selector(f"tr[data-case='{case.pk}'] .ds-tag[data-color=success]")
    page.goto(live_server.url + first.get_absolute_url())
    _follow(page, reverse("planning:agenda", args=[first.pk]))
    _expect_language(page, language)
    assert page.is_checked(f"#case-{case.pk}")
    page.click("button[value=set_up]")
    rows = page.locator("#agenda tr.mb-agenda-item")
    expect(rows).to_have_count(5)
    assert rows.nth(3).locator(".mb-case-title").inner_text() == "Felles legevakt"
    numbers = [rows.nth(i).locator(".mb-case-number").inner_text() for i in range(5)]
    year = first.start.year % 100
    assert numbers == [f"{n}/{year:02}" for n in range(1, 6)]
    assert rows.nth(4).get_attribute("data-standing") == "any_other"
    assert AgendaItem.objects.filter(meeting=first).count() == 5
    _expect_language(page, language)


def test_the_secretariat_year_in_bokmal(helgeland, live_server, page):
    _secretariat_year(page, live_server, helgeland, "nb")


def test_the_secretariat_year_in_nynorsk(helgeland, live_server, page):
    _secretariat_year(page, live_server, helgeland, "nn")
