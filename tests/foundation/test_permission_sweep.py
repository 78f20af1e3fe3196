"""Every page, feed and export of the site, tried by people who may not see a non-public body's material.

The sweep walks the URL configuration itself, so a page added later without a permission check fails here.
"""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver

from motebok.documents.models import Document
from motebok.importer.services import stage_upload
from motebok.invitations.services import feed_token
from motebok.meetings import services
from motebok.meetings.models import ActionItem, Case, Deadline
from motebok.minutes.services import start_minutes
from tests.conftest import at

SECRET = "Hemmelig sak om Kari Nordmann"
# Pages about nobody's private material in particular: a visitor may open them, but must not see the secret.
# The site-wide minutes feed, the sitemap and robots.txt answer everyone, with only what is public in them.
OPEN_PAGES = {
    "front", "login", "logout", "set_language", "feeds", "mine", "search", "health",
    "password_reset", "password_reset_done", "password_reset_confirm",
    "feed", "sitemap", "robots",
    "accessibility",  # the accessibility statement, the same for everyone
    # The API's lists, its OpenAPI document and documentation page: only what is public, as the pages.
    "openapi-json", "openapi-view", "list_bodies", "list_mandates", "list_memberships", "list_people",
    "list_meetings", "list_agenda_items", "list_cases", "list_follow_ups", "list_deadlines", "list_documents",
    # By id, the public network's page and members (the ids tried are any model's, not only the private body's).
    "get_body", "get_mandate", "get_membership", "get_person",
    # The case list's address, named for its POST (which needs a token: 401).
    "propose_case",
    # Open data about everything public: OParl's system, body and people, Popolo and the page that lists them.
    "system", "bodies", "body", "person", "membership", "represented", "popolo", "open_data",
}  # fmt: skip


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern).startswith("admin/"):
                continue
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.name


def _fill(route: str, slug: str, pk: int) -> str:
    route = re.sub(r"<slug:\w+>", slug, route)
    route = re.sub(r"<int:\w+>", str(pk), route)
    return "/" + re.sub(r"<str:\w+>", "ukjent-nokkel", route)


@pytest.fixture
def private_material(world):
    """A non-public body's meeting with an exempt case, a document, minutes, follow-ups and an import."""
    body = world.steering_group
    meeting = services.create_meeting(body, start=at(2022, 6, 28, 9), place="Teams")
    case = Case.objects.create(
        body=body, title=SECRET, access="exempt", exemption_basis="offl. § 13", public_title="Personalsak"
    )
    item = services.place_case(case, meeting)
    item.notes = SECRET
    item.save()
    Document.objects.create(
        title=SECRET,
        body=body,
        meeting=meeting,
        sha256="0" * 64,
        file=ContentFile(SECRET.encode(), "notat.txt"),
    )
    ActionItem.objects.create(what=SECRET, owner_person=world.outsider, body=body, case=case, meeting=meeting)
    Deadline.objects.create(body=body, what=SECRET, date=at(2022, 9, 1).date())
    start_minutes(meeting)
    stage_upload(body, "referat.txt", f"Referat\n\nSak 1/22 {SECRET}\n".encode(), world.outsider.user)
    feed_token(world.outsider, body)
    return body


def _row_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label != "sessions"
    }


@pytest.mark.parametrize("who", ["anonymous", "member of another body"])
def test_no_page_shows_a_non_public_bodys_material_to_outsiders(client, world, private_material, who):
    visitor = client if who == "anonymous" else world.client_for(world.member)
    candidate_pks = {
        pk
        for model in apps.get_models()
        if model._meta.app_label
        in {"meetings", "documents", "minutes", "importer", "invitations", "planning"}
        for pk in model.objects.values_list("pk", flat=True)
    }
    before = _row_counts()
    routes = list(_walk(get_resolver().url_patterns))
    assert len(routes) > 30
    for route, name in routes:
        for pk in sorted(candidate_pks) if "<int:" in route else [0]:
            url = _fill(route, private_material.slug, pk)
            for method in ("get", "post"):
                response = getattr(visitor, method)(url)
                body = b"".join(response.streaming_content) if response.streaming else response.content
                assert SECRET.encode() not in body, f"{method.upper()} {url} shows the secret"
                if name in OPEN_PAGES:
                    continue
                # 401: an API write without a personal token.
                assert response.status_code in (302, 401, 403, 404, 405), (
                    f"{method.upper()} {url}: {response.status_code}"
                )
                if response.status_code == 302:
                    assert response["Location"].startswith("/konto/logg-inn/"), (
                        f"{url} -> {response['Location']}"
                    )
    # The query is echoed in the search box, so each search looks for another part of the secret in the answer.
    for words, other_part in (
        ("Hemmelig", "Nordmann"),
        ("Kari Nordmann", "Hemmelig"),
        ("Personalsak", "/sak/"),
    ):
        found = visitor.get("/sok/", {"q": words}).content.decode()
        assert other_part not in found, f"searching {words!r} finds private material"
    after = _row_counts()
    assert after == before


EXEMPT_TITLE = "Lønnsvilkår for daglig leder Kari Nordmann"


@pytest.fixture
def published_exempt_case(world, tmp_path):
    """A public body's approved, published meeting with an exempt case, its minutes, agenda and feed."""
    from motebok.meetings.models import Meeting
    from motebok.minutes import services as minutes

    meeting = services.create_meeting(
        world.network,
        start=at(2025, 3, 14, 13),
        end=at(2025, 3, 14, 16),
        place="Rådhuset",
        chair=world.chair,
        minute_taker=world.secretary,
        status=Meeting.Status.HELD,
        is_published=True,
    )
    case = Case.objects.create(
        body=world.network,
        title=EXEMPT_TITLE,
        access="exempt",
        exemption_basis="offl. § 25",
        public_title="Forhandlingsutvalg",
        background=f"Bakgrunn: {EXEMPT_TITLE}",
    )
    services.place_case(Case.objects.create(body=world.network, title="Åpen sak"), meeting)
    services.place_case(case, meeting)
    draft = minutes.start_minutes(meeting)
    for section in draft.sections.all():
        section.notes, section.conclusion = (
            f"Drøftet {section.agenda_item.case.title}",
            "Tas til etterretning",
        )
        section.save()
    minutes.save_minutes(draft, loaded_revision=draft.revision, author=world.secretary, forms=[])
    minutes.approve_minutes(draft, by=world.chair)
    ActionItem.objects.create(
        what=f"Følge opp {EXEMPT_TITLE}",
        owner_person=world.member,
        body=world.network,
        case=case,
        meeting=meeting,
    )
    return world.network


def _text_of(response, tmp_path) -> str:
    """What a person would read in the response: the text of a PDF or Word file, else the body itself."""
    from motebok.extraction.readers import read_document

    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if "pdf" in kind or "wordprocessingml" in kind:
        path = tmp_path / ("file.pdf" if "pdf" in kind else "file.docx")
        path.write_bytes(content)
        return read_document(path).text
    return content.decode("utf-8", errors="replace")


def test_an_exempt_case_never_reaches_an_anonymous_visitor_by_any_path(
    client, published_exempt_case, tmp_path
):
    candidate_pks = {
        pk
        for model in apps.get_models()
        if model._meta.app_label in {"meetings", "documents", "minutes", "invitations", "planning"}
        for pk in model.objects.values_list("pk", flat=True)
    }
    seen = {"pdf": 0, "docx": 0, "ics": 0, "public title": 0}
    for route, _name in _walk(get_resolver().url_patterns):
        for pk in sorted(candidate_pks) if "<int:" in route else [0]:
            response = client.get(_fill(route, published_exempt_case.slug, pk))
            if response.status_code != 200:
                continue
            text = _text_of(response, tmp_path)
            assert "Kari Nordmann" not in text, f"{route} (pk {pk}) shows the exempt case"
            kind = response.get("Content-Type", "")
            seen["pdf"] += "pdf" in kind
            seen["docx"] += "wordprocessingml" in kind
            seen["ics"] += "calendar" in kind
            seen["public title"] += "Forhandlingsutvalg" in text
    for words, other_part in (
        ("Lønnsvilkår", "Nordmann"),
        ("Kari Nordmann", "Lønnsvilkår"),
        ("daglig", "Nordmann"),
    ):
        found = client.get("/sok/", {"q": words}).content.decode()
        assert other_part not in found, f"searching {words!r} shows the exempt case"
    assert "Forhandlingsutvalg" in client.get("/sok/", {"q": "Forhandlingsutvalg"}).content.decode()
    # The sweep really reached the published pages, files and feed that carry the case.
    assert all(seen.values()), seen
