"""Every field of the minutes editor has a label that a screen reader announces."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class _Fields(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[str] = []
        self.labelled: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "label" and attributes.get("for"):
            self.labelled.add(attributes["for"])
        elif tag in {"input", "select", "textarea"} and attributes.get("type") not in {"hidden", "submit"}:
            self.inputs.append(attributes.get("id") or f"<{tag} name={attributes.get('name')}>")


def test_it_labels_every_field_of_the_editor(world, meeting):
    sara = world.client_for(world.secretary)
    sara.post(f"/protokoll/mote/{meeting.pk}/skriv/", {"start": ""})
    page = sara.get(f"/protokoll/mote/{meeting.pk}/skriv/").content.decode()
    fields = _Fields()
    fields.feed(page)

    assert len(fields.inputs) > 20
    assert [field for field in fields.inputs if field not in fields.labelled] == []
