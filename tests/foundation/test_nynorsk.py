"""The interface in nynorsk: pages switch målform, and the catalogue is complete and compiled."""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.urls import reverse

from motebok.registry.models import Body, Mandate, Membership
from tests.conftest import make_person

CATALOGUE = Path(__file__).resolve().parents[2] / "motebok" / "locale" / "nn" / "LC_MESSAGES"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@dataclass(frozen=True)
class Entry:
    msgid: str
    msgctxt: str | None
    msgid_plural: str | None
    msgstrs: list[str]
    fuzzy: bool


def read_po(path: Path) -> list[Entry]:
    """Parse a .po file's entries (header included), keeping flags and all plural forms."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        keyword, fuzzy = None, False
        for line in block.splitlines():
            if line.startswith("#,"):
                fuzzy = "fuzzy" in line
            elif line.startswith('"') and keyword:
                fields[keyword] += ast.literal_eval(line)
            elif line and not line.startswith("#"):
                keyword, value = line.split(" ", 1)
                fields[keyword] = ast.literal_eval(value)
        if "msgid" in fields:
            msgstrs = [value for keyword, value in fields.items() if keyword.startswith("msgstr")]
            entries.append(
                Entry(fields["msgid"], fields.get("msgctxt"), fields.get("msgid_plural"), msgstrs, fuzzy)
            )
    return entries


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return [e for e in read_po(CATALOGUE / "django.po") if e.msgid]


@pytest.fixture
def network(db) -> Body:
    body = Body.objects.create(name="Helseledernettverket", slug="helseledernettverket", is_public=True)
    Mandate.objects.create(
        body=body,
        text="Nettverket samordnar helsetenestene.",
        adopted=dt.date(2022, 1, 10),
        digital_meetings_per_month=2,
    )
    Membership.objects.create(body=body, person=make_person("Kari Nordmann"), role=Membership.Role.CHAIR)
    return body


def pages_in(client, language: str, body: Body) -> str:
    client.post(reverse("set_language"), {"language": language, "next": "/"})
    return (
        client.get(reverse("front")).content.decode()
        + client.get(reverse("body", args=[body.slug])).content.decode()
    )


def test_choosing_nynorsk_shows_the_pages_in_nynorsk(client, network):
    pages = pages_in(client, "nn", network)
    assert pages.count('<html lang="nn"') == 2
    for word in (
        "Hovudmeny",
        "Medlemer",
        "Tidlegare",
        "Leiar",
        "Vedteke",
        "2 digitale møte i månaden",
        "Stadfortredar",
    ):
        assert word in pages, word
    for word in ("Hovedmeny", "Medlemmer", "Tidligere", "Vedtatt", "Stedfortreder"):
        assert word not in pages, word


def test_bokmaal_is_the_default_and_can_be_chosen_back(client, network):
    assert '<html lang="nb"' in client.get(reverse("front")).content.decode()
    pages_in(client, "nn", network)
    pages = pages_in(client, "nb", network)
    assert pages.count('<html lang="nb"') == 2
    for word in ("Hovedmeny", "Medlemmer", "Tidligere", "Leder", "Vedtatt", "2 digitale møter i måneden"):
        assert word in pages, word
    assert "Tidlegare" not in pages and "Medlemer" not in pages


def test_every_message_is_translated_and_none_is_fuzzy(entries):
    assert len(entries) > 300
    assert [e.msgid for e in entries if e.fuzzy] == []
    assert [e.msgid for e in entries if not all(e.msgstrs)] == []
    assert all(len(e.msgstrs) == 2 for e in entries if e.msgid_plural)


def test_translations_keep_their_placeholders(entries):
    changed = [
        e.msgid
        for e in entries
        for source, msgstr in zip([e.msgid, e.msgid_plural or e.msgid], e.msgstrs, strict=False)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(msgstr))
    ]
    assert changed == []


def test_the_compiled_catalogue_matches_the_po_file(entries):
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)._catalog
    stale = []
    for e in entries:
        key = f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt is not None else e.msgid
        if e.msgid_plural:
            found = [catalog.get((key, n)) for n in range(len(e.msgstrs))]
        else:
            found = [catalog.get(key)]
        if found != e.msgstrs:
            stale.append(e.msgid)
    assert stale == []


# The names `makemessages` (xgettext with Django's keywords) extracts strings from; a string marked with any other
# name, such as `gettext_lazy as _lazy`, never reaches the catalogue and stays bokmål on a nynorsk page.
EXTRACTED = {"_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy", "pgettext"}
EXTRACTED |= {"pgettext_lazy", "npgettext", "npgettext_lazy"}


def test_translation_functions_are_imported_under_names_makemessages_extracts():
    source = Path(__file__).resolve().parents[2] / "motebok"
    hidden = [
        f"{path.relative_to(source)}: {alias.name} as {alias.asname}"
        for path in source.rglob("*.py")
        if "migrations" not in path.parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation"
        for alias in node.names
        if alias.name in EXTRACTED and (alias.asname or alias.name) not in EXTRACTED
    ]
    assert hidden == []
