"""Accounts: an invitation link that works once and expires, password reset by e-mail, existing accounts linked."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from motebok.registry.models import Person

LINK = re.compile(r"https?://\S+/konto/passord/\S+/")


def _add(world, name, email, django_capture_on_commit_callbacks):
    url = reverse("secretariat:members", args=[world.network.slug])
    with django_capture_on_commit_callbacks(execute=True):
        response = world.client_for(world.secretary).post(
            url, {"name": name, "email": email, "role": "member", "invite": "on"}
        )
    assert response.status_code == 302


def _can_log_in(username: str, password: str) -> bool:
    """Through the login form, as a person would (the login throttle wants the request)."""
    response = Client().post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def _set_password(link: str, password: str) -> tuple[Client, object]:
    client = Client()
    path = link.split("://", 1)[1].split("/", 1)[1]
    form_page = client.get("/" + path, follow=True)
    return client, client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else "/" + path,
        {"new_password1": password, "new_password2": password},
    )


def test_an_invitation_link_sets_a_password_once(world, smtp, django_capture_on_commit_callbacks):
    _add(world, "Hanne Hemnes", "hanne@hemnes.kommune.no", django_capture_on_commit_callbacks)
    message = smtp.to("hanne@hemnes.kommune.no")[0]
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["To"] == "Hanne Hemnes <hanne@hemnes.kommune.no>"
    assert message["Reply-To"] == "Sara Sekretær <sara@example.no>"
    text = message.get_body(("plain",)).get_content()
    assert "Brukernavnet ditt er e-postadressen din." in text
    link = LINK.search(text).group(0)
    client, response = _set_password(link, "Fjelltopp-2031!")
    assert response.status_code == 302 and response["Location"] == reverse("my_page")
    assert client.get(reverse("my_page")).status_code == 200  # logged in at once
    assert _can_log_in("hanne@hemnes.kommune.no", "Fjelltopp-2031!")
    # The same link a second time: refused.
    _client, again = _set_password(link, "Noe-annet-2031!")
    assert "Lenken er brukt eller utløpt." in again.content.decode()
    assert _can_log_in("hanne@hemnes.kommune.no", "Fjelltopp-2031!")


def test_an_invitation_link_expires(world, smtp, settings, django_capture_on_commit_callbacks):
    _add(world, "Hanne Hemnes", "hanne@hemnes.kommune.no", django_capture_on_commit_callbacks)
    link = LINK.search(smtp.messages[0].get_body(("plain",)).get_content()).group(0)
    settings.PASSWORD_RESET_TIMEOUT = -1  # as if the days had passed
    _client, response = _set_password(link, "Fjelltopp-2031!")
    assert "Lenken er brukt eller utløpt." in response.content.decode()
    assert not get_user_model().objects.get(username="hanne@hemnes.kommune.no").has_usable_password()


def test_a_person_with_an_account_is_linked_and_not_invited(world, smtp, django_capture_on_commit_callbacks):
    user = get_user_model().objects.create_user("per", "per@vefsn.kommune.no", "pw")
    _add(world, "Per Vefsn", "per@vefsn.kommune.no", django_capture_on_commit_callbacks)
    assert Person.objects.get(email="per@vefsn.kommune.no").user == user
    assert smtp.messages == []


def test_a_password_reset_by_e_mail(world, smtp, django_capture_on_commit_callbacks):
    response = Client().post(reverse("password_reset"), {"email": "mona@example.no"})
    assert response.status_code == 302
    (message,) = smtp.to("mona@example.no")
    assert message["Auto-Submitted"] == "auto-generated"
    link = re.search(r"https?://\S+/konto/passord/\S+/", message.get_content()).group(0)
    _client, done = _set_password(link, "Nytt-passord-2031!")
    assert done.status_code == 302
    assert _can_log_in("mona", "Nytt-passord-2031!")
