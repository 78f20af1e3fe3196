"""End to end in headless Chromium: a member answers the invitation through the personal link in the e-mail.

Runs once in bokmål and once with nynorsk chosen in the header's language switcher. Selectors follow the
pages' structure, not their words.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from motebok.invitations import services
from motebok.meetings.models import Attendance
from tests.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _language(page) -> str:
    return page.locator("html").get_attribute("lang")


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_it_takes_a_members_answer_through_the_link_in_the_email(
    page, live_server, world, meeting, smtp, language
):
    services.send_invitation(meeting, world.secretary)
    plain = smtp.to("mona@example.no")[0].get_body(("plain",)).get_content()
    answer_path = re.search(r"/innkalling/svar/[\w-]+/", plain).group(0)

    page.goto(live_server.url + answer_path)
    if language != "nb":
        with page.expect_navigation():
            page.click(f"form.mb-language button[value={language}]")
    assert _language(page) == language
    assert page.locator("form input[type=radio]").count() == 3
    page.check("input[type=radio][value=substitute]")
    page.fill("#id_substitute_name", "Siri Stedfortreder")
    with page.expect_navigation():
        page.click("main form button[type=submit]")

    assert _language(page) == language
    assert page.locator("#current-answer").is_visible()
    substitute = Attendance.objects.get(meeting=meeting, status=Attendance.Status.SUBSTITUTE)
    assert (substitute.person.name, substitute.substitute_for) == ("Siri Stedfortreder", world.member)

    log_in(page, live_server, "sara")
    page.goto(live_server.url + reverse("invitations:meeting", args=[meeting.pk]))
    assert _language(page) == language
    row = page.locator("#answers tr[data-response=substitute]")
    assert row.count() == 1 and "Siri Stedfortreder" in row.inner_text()
