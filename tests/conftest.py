"""Named people for every test: a network with its secretary, chair and member, another body's member,
and an anonymous visitor. Permission tests then read like sentences."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

OSLO = ZoneInfo("Europe/Oslo")


def pytest_configure(config):
    # A cheap hasher keeps tests fast; Django-free tests (run with -p no:django) need no settings at all.
    if config.pluginmanager.hasplugin("django"):
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    network: object
    steering_group: object
    secretary: object  # Sara, secretary of the network
    chair: object  # Kari, chair of the network
    member: object  # Mona, member of the network
    outsider: object  # Olav, member of the steering group only
    users: dict

    def client_for(self, person) -> Client:
        client = Client()
        client.force_login(person.user)
        return client


def make_person(name: str, username: str | None = None, organisation=None, email: str = ""):
    from motebok.registry.models import Person

    user = (
        get_user_model().objects.create_user(username, f"{username}@example.no", "pw") if username else None
    )
    return Person.objects.create(
        name=name, user=user, organisation=organisation, email=email or f"{username}@example.no"
    )


def make_exempt_case(
    body, title: str, public_title: str = "Unntatt sak", basis: str = "offl. § 25", **fields
):
    """A case exempt from public access: outsiders see its public title and legal basis, never `title`."""
    from motebok.meetings.models import Case

    return Case.objects.create(
        body=body, title=title, access="exempt", exemption_basis=basis, public_title=public_title, **fields
    )


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=OSLO)


@pytest.fixture(autouse=True)
def _registry_of_municipalities(request):
    """Give a transactional test the registry that the data migration made and an earlier such test flushed."""
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("transactional_db")
    from motebok.registry.models import Organisation
    from motebok.registry.municipalities import load_registry

    if not Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY).exists():
        load_registry()


@pytest.fixture
def world(db) -> World:
    from motebok.registry.models import Body, Membership

    network = Body.objects.create(name="Helseledernettverket", slug="helseledernettverket", is_public=True)
    steering = Body.objects.create(
        name="Styringsgruppa", slug="styringsgruppa", kind=Body.Kind.STEERING_GROUP, is_public=False
    )
    sara = make_person("Sara Sekretær", "sara")
    kari = make_person("Kari Leder", "kari")
    mona = make_person("Mona Medlem", "mona")
    olav = make_person("Olav Utenfor", "olav")
    Membership.objects.create(body=network, person=sara, role=Membership.Role.SECRETARY)
    Membership.objects.create(body=network, person=kari, role=Membership.Role.CHAIR)
    Membership.objects.create(body=network, person=mona, role=Membership.Role.MEMBER)
    Membership.objects.create(body=steering, person=olav, role=Membership.Role.MEMBER)
    users = {p.user.username: p.user for p in (sara, kari, mona, olav)}
    return World(network, steering, sara, kari, mona, olav, users)


class SmtpInbox:
    """Messages received by a real SMTP server on loopback, parsed with the standard library."""

    def __init__(self):
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's handler protocol)
        from email import message_from_bytes, policy

        message = message_from_bytes(envelope.original_content, policy=policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [m for m in self.messages if address in m["X-Envelope-To"]]


@pytest.fixture
def smtp(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1; Django's e-mail goes to it. Yields the inbox."""
    import socket

    from aiosmtpd.controller import Controller

    inbox = SmtpInbox()
    # The free port is released before the server binds it, so another process may take it in between: try again.
    for attempt in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=30)
        try:
            controller.start()
            break
        except OSError:
            if attempt == 4:
                raise
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield inbox
    finally:
        controller.stop()


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (which cannot download browsers here)."""
    import os
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (scripts/install.sh --test installs it)")
    from playwright.sync_api import expect, sync_playwright

    # A loaded CI machine running two workers can take longer than Playwright's five-second default.
    expect.set_options(timeout=20_000)

    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still synchronous.
    # The loop lives as long as the browser does, so the switch is lifted again when the browser closes.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        try:
            yield chromium
        finally:
            chromium.close()
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nb-NO")
    # Page loads and clicks, like expect(), get more time than Playwright's default on a loaded CI machine.
    context.set_default_timeout(60_000)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, live_server, username: str, password: str = "pw") -> None:
    """Log in through the real login form."""
    page.goto(f"{live_server.url}/konto/logg-inn/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.click("main button[type=submit]")


@pytest.fixture
def command_env(django_db_serialized_rollback, transactional_db, tmp_path) -> dict:
    """The environment for a `motebok` subprocess that sees this test's (committed) database. Serialized rollback
    keeps the content types as they were, for the transactional tests that come after."""
    import os

    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{db['NAME']}"
    else:
        url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "MOTEBOK_DATA_DIR": str(tmp_path / "data"),
        "MOTEBOK_SITE_URL": "https://motebok.example.no",
    }
