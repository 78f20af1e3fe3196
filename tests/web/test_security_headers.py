"""Every page carries the Content-Security-Policy and the Permissions-Policy, and none has inline script or style.

The crawl takes every URL pattern (the admin's aside), fills its arguments from the demo data, and visits it as an
anonymous visitor and as the secretary; a new pattern whose argument the test cannot fill fails the test. The site
administrator then visits the admin's pages: each model's list and add form.
"""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from motebok.documents.models import Document
from motebok.importer.models import ImportRecord
from motebok.importer.services import stage_upload
from motebok.invitations.models import Answer, FeedToken
from motebok.meetings.models import ActionItem, AgendaItem, Case, Meeting
from motebok.minutes.reminders import stop_token
from motebok.planning.cases import attach_document
from motebok.registry.models import Body, Membership, Person

pytestmark = pytest.mark.django_db


def _patterns(resolvers, prefix: str = ""):
    for entry in resolvers:
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            yield from _patterns(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern)


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("demo", no_serve=True)
    secretary = Membership.objects.get(person__user__username="sekretaer", body__slug="kdk-nordmore")
    body = secretary.body
    user = secretary.person.user
    # What the demo lacks: a meeting still being planned, an attachment and an import draft.
    start = timezone.now() + dt.timedelta(days=30)
    Meeting.objects.create(body=body, year=start.year, start=start, status=Meeting.Status.PLANNED)
    attach_document(Case.objects.filter(body=body).first(), SimpleUploadedFile("notat.txt", b"Et notat."))
    stage_upload(body, "referat.txt", b"Referat fra mote 3. mars 2025\nSak 1/25 Budsjett", user)
    return body


def _arguments(body: Body) -> dict[str, list[str]]:
    """For each argument of a URL pattern, named by the path segment before it, the values to try."""
    meetings = Meeting.objects.filter(body=body)
    answer = Answer.objects.filter(meeting__body=body).first()
    token = FeedToken.objects.first()
    values = {
        "organ/<slug:slug>": [body.slug],
        "mote/<int:pk>": [
            str(meetings.filter(status=Meeting.Status.APPROVED).first().pk),
            str(meetings.exclude(status=Meeting.Status.APPROVED).first().pk),
        ],
        "sak/<int:pk>": [str(Case.objects.filter(body=body).first().pk)],
        "dokument/<int:pk>": [str(Document.objects.filter(body=body).first().pk)],
        "oppfolging/<int:pk>": [str(ActionItem.objects.filter(case__body=body).first().pk)],
        "kalender/<int:pk>": [str(token.pk) if token else "1"],
        "import/<int:pk>": [str(ImportRecord.objects.filter(body=body).first().pk)],
        "svar/<str:token>": [answer.token if answer else "ukjent"],
        "organ/<str:token>.ics": [token.token if token else "ukjent"],
        "person/<str:token>.ics": [token.token if token else "ukjent"],
        "offentlig/<slug:slug>.ics": [body.slug],
        "stopp/<str:token>": [stop_token(Person.objects.exclude(email="").first())],
        "stedfortreder/<int:pk>": [str(answer.pk) if answer else "1"],
        "medlemmer/<int:pk>": [str(body.memberships.first().pk)],
        "api-nokler/<int:pk>": ["1"],
        # The API's things by id: a meeting's id, whatever the kind (a missing one is answered in JSON).
        "<int:id>": [str(meetings.first().pk)],
        "oppgaver/<str:task_id>": ["00000000-0000-0000-0000-000000000000"],
        "fremdrift/<str:batch>": ["ukjent"],
        # OParl: the body's lists by name, and one object of each kind.
        "body/<slug:name>": ["meeting"],
        "organization/<slug:slug>": [body.slug],
        **{
            f"{kind}/<int:pk>": [str(meetings.first().pk)]
            for kind in ("meeting", "location", "invitation", "protocol", "represented", "file", "paper")
        },
        "agendaItem/<int:pk>": [str(AgendaItem.objects.filter(meeting__body=body).first().pk)],
        "consultation/<int:pk>": [str(AgendaItem.objects.filter(meeting__body=body).first().pk)],
        "person/<int:pk>": [str(body.memberships.first().person_id)],
        "membership/<int:pk>": [str(body.memberships.first().pk)],
        # A set-password link that is not valid shows the page that says so.
        "<uidb64>/<token>": ["ugyldig"],
        "passord/<uidb64>": ["MQ"],
    }
    return values | _programme_arguments()


def _programme_arguments() -> dict[str, list[str]]:
    """The demo programme's pages: the programme, a participant with its contact, a gathering, a report."""
    from motebok.programmes.models import Contact, Gathering, Programme, Report

    programme = Programme.objects.get()
    report = Report.objects.filter(reporting_round__programme=programme).first()
    contact = Contact.objects.first()
    return {
        "program/<slug:slug>": [programme.body.slug],
        "kommune/<int:pk>": [str(contact.project.participant.organisation_id)],
        "deltaker/<int:pk>": [str(contact.project.participant_id)],
        "kontaktperson/<int:pk>": [str(contact.pk)],
        "samling/<int:pk>": [str(Gathering.objects.first().pk)],
        "rapportering/<int:pk>": [str(report.reporting_round_id)],
        "rapport/<int:pk>": [str(report.pk)],
    }


def _urls(body: Body) -> list[str]:
    arguments = _arguments(body)
    urls = []
    for pattern in _patterns(get_resolver().url_patterns):
        urls += _fill("/" + pattern, arguments)
    return urls


def _fill(pattern: str, arguments: dict[str, list[str]]) -> list[str]:
    if "<" not in pattern:
        return [pattern]
    for placeholder, values in arguments.items():
        segment, _, argument = placeholder.rpartition("/")
        needle = f"{segment}/{argument}" if segment else argument
        if needle in pattern:
            return [
                url
                for value in values
                for url in _fill(pattern.replace(needle, f"{segment}/{value}"), arguments)
            ]
    raise AssertionError(f"The crawl cannot fill {pattern}: add its argument to _arguments")


def _inline_code(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<script> without src: {s}"[:120] for s in soup.find_all("script") if not s.get("src")]
    found += [f"<style>: {s}"[:120] for s in soup.find_all("style")]
    for tag in soup.find_all(True):
        found += [f"<{tag.name} {a}=…>" for a in tag.attrs if a == "style" or a.startswith("on")]
    return found


def _admin_urls() -> list[str]:
    """The admin's front page, and each model's list and add form."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        urls += [reverse("admin:{}_{}_changelist".format(*info)), reverse("admin:{}_{}_add".format(*info))]
    return urls


def test_every_page_carries_the_policies_and_no_inline_code(demo):
    urls = _urls(demo)
    for who, least in (("anonymous", 8), ("sekretaer", 20), ("admin", 25)):
        if who == "admin":
            urls = _admin_urls()
        client = Client()
        if who != "anonymous":
            client.post("/konto/logg-inn/", {"username": who, "password": "motebok-demo"})
        pages = 0
        for url in urls:
            response = client.get(url)
            policy = response.headers.get("Content-Security-Policy", "")
            assert "script-src 'self'" in policy and "style-src 'self'" in policy, (who, url)
            assert "unsafe-inline" not in policy, (who, url)
            assert "camera=()" in response.headers.get("Permissions-Policy", ""), (who, url)
            if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
                pages += 1
                assert _inline_code(response.content.decode()) == [], (who, url)
        # The crawl reached real pages, not only refusals: more of them for the secretary.
        assert pages >= least, who
