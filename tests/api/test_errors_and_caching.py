"""Refusals come in one shape with a Norwegian message naming the field; reads carry an ETag."""

from __future__ import annotations

import json

from django.test import Client

from tests.api.conftest import get


def test_a_bad_parameter_is_refused_naming_the_field_in_norwegian(record):
    response = get("/meetings", date_from="14.03.2025")
    assert response.status_code == 422
    assert response.json() == {
        "status": 422,
        "message": "Forespørselen har feil: date_from.",
        "errors": [{"field": "date_from", "message": "«date_from» må være en dato (ÅÅÅÅ-MM-DD)."}],
    }


def test_a_garbled_cursor_is_refused_naming_the_cursor(record):
    response = get("/cases", cursor="ikke-en-markør")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "cursor"


def test_a_revoked_or_unknown_token_is_refused_not_read_as_anonymous(record):
    response = get("/bodies", token="mb_feil")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["errors"] == [
        {"field": "Authorization", "message": "API-nøkkelen er ugyldig eller trukket tilbake."}
    ]


def test_a_missing_thing_is_a_404_in_the_same_shape(record):
    response = get("/cases/999999")
    assert response.status_code == 404
    assert set(response.json()) == {"status", "message", "errors"}


def test_a_read_carries_an_etag_and_answers_304_when_nothing_changed(record):
    client = Client()
    first = get("/cases", client=client)
    etag = first["ETag"]
    assert etag and "Authorization" in first["Vary"]
    again = client.get("/api/v1/cases", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    record.open_case.title = "Tema ledelse og styring"
    record.open_case.save()
    changed = client.get("/api/v1/cases", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def _no_repeated_keys(pairs: list) -> dict:
    # Python's parser keeps the last of two equal keys; Swagger UI's refuses the document.
    keys = [key for key, _value in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)


def test_the_openapi_document_is_version_3_1_and_the_docs_page_loads_its_files_from_the_site(record):
    schema = json.loads(Client().get("/api/v1/openapi.json").content, object_pairs_hook=_no_repeated_keys)
    assert schema["openapi"].startswith("3.1")
    assert "/api/v1/cases" in schema["paths"] and "/api/v1/search" in schema["paths"]
    page = Client().get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page and "/static/api/docs.js" in page
    assert "cdn" not in page.lower() and "<script>" not in page
