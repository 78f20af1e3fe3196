"""The demo's secretary can run her network from the secretariat pages; the members page shows the empty seats."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_demo_secretary_reaches_every_secretariat_page_of_her_network():
    from django.contrib.auth import get_user_model

    from motebok.demo.data import load_demo

    demo = load_demo()
    body = demo.bodies["helgeland"]
    sara = Client()
    sara.force_login(get_user_model().objects.get(username="sekretaer"))
    for name in ("members", "mandate", "edit_body", "new_sub_body", "new_meeting"):
        assert sara.get(reverse(f"secretariat:{name}", args=[body.slug])).status_code == 200, name
    members = sara.get(reverse("secretariat:members", args=[body.slug])).content.decode()
    assert "Uten medlem: Herøy, Nesna, Vega" in members
    body_page = sara.get(body.get_absolute_url()).content.decode()
    assert reverse("secretariat:members", args=[body.slug]) in body_page
    member = Client()
    member.force_login(get_user_model().objects.get(username="medlem"))
    assert member.get(reverse("secretariat:members", args=[body.slug])).status_code in (403, 404)
