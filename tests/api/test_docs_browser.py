"""In headless Chromium: the API's documentation page shows the operations under the site's CSP, with no CDN."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.test_csp_browser import COLLECT_VIOLATIONS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_documentation_page_lists_the_operations_without_csp_violations(page, live_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.add_init_script(COLLECT_VIOLATIONS)
    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.get_by_text("Møtebok API").first).to_be_visible()
    expect(page.get_by_text("/api/v1/cases/{id}").first).to_be_visible()
    assert page.evaluate("window.cspViolations") == []
    assert all(url.startswith(live_server.url) or url.startswith("data:") for url in requested), requested
