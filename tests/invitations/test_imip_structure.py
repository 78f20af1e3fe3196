"""The invitation e-mail is shaped as calendar clients expect an iMIP message (RFC 6047)."""

from __future__ import annotations

import pytest

from motebok.invitations import services
from tests.invitations.conftest import calendar_of

pytestmark = pytest.mark.django_db


def _alternative_parts(message) -> list[str]:
    alternative = next(p for p in message.walk() if p.get_content_type() == "multipart/alternative")
    return [part.get_content_type() for part in alternative.get_payload()]


def test_it_puts_the_calendar_beside_the_text_with_the_method_of_its_content(world, smtp, meeting):
    services.send_invitation(meeting, sent_by=world.secretary)
    message = smtp.to("mona@example.no")[-1]

    assert _alternative_parts(message) == ["text/plain", "text/html", "text/calendar"]
    part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == str(calendar_of(message)["METHOD"]) == "REQUEST"
    assert part.get_content_disposition() is None
    attachments = [
        p.get_content_type() for p in message.walk() if p.get_content_disposition() == "attachment"
    ]
    assert attachments == [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
