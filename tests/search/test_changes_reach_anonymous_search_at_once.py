"""Publishing or unpublishing a body, and marking a case or document exempt, change what an anonymous visitor's
search shows at once: in the index itself, and on the page's results, snippets and citations."""

from __future__ import annotations

from motebok.search.models import Entry
from tests.search.conftest import found

OPEN_TITLE = "Bærekraftig samarbeid etter plansamarbeidet"
# Everything of the open case that only its body's members may read once it is exempt.
CASE_SECRETS = [
    OPEN_TITLE,
    "Bærekraftig",
    "fellesprosjekt",
    "Åsnes",
    "Arbeidsgruppa følger opp",
    "avsluttes i år",
]
DOCUMENT_SECRETS = ["Referat fra møtet i mars", "veivedlikehold", "bredbåndsutbygging"]


def _page(client, q: str) -> str:
    return client.get("/sok/", {"q": q}).content.decode()


def _make_exempt(thing, public_title: str) -> None:
    thing.access, thing.exemption_basis, thing.public_title = "exempt", "offl. § 13", public_title
    thing.save()


def test_unpublishing_a_body_hides_its_things_and_publishing_it_shows_them_again(client, world, archive):
    assert OPEN_TITLE in _page(client, "fellesprosjekt")
    world.network.is_public = False
    world.network.save()
    assert not Entry.objects.filter(body=world.network, public=True).exists()
    for q in ("fellesprosjekt", "tingvoll", "bredbånd", "forhandlingsutvalg"):
        assert "0 treff" in _page(client, q), q
    world.network.is_public = True
    world.network.save()
    assert OPEN_TITLE in _page(client, "fellesprosjekt")
    assert "Referat fra møtet i mars" in _page(client, "bredbånd")


def test_a_case_made_exempt_shows_only_its_public_title_to_anonymous_visitors(client, world, archive):
    _make_exempt(archive.open_case, "Samarbeidssak")
    for q in ("fellesprosjekt", "bærekraftig", "arbeidsgruppa", "avsluttes"):
        assert found(None, q) == [], q
        assert "0 treff" in _page(client, q), q
    page = _page(client, "samarbeidssak")
    assert "1 treff" in page
    assert "Helseledernettverket, sak 1/22 «Samarbeidssak», møte 14. mars 2022." in page
    for secret in CASE_SECRETS:
        assert secret not in page, secret
    # The body's members still find and read everything.
    assert OPEN_TITLE in world.client_for(world.member).get("/sok/", {"q": "fellesprosjekt"}).content.decode()


def test_a_document_made_exempt_shows_only_its_public_title_to_anonymous_visitors(client, world, archive):
    document = archive.open_document
    _make_exempt(document, "Referat")
    for q in ("veivedlikehold", "bredbåndsutbygging", "mars"):
        assert found(None, q) == [], q
    page = _page(client, "referat")
    assert "<mark>Referat</mark>" in page
    assert "Helseledernettverket, dokument «Referat», 14. mars 2022." in page
    # Linked to the meeting it belongs to, never to the file itself.
    assert f'href="{document.get_absolute_url()}"' not in page
    assert f'href="{archive.meeting.get_absolute_url()}"' in page
    for secret in DOCUMENT_SECRETS:
        assert secret not in page, secret
    member_page = world.client_for(world.member).get("/sok/", {"q": "veivedlikehold"}).content.decode()
    assert "Referat fra møtet i mars" in member_page


def test_an_unpublished_meeting_leaves_the_index_at_once(client, archive):
    archive.meeting.is_published = False
    archive.meeting.save()
    assert found(None, "fellesprosjekt") == []
    assert found(None, "bredbånd") == []
    assert "0 treff" in _page(client, "fellesprosjekt")
