"""Login throttling (django-axes): repeated failures lock an account, and an address, out for a while."""

from __future__ import annotations

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LIMIT = 5  # MOTEBOK_LOGIN_FAILURE_LIMIT's default


def _log_in(client: Client, username: str, password: str, address: str = "192.0.2.10"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def _logged_in_as(client: Client) -> str | None:
    response = client.get(reverse("front"))
    return response.wsgi_request.user.get_username() or None


def test_a_wrong_password_is_refused_with_the_usual_message(world):
    client = Client()
    response = _log_in(client, "mona", "feil")
    assert response.status_code == 200
    assert "Brukernavn eller passord er feil." in response.content.decode()
    assert AccessAttempt.objects.get(username="mona").failures_since_start == 1


def test_the_right_password_is_refused_after_too_many_failures_for_the_account(world):
    for attempt in range(LIMIT):
        # From a new address each time: the account itself is locked, not only the address.
        _log_in(Client(), "mona", "feil", address=f"192.0.2.{attempt + 1}")
    client = Client()
    response = _log_in(client, "mona", "pw", address="198.51.100.7")
    assert response.status_code == 429
    page = response.content.decode()
    assert "For mange mislykkede innloggingsforsøk" in page
    assert "sperret i 15 minutter" in page
    assert _logged_in_as(client) is None
    # Another account from that address still gets in.
    assert _log_in(client, "kari", "pw", address="198.51.100.7").status_code == 302
    assert _logged_in_as(client) == "kari"


def test_an_address_that_tried_many_accounts_is_locked_out_for_every_account(world):
    for username in ("sara", "kari", "mona", "olav", "nobody"):
        _log_in(Client(), username, "feil", address="203.0.113.9")
    client = Client()
    response = _log_in(client, "kari", "pw", address="203.0.113.9")
    assert response.status_code == 429
    assert _logged_in_as(client) is None
    # The same account from another address is not locked: each account had one failure only.
    assert _log_in(client, "kari", "pw", address="203.0.113.10").status_code == 302


def test_the_lockout_ends_after_the_lockout_period(world):
    for _ in range(LIMIT):
        _log_in(Client(), "mona", "feil")
    client = Client()
    assert _log_in(client, "mona", "pw").status_code == 429
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    assert _log_in(client, "mona", "pw").status_code == 302
    assert _logged_in_as(client) == "mona"


def test_a_successful_login_forgets_earlier_failures(world):
    for _ in range(LIMIT - 1):
        _log_in(Client(), "mona", "feil")
    assert _log_in(Client(), "mona", "pw").status_code == 302
    assert not AccessAttempt.objects.filter(username="mona").exists()
    _log_in(Client(), "mona", "feil")
    assert _log_in(Client(), "mona", "pw").status_code == 302


def test_behind_the_proxy_the_forwarded_address_is_the_one_locked_out(world, settings):
    settings.BEHIND_PROXY = True
    for username in ("sara", "kari", "mona", "olav", "nobody"):
        Client().post(
            reverse("login"),
            {"username": username, "password": "feil"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.77",
        )
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"192.0.2.77"}
    locked = Client().post(
        reverse("login"),
        {"username": "kari", "password": "pw"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.77",
    )
    assert locked.status_code == 429
    # Another visitor behind the same proxy still gets in.
    response = Client().post(
        reverse("login"),
        {"username": "kari", "password": "pw"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="192.0.2.78",
    )
    assert response.status_code == 302


def test_the_admins_login_is_throttled_the_same_way(world, admin_user):
    for _ in range(LIMIT):
        Client().post(
            reverse("admin:login"), {"username": "admin", "password": "feil"}, REMOTE_ADDR="192.0.2.50"
        )
    client = Client()
    response = client.post(
        reverse("admin:login"), {"username": "admin", "password": "password"}, REMOTE_ADDR="192.0.2.51"
    )
    assert response.status_code == 429
    assert "For mange mislykkede innloggingsforsøk" in response.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302  # still sent to the login page
