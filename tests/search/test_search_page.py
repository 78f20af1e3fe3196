"""The search page: help for an empty query, escaped and highlighted results, and no error on odd input."""

from __future__ import annotations

import pytest

from motebok.documents.models import Document
from tests.search.conftest import EXEMPT_WORD

ODD_QUERIES = [
    'AND ( * "',
    '"',
    '"""',
    "NEAR(bærekraft",
    "bærekraft OR NOT ^tull:*",
    "title: bærekraft",
    "{title text}: x",
    "'; DROP TABLE search_entry; --",
    "!!! ??? ***",
    "ø" * 5000,
    "bærekraft " * 400,
    "\\",
    "a:* & b | !c <-> d",
]


def test_an_empty_query_shows_help(client, db):
    response = client.get("/sok/")
    assert response.status_code == 200
    assert "Søk i saker, møter og dokumenter du har tilgang til." in response.content.decode()
    assert b"treff" not in response.content


@pytest.mark.parametrize("q", ODD_QUERIES)
def test_odd_input_never_reaches_the_database_as_syntax(client, archive, q):
    response = client.get("/sok/", {"q": q})
    assert response.status_code == 200
    assert b"Traceback" not in response.content


def test_input_with_no_words_says_so(client, archive):
    response = client.get("/sok/", {"q": "!!! ***"})
    assert "Søket inneholdt ingen ord å søke etter." in response.content.decode()


def test_a_null_character_is_a_message_on_the_field(client, archive):
    response = client.get("/sok/", {"q": "bære\x00kraft"})
    assert response.status_code == 200
    assert 'id="id_q-error"' in response.content.decode()


def test_results_show_type_body_date_number_and_highlighted_snippet(client, archive):
    text = client.get("/sok/", {"q": "fellesprosjekt"}).content.decode()
    assert "1 treff" in text
    assert ">Sak</span> Helseledernettverket · 14. mars 2022" in text
    assert "Sak 1/22 Bærekraftig samarbeid etter plansamarbeidet" in text
    assert "Ønske om <mark>fellesprosjekt</mark> med Åsnes kommune." in text
    assert f'href="/sak/{archive.open_case.pk}/"' in text


def test_document_and_meeting_results_are_typed_and_linked(client, archive):
    text = client.get("/sok/", {"q": "mars"}).content.decode()
    assert ">Dokument</span>" in text
    assert f'href="/dokument/{archive.open_document.pk}/"' in text
    text = client.get("/sok/", {"q": "økopark"}).content.decode()
    assert ">Møte</span>" in text
    assert f'href="/mote/{archive.meeting.pk}/"' in text


def test_an_exempt_document_links_outsiders_to_its_meeting_not_the_file(client, archive):
    text = client.get("/sok/", {"q": "avtaleutkast"}).content.decode()
    assert f'href="/dokument/{archive.exempt_document.pk}/"' not in text
    assert f'href="/mote/{archive.meeting.pk}/"' in text
    assert EXEMPT_WORD not in text


def test_markup_in_stored_text_is_escaped(client, archive, world):
    Document.objects.create(
        title="<script>alert(1)</script> Skjemaveileder",
        body=world.network,
        meeting=archive.meeting,
        sha256="4" * 64,
        extracted_text='Veileder <img src=x onerror="alert(2)"> om skjemaer.',
    )
    text = client.get("/sok/", {"q": "skjemaveileder veileder"}).content.decode()
    assert "<script>alert(1)" not in text
    assert "<img src=x" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Skjemaveileder</mark>" in text
    assert "<mark>Veileder</mark> &lt;img" in text


def test_the_header_has_a_search_box(client, db):
    text = client.get("/").content.decode()
    assert 'action="/sok/"' in text
    assert 'name="q"' in text


def test_a_post_is_refused(client):
    assert client.post("/sok/", {"q": "x"}).status_code == 405


def test_it_marks_whole_words_and_stems_but_not_short_beginnings(client, archive):
    from motebok.search.highlighting import highlight
    from motebok.search.query import parse

    marked = str(highlight("Saken følger opp oppfølgingen av sak 4", parse("oppfølging saker")))
    assert marked == "<mark>Saken</mark> følger opp <mark>oppfølgingen</mark> av <mark>sak</mark> 4"
