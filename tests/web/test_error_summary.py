"""The error summary: a form that comes back with errors lists them at the top, each linking to its field."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from motebok.importer.models import ImportRecord


def summary_links(page: str) -> list[tuple[str, str]]:
    summary = re.search(r'<div class="ds-error-summary[^"]*" tabindex="-1"[^>]*>(.*?)</div>', page, re.S)
    assert summary, "the page has an error summary"
    return re.findall(r'<a class="ds-link" href="#([^"]+)">([^<]+)</a>', summary.group(1))


def test_an_empty_login_says_both_fields_are_required_not_that_the_password_is_wrong(client, db):
    page = client.post(reverse("login"), {"username": "", "password": ""}).content.decode()
    assert summary_links(page) == [
        ("id_username", "Brukernavn: Feltet er påkrevet."),
        ("id_password", "Passord: Feltet er påkrevet."),
    ]
    assert "er feil" not in page
    username = re.search(r'<input [^>]*id="id_username"[^>]*>', page).group(0)
    assert 'aria-invalid="true"' in username and 'aria-describedby="id_username_error"' in username


def test_a_wrong_password_says_so_and_links_to_the_user_name(world, client):
    page = client.post(reverse("login"), {"username": "mona", "password": "feil"}).content.decode()
    assert summary_links(page) == [("id_username", "Brukernavn eller passord er feil.")]


def test_a_page_without_errors_has_no_summary(client, db):
    assert "ds-error-summary" not in client.get(reverse("login")).content.decode()


def test_an_upload_without_a_file_says_which_field_needs_one(world):
    client = world.client_for(world.secretary)
    response = client.post(reverse("importer:upload", args=[world.network.slug]), {})
    assert response.status_code == 200
    assert summary_links(response.content.decode()) == [
        ("id_files", "Dokumenter: Velg minst én fil å laste opp.")
    ]
    assert not ImportRecord.objects.exists()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_failed_submit_puts_focus_on_the_summary_and_its_links_on_the_fields(page, live_server):
    page.goto(f"{live_server.url}{reverse('login')}")
    page.fill("#id_username", "mona")
    page.click("main button[type=submit]")
    summary = page.locator(".ds-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Passord: Feltet er påkrevet.")
    summary.get_by_role("link").click()
    expect(page.locator("#id_password")).to_be_focused()
