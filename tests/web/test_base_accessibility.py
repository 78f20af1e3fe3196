"""The frame around every page: language, skip link, landmarks and visible keyboard focus."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.conftest import log_in


def test_every_page_names_its_language_and_has_a_skip_link_to_main(world, client):
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})
    page = client.get(world.network.get_absolute_url()).content.decode()
    assert '<html lang="nn"' in page
    body = page[page.index("<body") :]
    first_link = re.search(r"<a [^>]*>", body).group(0)
    assert 'class="ds-skip-link"' in first_link and 'href="#innhold"' in first_link
    assert '<main id="innhold"' in page


def test_the_page_has_banner_navigation_search_and_main_landmarks(world, client):
    page = client.get(world.network.get_absolute_url()).content.decode()
    assert page.count("<header") == 1 and page.count("<main") == 1
    assert re.search(r'<nav class="mb-nav" aria-label="[^"]+"', page)
    assert re.search(r'<nav class="mb-breadcrumbs" aria-label="[^"]+"', page)
    assert 'role="search"' in page


def test_the_error_page_speaks_the_chosen_language(client, db):
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})
    page = client.get("/mote/999999/").content.decode()
    assert '<html lang="nn"' in page
    assert "<title>" in page and "<h1" in page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_skip_link_appears_on_tab_and_moves_focus_to_the_content(world, page, live_server):
    log_in(page, live_server, "mona")
    page.goto(f"{live_server.url}{world.network.get_absolute_url()}")
    skip = page.locator("a.ds-skip-link")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["width"] > 50, "the skip link is visible once focused"
    page.keyboard.press("Enter")
    expect(page.locator("main#innhold")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("main#innhold a").first).to_be_focused()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_keyboard_focus_is_visible_on_links_inside_and_outside_designsystemet(world, page, live_server):
    page.goto(f"{live_server.url}{world.network.get_absolute_url()}")
    for selector in ("a.mb-brand", "main a.ds-link >> nth=0"):
        link = page.locator(selector)
        link.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        expect(link).to_be_focused()
        style, width = link.evaluate(
            "e => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]"
        )
        # Designsystemet's ring is 3 px; the browser's own thin default is easy to miss.
        assert style == "solid" and float(width.removesuffix("px")) >= 2, (selector, style, width)


def test_the_login_page_does_not_link_to_itself(client, db):
    page = client.get(reverse("login")).content.decode()
    assert "?next=/konto/logg-inn/" not in page
    assert f"{reverse('login')}?next=/" in client.get(reverse("front")).content.decode()


def test_the_language_is_changed_by_a_button_not_by_moving_through_a_list(client, db):
    page = client.get("/").content.decode()
    switcher = page[page.index('class="mb-inline mb-language"') :]
    switcher = switcher[: switcher.index("</form>")]
    assert "onchange" not in switcher and "<select" not in switcher
    assert re.search(r'<button [^>]*name="language" value="nn" lang="nn">Norsk nynorsk</button>', switcher)
    client.post(reverse("set_language"), {"language": "nn", "next": "/"})
    assert 'value="nb" lang="nb">Norsk bokmål</button>' in client.get("/").content.decode()


def test_the_not_found_and_forbidden_pages_offer_search_and_the_other_language(world, client):
    not_found = client.get("/mote/999999/")
    forbidden = world.client_for(world.member).get(reverse("importer:upload", args=[world.network.slug]))
    for response, status in ((not_found, 404), (forbidden, 403)):
        page = response.content.decode()
        assert response.status_code == status
        assert 'role="search"' in page and 'id="sok-q" name="q"' in page
        assert 'name="language" value="nn" lang="nn">Norsk nynorsk</button>' in page
        assert "vendor/inter/400.css" in page


def test_every_page_and_the_error_page_link_an_icon_that_is_served(world, client):
    for path in (world.network.get_absolute_url(), "/mote/999999/"):
        page = client.get(path).content.decode()
        icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page).group(1)
        response = client.get(icon)
        assert response.status_code == 200, path
        assert b"<svg" in b"".join(response.streaming_content)
