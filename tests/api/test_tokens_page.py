"""The API tokens on each user's own page: made with the secret shown once, kept hashed, revoked."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from motebok.api.models import ApiToken
from tests.api.conftest import get


def test_a_member_makes_a_token_sees_it_once_and_it_is_stored_only_hashed(world):
    client = world.client_for(world.member)
    page = client.post(reverse("api:tokens"), {"name": "Regneark"}).content.decode()
    secret = re.search(r'<code id="new-token">(mb_[\w-]+)</code>', page).group(1)
    token = ApiToken.objects.get(user=world.member.user)
    assert token.name == "Regneark" and secret not in (token.digest, token.prefix)
    assert secret not in client.get(reverse("api:tokens")).content.decode()
    assert get(f"/bodies/{world.network.pk}", secret).status_code == 200
    token.refresh_from_db()
    assert token.last_used is not None


def test_a_revoked_token_stops_working(world):
    client = world.client_for(world.member)
    page = client.post(reverse("api:tokens"), {"name": "Regneark"}).content.decode()
    secret = re.search(r'<code id="new-token">(mb_[\w-]+)</code>', page).group(1)
    token = ApiToken.objects.get(user=world.member.user)
    client.post(reverse("api:revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked is not None
    assert get("/bodies", secret).status_code == 401


def test_nobody_revokes_anothers_token_and_anonymous_visitors_are_sent_to_log_in(world):
    token = ApiToken.objects.create(user=world.member.user, name="Mona", prefix="mb_x", digest="0" * 64)
    assert world.client_for(world.outsider).post(reverse("api:revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked is None
    assert Client().get(reverse("api:tokens")).status_code == 302


def test_a_token_without_a_name_is_refused_naming_the_field(world):
    page = world.client_for(world.member).post(reverse("api:tokens"), {"name": ""}).content.decode()
    assert "Navn på nøkkelen" in page and not ApiToken.objects.exists()
